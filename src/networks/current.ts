import { parseCookies, type PayloadRequest } from 'payload'
import { getUserTenantIDs } from '@payloadcms/plugin-multi-tenant/utilities'

import { idOf } from '@/lib/relations'
import type { Network, User } from '@/payload-types'

import { DEFAULT_NETWORK_NAME, ensureFirstNetwork } from './firstNetwork'

/** Typed as the generated types say; opaque at run time (a string on MongoDB). */
type NetworkID = Network['id']

/** The networks a user belongs to, as ids. */
export const networksOf = (user: PayloadRequest['user']): NetworkID[] =>
  getUserTenantIDs(user, { tenantsArrayFieldName: 'networks', tenantsArrayTenantFieldName: 'network' }) as NetworkID[]

/** The network switch's choice, shared with the admin's (Payload's multi-tenant plugin reads this cookie). */
export const NETWORK_COOKIE = 'payload-tenant'

/**
 * The network someone works in: the one chosen in the network switch (the header's or the admin's,
 * one cookie) if they belong to it, else their first. Null for someone in no network.
 */
export const currentNetworkOf = (user: PayloadRequest['user'], headers: Headers): NetworkID | null => {
  const mine = networksOf(user)
  const chosen = parseCookies(headers).get(NETWORK_COOKIE)
  return mine.find((id) => String(id) === chosen) ?? mine[0] ?? null
}

/**
 * The user as seen within their current network. Pages read with it, so that someone in two networks
 * sees one at a time; access rules (the plugin's network condition) then answer only that network's.
 */
export const withinCurrentNetwork = (user: User, headers: Headers): User => {
  const current = currentNetworkOf(user, headers)
  const networks = (user.networks ?? []).filter((row) => String(idOf(row.network)) === String(current))
  return { ...user, networks }
}

/** The caller of a custom endpoint as seen within their current network, as pages see them. */
export const callerWithinCurrentNetwork = (req: PayloadRequest): User =>
  withinCurrentNetwork(req.user as User, req.headers)

/** The network of a user as pages see them (`withinCurrentNetwork`): their current one. */
export const pageNetwork = (user: User): NetworkID | null => networksOf(user)[0] ?? null

/**
 * The installation's network when it has exactly one (seeds, scripts and the first account ask this).
 * An installation without any gets its first here: the migration makes it for an existing database,
 * but a development database (its schema pushed) and a new MongoDB one start empty.
 */
const installationNetwork = async (req: PayloadRequest): Promise<NetworkID | null> => {
  const { docs, totalDocs } = await req.payload.find({ collection: 'networks', limit: 1, depth: 0, req })
  if (totalDocs === 1) return docs[0].id
  return totalDocs === 0 ? (await ensureFirstNetwork(req.payload, DEFAULT_NETWORK_NAME, req)).id : null
}

/** A write that knows its network (the demo seed, an import into one network) names it in the request's context. */
export const WRITING_NETWORK = 'writingNetwork'

/**
 * The network a new record belongs to when the writer names none: the one a script names, or the one
 * chosen in the network switch if the writer belongs to it, else the writer's first network, else the
 * installation's only network. Null leaves the choice to the writer ("Netwerk is verplicht").
 */
export const defaultNetwork = async ({ req }: { req: PayloadRequest }): Promise<NetworkID | null> => {
  const named = req.context?.[WRITING_NETWORK] as NetworkID | undefined
  if (named !== undefined) return named
  return currentNetworkOf(req.user, req.headers) ?? installationNetwork(req)
}
