'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { outcomeReasonOptions, statusLabel, type ReferralStatus } from '@/referrals/status'

/** After a phone call: the desk worker moves the referral on (not completed: with a reason). */
export function FollowUpForm({ id, code, answers }: { id: number | string; code: string; answers: ReferralStatus[] }) {
  const router = useRouter()
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form)
    setBusy(true)
    setError(undefined)
    try {
      const response = await fetch(`/api/referrals/${id}/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ status, reason: status === 'not-completed' ? data.get('reason') : undefined }),
      })
      if (!response.ok) setError((await response.json()).error ?? 'Bijwerken is niet gelukt.')
      else router.refresh()
    } catch {
      setError('Geen verbinding met de server. Probeer het opnieuw.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="follow-up"
      onSubmit={(event) => {
        event.preventDefault()
        void submit(event.currentTarget)
      }}
    >
      <div className="field">
        <label htmlFor={`stand-${id}`}>Nieuwe stand van {code}</label>
        <select id={`stand-${id}`} value={status} onChange={(event) => setStatus(event.target.value)} required>
          <option value="" disabled>
            Kies
          </option>
          {answers.map((answer) => (
            <option key={answer} value={answer}>
              {statusLabel(answer)}
            </option>
          ))}
        </select>
      </div>
      {status === 'not-completed' && (
        <div className="field">
          <label htmlFor={`reden-${id}`}>Waarom niet gelukt</label>
          <select id={`reden-${id}`} name="reason" required defaultValue="">
            <option value="" disabled>
              Kies een reden
            </option>
            {outcomeReasonOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label.nl}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Bezig…' : 'Bijwerken'}
      </button>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
