import { ValidationError, type Payload } from 'payload'

import { isPlatformAdministrator } from '@/access/platform'
import { InvitationError, inviteColleague, type InviteInput } from '@/people/invitations'
import type { Network, User } from '@/payload-types'

export class PlatformError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

const NAME_LENGTH = 100

const onlyThePlatform = (user: User | null | undefined) => {
  if (!isPlatformAdministrator(user)) throw new PlatformError('Alleen de platformbeheerder beheert de netwerken.', 403)
}

/** A new network, with its startpage (collections/Networks.ts); its name must be new. */
export const createNetwork = async (payload: Payload, user: User, name: unknown): Promise<Network> => {
  onlyThePlatform(user)
  const trimmed = typeof name === 'string' ? name.trim() : ''
  if (!trimmed) throw new PlatformError('Vul de naam van het netwerk in.', 400)
  if (trimmed.length > NAME_LENGTH) throw new PlatformError(`Een naam is hoogstens ${NAME_LENGTH} tekens.`, 400)
  const taken = await payload.count({ collection: 'networks', where: { name: { equals: trimmed } } })
  if (taken.totalDocs > 0) throw new PlatformError(`Er is al een netwerk met de naam "${trimmed}".`, 400)
  try {
    return await payload.create({
      collection: 'networks',
      data: { name: trimmed },
      user,
      overrideAccess: false,
      depth: 0,
    })
  } catch (error) {
    // Two at once with one name: the unique index decides.
    if (error instanceof ValidationError) throw new PlatformError(`Er is al een netwerk met de naam "${trimmed}".`, 400)
    throw error
  }
}

/**
 * Invites a network's first administrator (or another): an account in that network with the role
 * beheerder, who chooses their own password through the e-mailed link, as any invited colleague.
 */
export const inviteNetworkAdministrator = async (
  payload: Payload,
  user: User,
  networkId: unknown,
  input: Pick<InviteInput, 'name' | 'email'>,
) => {
  onlyThePlatform(user)
  const network =
    typeof networkId === 'string' || typeof networkId === 'number'
      ? await payload
          .findByID({ collection: 'networks', id: networkId, depth: 0, disableErrors: true })
          .catch(() => null)
      : null
  if (!network) throw new PlatformError('Dit netwerk bestaat niet.', 404)
  return inviteColleague(payload, user, { name: input.name, email: input.email, role: 'beheerder' }, new Date(), {
    network: network.id,
    roles: ['beheerder'],
  })
}

/** A refusal as the caller should hear it: its status and Dutch reason, or null for a fault of ours. */
export const refusalOf = (error: unknown): { status: number; message: string } | null => {
  // The bundled code and Payload may hold different copies of a class: the status decides.
  const status = (error as { status?: unknown })?.status
  if (
    error instanceof PlatformError ||
    error instanceof InvitationError ||
    (typeof status === 'number' && status < 500)
  )
    return { status: status as number, message: (error as Error).message }
  return null
}
