'use client'

import { useState } from 'react'

import { ReferralMade } from './ReferralMade'

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; code: string } | { kind: 'error'; text: string }

/** Records a referral made by phone, so that it gets a code and is followed up like the others. */
export function PhoneReferralForm({ organisationId, slug }: { organisationId: number | string; slug: string }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' })

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form)
    setStatus({ kind: 'busy' })
    try {
      const response = await fetch('/api/directory/referrals', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ organisation: organisationId, consent: data.get('consent') === 'on', method: 'phone' }),
      })
      const body = await response.json()
      if (!response.ok) return setStatus({ kind: 'error', text: body.error ?? 'Vastleggen is niet gelukt.' })
      setStatus({ kind: 'done', code: body.code })
    } catch {
      setStatus({ kind: 'error', text: 'Geen verbinding met de server. Probeer het opnieuw.' })
    }
  }

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault()
        void submit(event.currentTarget)
      }}
    >
      <label className="checkbox">
        <input type="checkbox" name="consent" required /> De inwoner gaf toestemming voor deze doorverwijzing.
      </label>
      <button type="submit" className="button" disabled={status.kind === 'busy'}>
        {status.kind === 'busy' ? 'Bezig…' : 'Telefonische doorverwijzing vastleggen'}
      </button>
      <div aria-live="polite">
        {status.kind === 'done' && (
          <ReferralMade text="Vastgelegd als telefonische doorverwijzing." code={status.code} slug={slug} />
        )}
        {status.kind === 'error' && (
          <p className="alert alert-error" role="alert">
            {status.text}
          </p>
        )}
      </div>
    </form>
  )
}
