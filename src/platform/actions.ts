'use server'

import { revalidatePath } from 'next/cache'

import { platformUser } from '@/auth/currentUser'
import { getPayloadClient } from '@/payloadClient'

import { createNetwork, inviteNetworkAdministrator, refusalOf } from './networks'

export interface PlatformFormState {
  error?: string
  done?: string
}

const failed = async (error: unknown): Promise<PlatformFormState> => {
  const refusal = refusalOf(error)
  if (refusal) return { error: refusal.message }
  ;(await getPayloadClient()).logger.error({ err: error }, 'The platform page could not save')
  return { error: 'Opslaan is niet gelukt. Probeer het opnieuw.' }
}

/** The platform page's "Nieuw netwerk" form. */
export async function createNetworkAction(_previous: PlatformFormState, form: FormData): Promise<PlatformFormState> {
  const user = await platformUser()
  if (!user) return { error: 'Alleen de platformbeheerder maakt netwerken.' }
  try {
    const network = await createNetwork(await getPayloadClient(), user, form.get('name'))
    // The page's table and list of networks show the new one.
    revalidatePath('/platform')
    return { done: `Netwerk "${network.name}" is aangemaakt. Nodig nu zijn eerste beheerder uit.` }
  } catch (error) {
    return await failed(error)
  }
}

/** The platform page's "Beheerder uitnodigen" form. */
export async function inviteAdministratorAction(
  _previous: PlatformFormState,
  form: FormData,
): Promise<PlatformFormState> {
  const user = await platformUser()
  if (!user) return { error: 'Alleen de platformbeheerder nodigt beheerders van netwerken uit.' }
  try {
    const invited = await inviteNetworkAdministrator(await getPayloadClient(), user, form.get('network'), {
      name: form.get('name'),
      email: form.get('email'),
    })
    return {
      done:
        'joined' in invited
          ? `${invited.name} had al een account en beheert nu ook ${invited.joined}. Er is een e-mail naar ${invited.email} gestuurd.`
          : `${invited.name} is uitgenodigd en krijgt een e-mail met een link om een wachtwoord te kiezen.`,
    }
  } catch (error) {
    return await failed(error)
  }
}
