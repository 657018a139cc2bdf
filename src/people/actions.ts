'use server'

import { getPayloadClient } from '@/payloadClient'

import { acceptInvitation, InvitationError } from './invitations'

export interface AcceptState {
  error?: string
  done?: boolean
}

/** The form behind an invitation link: the invitee chooses their own password. */
export async function acceptInvitationAction(_previous: AcceptState, form: FormData): Promise<AcceptState> {
  const password = form.get('password')
  if (typeof password !== 'string' || password !== form.get('repeat'))
    return { error: 'De twee wachtwoorden zijn niet gelijk. Typ ze nog eens.' }
  try {
    await acceptInvitation(await getPayloadClient(), form.get('token'), password)
    return { done: true }
  } catch (error) {
    // The bundled action and Payload may hold different copies of the class: fall back on the status.
    const status = (error as { status?: number })?.status
    if (error instanceof InvitationError || status === 400 || status === 410) return { error: (error as Error).message }
    return { error: 'Opslaan is niet gelukt. Probeer het opnieuw.' }
  }
}
