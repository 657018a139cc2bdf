import type { PayloadRequest } from 'payload'
import { getTenantFromCookie, getUserTenantIDs } from '@payloadcms/plugin-multi-tenant/utilities'

import type { Network } from '@/payload-types'

import { DEFAULT_NETWORK_NAME, ensureFirstNetwork } from './firstNetwork'

/** Typed as the generated types say; opaque at run time (a string on MongoDB). */
type NetworkID = Network['id']

/** The networks a user belongs to, as ids. */
export const networksOf = (user: PayloadRequest['user']): NetworkID[] =>
  getUserTenantIDs(user, { tenantsArrayFieldName: 'networks', tenantsArrayTenantFieldName: 'network' }) as NetworkID[]

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

/**
 * The network a new record belongs to when the writer names none: the one chosen in the admin's
 * network switch if the writer belongs to it, else the writer's first network, else the installation's
 * only network. Null leaves the choice to the writer ("Netwerk is verplicht").
 */
export const defaultNetwork = async ({ req }: { req: PayloadRequest }): Promise<NetworkID | null> => {
  const mine = networksOf(req.user)
  const chosen = getTenantFromCookie(req.headers, req.payload.db.defaultIDType === 'number' ? 'number' : 'text')
  if (chosen !== null && mine.some((id) => String(id) === String(chosen))) return chosen as NetworkID
  if (mine.length > 0) return mine[0]
  return installationNetwork(req)
}
