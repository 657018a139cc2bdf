'use client'

import { useState } from 'react'

import { referralLetter } from '@/referrals/letter'

import { ReferralMade } from './ReferralMade'

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string; code: string } | { kind: 'error'; text: string }

/** "Verwijzen per e-mail": only after the resident's consent; the message itself is never stored. */
export function ReferralEmailForm({
  organisationId,
  slug,
  greeting,
  deskName,
}: {
  organisationId: number | string
  slug: string
  greeting: string
  deskName: string
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const template = referralLetter(greeting, deskName)

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form)
    setStatus({ kind: 'busy' })
    try {
      const response = await fetch('/api/directory/referrals', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({
          organisation: organisationId,
          consent: data.get('consent') === 'on',
          message: data.get('message'),
        }),
      })
      const body = await response.json()
      if (!response.ok) return setStatus({ kind: 'error', text: body.error ?? 'Doorverwijzen is niet gelukt.' })
      if (body.method === 'mailto') {
        window.location.href = body.mailto
        return setStatus({
          kind: 'done',
          code: body.code,
          text: 'Je e-mailprogramma opent met het bericht klaar; controleer het en verstuur het daar.',
        })
      }
      setStatus({
        kind: 'done',
        code: body.code,
        text: `Verstuurd naar ${body.to}${body.cc ? `, met een kopie aan ${body.cc}` : ''}.`,
      })
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
      <div className="field">
        <label htmlFor="verwijs-bericht">Bericht aan de organisatie</label>
        <textarea id="verwijs-bericht" name="message" rows={9} defaultValue={template} maxLength={5000} required />
      </div>
      <label className="checkbox">
        <input type="checkbox" name="consent" required /> De inwoner geeft toestemming om deze gegevens door te geven.
      </label>
      <button type="submit" className="button" disabled={status.kind === 'busy'}>
        {status.kind === 'busy' ? 'Bezig…' : 'Verwijzen per e-mail'}
      </button>
      <div aria-live="polite">
        {status.kind === 'done' && <ReferralMade text={status.text} code={status.code} slug={slug} />}
        {status.kind === 'error' && (
          <p className="alert alert-error" role="alert">
            {status.text}
          </p>
        )}
      </div>
    </form>
  )
}
