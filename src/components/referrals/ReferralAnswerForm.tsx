'use client'

import { useState } from 'react'

import { outcomeReasonOptions, type ReferralStatus } from '@/referrals/status'

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string }

const choices: Record<string, string> = {
  'in-contact': 'We hebben contact gehad met de inwoner',
  completed: 'Afgerond: de inwoner is geholpen',
  'not-completed': 'Niet gelukt',
}

/** The organisation's answer through a referral link: "Ontvangen", or contact / completed / not completed with a reason. */
export function ReferralAnswerForm({ token, answers }: { token: string; answers: ReferralStatus[] }) {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [choice, setChoice] = useState<string>(answers.length === 1 ? answers[0] : '')

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form)
    const status = answers.length === 1 ? answers[0] : data.get('status')
    setState({ kind: 'busy' })
    try {
      const response = await fetch('/api/referrals/answer', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'omit',
        body: JSON.stringify({ token, status, reason: status === 'not-completed' ? data.get('reason') : undefined }),
      })
      const body = await response.json()
      if (!response.ok)
        return setState({ kind: 'error', text: body.error ?? 'Dat is niet gelukt. Probeer het opnieuw.' })
      setState({ kind: 'done', text: body.message })
    } catch {
      setState({ kind: 'error', text: 'Geen verbinding met de server. Probeer het opnieuw.' })
    }
  }

  if (state.kind === 'done')
    return (
      <p className="alert alert-info" role="status">
        {state.text}
      </p>
    )

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault()
        void submit(event.currentTarget)
      }}
    >
      {state.kind === 'error' && (
        <p className="alert alert-error" role="alert">
          {state.text}
        </p>
      )}
      {answers.length > 1 && (
        <fieldset className="stack">
          <legend>Hoe is het gegaan?</legend>
          {answers.map((answer) => (
            <label key={answer} className="checkbox">
              <input
                type="radio"
                name="status"
                value={answer}
                required
                checked={choice === answer}
                onChange={() => setChoice(answer)}
              />{' '}
              {choices[answer]}
            </label>
          ))}
        </fieldset>
      )}
      {choice === 'not-completed' && (
        <div className="field">
          <label htmlFor="reden">Waarom niet?</label>
          <select id="reden" name="reason" required defaultValue="">
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
      <button type="submit" className="button" disabled={state.kind === 'busy'}>
        {state.kind === 'busy' ? 'Bezig…' : answers.length === 1 ? 'Ja, ontvangen' : 'Doorgeven'}
      </button>
    </form>
  )
}
