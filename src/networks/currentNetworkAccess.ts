import type { Access, AccessArgs, CollectionConfig, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import { withinCurrentNetwork } from './current'

/** Whether a request came over HTTP (REST, the admin's pages): the Local API's own requests carry no headers. */
export const cameOverHttp = (req: PayloadRequest) => Boolean(req.headers && [...req.headers.keys()].length > 0)

/**
 * The request as access rules see it: its user within their current network. A role is held in a
 * network, so someone who administers one network and keeps the content of another must not carry
 * the first role into the second's records: every rule answers for the network being worked in, as
 * the pages do. Only the rules see this; the request itself keeps all the user's networks, which the
 * network switches (the header's and the admin's) list. A Local API call without a request knows no
 * network switch: it reads as the user it is given, and the pages and endpoints give theirs within the
 * current network already (`withinCurrentNetwork`, `callerWithinCurrentNetwork`).
 */
const requestWithinCurrentNetwork = (req: PayloadRequest): PayloadRequest => {
  if (!req.user || req.user.collection !== 'users' || !cameOverHttp(req)) return req
  const user = withinCurrentNetwork(req.user as User, req.headers)
  // A proxy, not a copy: a request's headers and url are getters of the underlying Request.
  return new Proxy(req, {
    get: (target, property) =>
      property === 'user' ? { ...user, collection: 'users' } : Reflect.get(target, property, target),
  })
}

const withinCurrentNetworkAccess =
  (access: Access): Access =>
  (args: AccessArgs) =>
    access({ ...args, req: requestWithinCurrentNetwork(args.req) })

/** The operations a collection's records are read, made, changed or deleted with. */
const RECORD_OPERATIONS = ['read', 'readVersions', 'create', 'update', 'delete', 'unlock'] as const

/**
 * Every access rule of a collection asked within the current network. For networks themselves only
 * changing: someone reads all their own networks (the switches list them) but looks after the
 * current one only.
 */
export const accessWithinCurrentNetwork = (
  collection: CollectionConfig,
  operations: readonly (typeof RECORD_OPERATIONS)[number][] = RECORD_OPERATIONS,
): CollectionConfig => ({
  ...collection,
  access: {
    ...collection.access,
    ...Object.fromEntries(
      operations.flatMap((operation) => {
        const access = collection.access?.[operation] as Access | undefined
        return access ? [[operation, withinCurrentNetworkAccess(access)]] : []
      }),
    ),
  },
})
