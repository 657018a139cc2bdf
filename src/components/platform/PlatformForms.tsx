'use client'

import { useActionState } from 'react'

import { createNetworkAction, inviteAdministratorAction, type PlatformFormState } from '@/platform/actions'

function Outcome({ state, id }: { state: PlatformFormState; id: string }) {
  if (state.error)
    return (
      <p className="alert alert-error" role="alert" id={id}>
        {state.error}
      </p>
    )
  if (state.done)
    return (
      <p className="alert alert-info" role="status">
        {state.done}
      </p>
    )
  return null
}

/** "Nieuw netwerk": its name; the network starts with an empty startpage and no one in it. */
export function NewNetworkForm() {
  const [state, action, pending] = useActionState<PlatformFormState, FormData>(createNetworkAction, {})
  return (
    <form action={action} className="stack" noValidate aria-labelledby="nieuw-netwerk">
      <Outcome state={state} id="nieuw-netwerk-fout" />
      <div className="field">
        <label htmlFor="network-name">Naam van het netwerk</label>
        <input
          id="network-name"
          name="name"
          required
          maxLength={100}
          aria-describedby={state.error ? 'nieuw-netwerk-fout' : undefined}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Bezig…' : 'Netwerk aanmaken'}
      </button>
    </form>
  )
}

/** "Beheerder uitnodigen": a network's (first) administrator, who chooses their own password. */
export function InviteAdministratorForm({ networks }: { networks: { id: number | string; name: string }[] }) {
  const [state, action, pending] = useActionState<PlatformFormState, FormData>(inviteAdministratorAction, {})
  const described = state.error ? 'beheerder-fout' : undefined
  return (
    <form action={action} className="stack" noValidate aria-labelledby="beheerder-uitnodigen">
      <Outcome state={state} id="beheerder-fout" />
      <div className="field">
        <label htmlFor="admin-network">Netwerk</label>
        <select id="admin-network" name="network" required aria-describedby={described}>
          {networks.map((network) => (
            <option key={network.id} value={network.id}>
              {network.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="admin-name">Naam</label>
        <input id="admin-name" name="name" required autoComplete="off" aria-describedby={described} />
      </div>
      <div className="field">
        <label htmlFor="admin-email">E-mailadres</label>
        <input id="admin-email" name="email" type="email" required autoComplete="off" aria-describedby={described} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Bezig…' : 'Uitnodiging versturen'}
      </button>
    </form>
  )
}
