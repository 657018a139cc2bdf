import type { CollectionBeforeChangeHook, FilterOptions, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import type { Role } from '@/access/roles'
import { idOf, type Relation } from '@/lib/relations'
import { currentNetworkOf, WRITING_NETWORK } from '@/networks/current'
import type { User } from '@/payload-types'

type Account = Pick<User, 'networks'>

/** The role an account holds in a network: its row of that network, or none. */
export const roleIn = (account: Account, network: unknown): Role | null =>
  (account.networks ?? []).find((row) => String(idOf(row.network)) === String(network))?.role ?? null

/**
 * The role an account holds where it is seen: in the network chosen in the switch (the `payload-tenant`
 * cookie of the request), else in its first. Someone who coordinates in one network and is a desk
 * worker in another holds one role at a time.
 */
export const roleInCurrentNetwork = (account: Account, headers: Headers | undefined): Role | null =>
  roleIn(account, currentNetworkOf(account as PayloadRequest['user'], headers ?? new Headers()))

/**
 * An account's role as a request sees it: in the reader's current network (an administrator looking
 * at a colleague sees their role in the network the administrator works in), or, while the request
 * is still finding out who is logged in, in the account's own current network.
 */
export const roleAsSeenBy = (req: PayloadRequest, account: Account): Role | null =>
  req.user
    ? roleIn(account, currentNetworkOf(req.user, req.headers ?? new Headers()))
    : roleInCurrentNetwork(account, req.headers)

export const NOT_IN_NETWORK = 'Deze persoon werkt niet in het netwerk waarin je nu werkt. Kies dat netwerk eerst.'

/** The network whose role a write sets: the one a script names, else the writer's current one. */
const networkOfTheWrite = (req: PayloadRequest, account: Account): unknown => {
  const named = req.context?.[WRITING_NETWORK]
  if (named !== undefined) return named
  if (req.user) return currentNetworkOf(req.user, req.headers)
  // A script without a writer: an account in one network has one place for its role.
  const rows = account.networks ?? []
  return rows.length === 1 ? idOf(rows[0].network) : null
}

/**
 * The account's `role` (virtual: the role in the current network) written where it is kept, in the
 * row of its network. A new account holds the role in every network it joins; a change sets it in the
 * writer's current network only, so that one network's administrators never change another's roles.
 * Only administrators reach here with a role: the field's access takes it out of anyone else's data.
 */
export const rolesIntoNetworks: CollectionBeforeChangeHook<User> = ({ data, operation, originalDoc, req }) => {
  const rows = data.networks ?? originalDoc?.networks ?? []
  if (operation === 'create') {
    const role = data.role ?? 'baliemedewerker'
    return { ...data, networks: rows.map((row) => ({ ...row, role: row.role ?? role })) }
  }
  if (!data.role || !originalDoc) return data
  if (data.role === roleAsSeenBy(req, originalDoc) && !req.context?.[WRITING_NETWORK]) return data
  const network = networkOfTheWrite(req, { networks: rows })
  if (!rows.some((row) => String(idOf(row.network)) === String(network)))
    throw new APIError(NOT_IN_NETWORK, 400, null, true)
  return {
    ...data,
    networks: rows.map((row) => (String(idOf(row.network)) === String(network) ? { ...row, role: data.role! } : row)),
  }
}

/** The ids of the accounts whose role in a network is coordinator (read past access: a choice, not a read). */
const coordinatorIdsOf = async (req: PayloadRequest, network: unknown): Promise<string[]> => {
  if (network === null || network === undefined) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { 'networks.network': { equals: idOf(network as Relation) } },
    select: { networks: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
    .filter((account) => roleIn(account, idOf(network as Relation)) === 'coordinator')
    .map(({ id }) => String(id))
}

const networkOfInfopunt = (data: unknown, req: PayloadRequest) =>
  (data as { network?: unknown } | undefined)?.network ?? currentNetworkOf(req.user, req.headers)

/**
 * The coordinators of an Infopunt's network, as a relationship's choice: accounts whose role in that
 * network is coordinator. A query on the list of networks cannot say "this network's row" on every
 * database, so the rows are read and the choice names the accounts.
 */
export const coordinatorsOfTheNetwork: FilterOptions = async ({ data, req }) => {
  const ids = await coordinatorIdsOf(req, networkOfInfopunt(data, req))
  return ids.length > 0 ? { id: { in: ids } } : { id: { exists: false } }
}

export const NOT_A_COORDINATOR =
  'Kies als Infopuntcoördinator iemand die in het netwerk van dit Infopunt coördinator is.'

/**
 * The Infopunt's coordinators are its network's. In place of Payload's own check of the choice, which
 * reads the accounts with the editor's rights: communications staff, who keep the Infopunten, read no
 * colleagues' accounts and could not save an Infopunt that has coordinators.
 */
export const validateCoordinators = async (
  value: unknown,
  { data, req }: { data: unknown; req: PayloadRequest },
): Promise<string | true> => {
  const chosen = (Array.isArray(value) ? value : value ? [value] : []).map((item) => String(idOf(item as Relation)))
  if (chosen.length === 0) return true
  const allowed = await coordinatorIdsOf(req, networkOfInfopunt(data, req))
  return chosen.every((id) => allowed.includes(id)) ? true : NOT_A_COORDINATOR
}
