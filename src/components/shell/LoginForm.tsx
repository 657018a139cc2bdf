'use client'

import { useActionState } from 'react'

import { loginAction, type LoginState } from '@/auth/actions'

export function LoginForm({ returnTo }: { returnTo: string }) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(loginAction, {})
  return (
    <form action={formAction} className="stack" noValidate>
      {state.error && (
        <p className="alert alert-error" role="alert" id="login-fout">
          {state.error}
        </p>
      )}
      <input type="hidden" name="terug" value={returnTo} />
      <div className="field">
        <label htmlFor="email">E-mailadres</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-describedby={state.error ? 'login-fout' : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="password">Wachtwoord</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Bezig met inloggen…' : 'Inloggen'}
      </button>
    </form>
  )
}
