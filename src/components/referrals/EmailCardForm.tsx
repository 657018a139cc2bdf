'use client'

import { useState } from 'react'

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'error'; text: string }

/** "Kaart e-mailen": with the resident's consent; the address is sent once and kept nowhere. */
export function EmailCardForm({ id }: { id: number | string }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' })

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form)
    setStatus({ kind: 'busy' })
    try {
      const response = await fetch(`/api/referrals/${id}/card`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ email: data.get('email'), consent: data.get('consent') === 'on' }),
      })
      if (!response.ok)
        return setStatus({ kind: 'error', text: (await response.json()).error ?? 'Versturen is niet gelukt.' })
      form.reset()
      setStatus({ kind: 'done' })
    } catch {
      setStatus({ kind: 'error', text: 'Geen verbinding met de server. Probeer het opnieuw.' })
    }
  }

  return (
    <form
      className="stack"
      aria-labelledby="kaart-mailen"
      onSubmit={(event) => {
        event.preventDefault()
        void submit(event.currentTarget)
      }}
    >
      <h2 id="kaart-mailen">Kaart e-mailen aan de inwoner</h2>
      <div className="field">
        <label htmlFor="kaart-email">E-mailadres van de inwoner</label>
        <input id="kaart-email" name="email" type="email" autoComplete="off" required />
      </div>
      <label className="checkbox">
        <input type="checkbox" name="consent" required /> De inwoner wil de kaart per e-mail. Het adres wordt niet
        bewaard.
      </label>
      <button type="submit" className="button" disabled={status.kind === 'busy'}>
        {status.kind === 'busy' ? 'Bezig…' : 'Kaart e-mailen'}
      </button>
      <div aria-live="polite">
        {status.kind === 'done' && <p className="alert alert-info">De kaart is verstuurd.</p>}
        {status.kind === 'error' && (
          <p className="alert alert-error" role="alert">
            {status.text}
          </p>
        )}
      </div>
    </form>
  )
}
