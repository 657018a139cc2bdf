'use client'

import { useState, type FormEvent } from 'react'

import { roleLabels, type Role } from '@/access/roles'

interface Props {
  roles: Role[]
  locations: { id: number | string; name: string }[]
}

/** For coordinators and administrators: invite a new colleague by e-mail; they choose their own password. */
export function InviteColleagueForm({ roles, locations }: Props) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const data = Object.fromEntries(new FormData(form))
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch('/api/users/invite', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(data),
      })
      const body = await response.json().catch(() => ({}))
      if (!response.ok)
        return setMessage({
          kind: 'error',
          text: body.error ?? body.errors?.[0]?.message ?? 'Uitnodigen is niet gelukt.',
        })
      form.reset()
      setMessage({
        kind: 'ok',
        text: body.invited.joined
          ? `${body.invited.name} had al een account en werkt nu ook in ${body.invited.joined}. Er is een e-mail naar ${body.invited.email} gestuurd.`
          : `Uitnodiging verstuurd naar ${body.invited.email}. ${body.invited.name} staat nu als in opleiding.`,
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    // POST, so that a submit before the script has loaded keeps the name and address out of the URL.
    <form method="post" onSubmit={submit} className="stack invite-form" noValidate>
      <div className="field">
        <label htmlFor="invite-name">Naam</label>
        <input id="invite-name" name="name" autoComplete="off" required />
      </div>
      <div className="field">
        <label htmlFor="invite-email">E-mailadres</label>
        <input id="invite-email" name="email" type="email" autoComplete="off" required />
      </div>
      <div className="field">
        <label htmlFor="invite-role">Rol</label>
        <select id="invite-role" name="role" defaultValue="baliemedewerker">
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role].nl}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="invite-location">Infopunt</label>
        <select id="invite-location" name="defaultLocation" defaultValue="">
          <option value="">Geen vast Infopunt</option>
          {locations.map((location) => (
            <option key={location.id} value={String(location.id)}>
              {location.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>Aan de balie als</legend>
        <label>
          <input type="radio" name="staffKind" value="volunteer" defaultChecked /> Vrijwilliger
        </label>{' '}
        <label>
          <input type="radio" name="staffKind" value="professional" /> Beroepskracht
        </label>
      </fieldset>
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Bezig met uitnodigen…' : 'Uitnodiging versturen'}
      </button>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`alert alert-${message.kind === 'error' ? 'error' : 'info'}`}
        >
          {message.text}
        </p>
      )}
    </form>
  )
}
