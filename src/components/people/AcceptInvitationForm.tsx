'use client'

import { useActionState } from 'react'

import { acceptInvitationAction, type AcceptState } from '@/people/actions'

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, pending] = useActionState<AcceptState, FormData>(acceptInvitationAction, {})
  if (state.done)
    return (
      <p className="alert alert-info" role="status">
        Je wachtwoord is opgeslagen. <a href="/inloggen">Log nu in</a> met {email}.
      </p>
    )
  return (
    <form action={formAction} className="stack" noValidate>
      {state.error && (
        <p className="alert alert-error" role="alert" id="uitnodiging-fout">
          {state.error}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <div className="field">
        <label htmlFor="password">Nieuw wachtwoord</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          aria-describedby={state.error ? 'uitnodiging-fout wachtwoord-uitleg' : 'wachtwoord-uitleg'}
        />
        <p id="wachtwoord-uitleg" className="muted">
          Minstens 12 tekens; een zin van een paar woorden werkt goed.
        </p>
      </div>
      <div className="field">
        <label htmlFor="repeat">Nieuw wachtwoord nog een keer</label>
        <input id="repeat" name="repeat" type="password" autoComplete="new-password" required />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Bezig met opslaan…' : 'Wachtwoord opslaan'}
      </button>
    </form>
  )
}
