import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'
import { APIError, NotFound } from 'payload'

import { idOf, type Relation } from '@/lib/relations'
import type { User } from '@/payload-types'

import { currentNetworkOf, defaultNetwork, networksOf } from './current'
import { cameOverHttp } from './currentNetworkAccess'

/**
 * A new account without networks joins the network it is made in: the inviter's, or on an installation
 * with one network (the first account, the seed) that one. Only the server hands out networks.
 */
export const joinDefaultNetwork: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create' || (Array.isArray(data.networks) && data.networks.length > 0)) return data
  // A platform administrator works above the networks, in none of them.
  if (data.platformAdministrator) return data
  const network = await defaultNetwork({ req })
  return network === null ? data : { ...data, networks: [{ network }] }
}

export const ANOTHER_NETWORK =
  'Je werkt nu in een ander netwerk. Kies dat netwerk bovenaan de pagina om daar iets toe te voegen of te wijzigen.'

/**
 * Over HTTP a record is written into the network being worked in only: a `network` sent along that
 * names another of the caller's networks would use the current network's role there.
 */
const writesInTheCurrentNetwork = (req: PayloadRequest, data: { network?: unknown } | undefined) => {
  const network = data?.network
  if (network === undefined || network === null || network === '') return
  const named = String(idOf(network as Relation))
  // A network the caller is not in is refused by the network field's own check, as any choice not offered.
  if (!networksOf(req.user).some((own) => String(own) === named)) return
  if (named !== String(currentNetworkOf(req.user, req.headers))) throw new APIError(ANOTHER_NETWORK, 403, null, true)
}

/**
 * A record of another network does not exist for the caller: changing or deleting it by id, or reading
 * one of its versions, answers 404, as reading it does (Payload would answer 403, which tells that the
 * id is taken).
 */
export const otherNetworksRecordsDoNotExist: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { id, data } = args as { id?: number | string | null; data?: { network?: unknown } }
  // Hooks see reading a version by id as 'read'; only its REST route tells it apart (the admin's
  // version page reads the document itself under an address that also ends in /versions/<id>).
  const path = new URL(req.url ?? '/', 'http://x').pathname
  const readsVersion = operation === 'read' && id != null && path.endsWith(`/api/${collection.slug}/versions/${id}`)
  if ((operation === 'create' || operation === 'update') && req.user && cameOverHttp(req))
    writesInTheCurrentNetwork(req, data)
  if (operation !== 'update' && operation !== 'delete' && !readsVersion) return args
  // REST leaves overrideAccess unset (false); the Local API sets it.
  if (args.overrideAccess === true || !req.user || id === undefined || id === null) return args
  const slug = collection.slug as CollectionSlug
  // Over HTTP the network being worked in, for which access answers (src/networks/currentNetworkAccess.ts).
  const mine = { in: cameOverHttp(req) ? [currentNetworkOf(req.user, req.headers)] : networksOf(req.user) }
  const { totalDocs } = readsVersion
    ? await req.payload.findVersions({
        collection: slug,
        where: { and: [{ id: { equals: id } }, { 'version.network': mine }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : await req.payload.count({
        collection: slug,
        where: { and: [{ id: { equals: id } }, { network: mine }] },
        overrideAccess: true,
        req,
      })
  if (totalDocs === 0) throw new NotFound(req.t)
  return args
}

/**
 * Whether an account also works in a network `actor` does not administer: what the account holds in
 * every network (its name, password, state) is then not the actor's to change.
 */
export const worksElsewhere = (actor: PayloadRequest['user'], account: Pick<User, 'networks'>) => {
  const administered = ((actor as User | null)?.networks ?? [])
    .filter((row) => row.role === 'beheerder')
    .map((row) => String(idOf(row.network)))
  return networksOf(account as PayloadRequest['user']).some((network) => !administered.includes(String(network)))
}

// One sentence without a colon or comma: the admin's toast splits a message at those into a list.
export const WORKS_ELSEWHERE =
  'Deze persoon werkt ook in een netwerk dat jij niet beheert. Je wijzigt daarom alleen de rol in jouw netwerk. De rest van het account wijzigt de persoon zelf of een beheerder van al die netwerken.'

/** What an account holds for every network it works in (its role is per network). */
const ACCOUNT_WIDE = ['name', 'email', 'password', 'active', 'staffKind', 'organisation', 'defaultLocation'] as const

const changesAccountWide = (data: Partial<User> & { password?: unknown }, original: User) =>
  ACCOUNT_WIDE.some((field) => {
    if (!(field in data)) return false
    if (field === 'password') return Boolean(data.password)
    const value = (held: unknown) => String(idOf(held as Relation) ?? '')
    const [now, was] = [value(data[field]), value(original[field])]
    return field === 'email' ? now.toLowerCase() !== was.toLowerCase() : now !== was
  })

/**
 * Someone who also works in another network is not another network's to change: an administrator of
 * one network sets their role there, but not the password, name or state of an account that opens a
 * network they are not in. Changing one's own account stays allowed; scripts (no user) are not limited.
 */
export const accountsOfOtherNetworksStay: CollectionBeforeChangeHook<User> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !req.user || !originalDoc || String(originalDoc.id) === String(req.user.id)) return data
  if (worksElsewhere(req.user, originalDoc) && changesAccountWide(data, originalDoc))
    throw new APIError(WORKS_ELSEWHERE, 403, null, true)
  return data
}

export const accountsOfOtherNetworksStayOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const account = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
  if (worksElsewhere(req.user, account)) throw new APIError(WORKS_ELSEWHERE, 403, null, true)
}
