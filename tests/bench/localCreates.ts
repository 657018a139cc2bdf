import { randomUUID } from 'node:crypto'

import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { User } from '../../src/payload-types'
import { round } from './stats'

/**
 * `clients` loops of `payload.create` of a registration for `seconds`, each with its own idempotency
 * key: creates a second. `data` may differ per client. With `userOf`, each client creates as that
 * user with the user's access (`overrideAccess: false`), as the REST endpoint does; without it, with
 * the Local API's own full access.
 */
export const localCreates = async (
  payload: Payload,
  data: Record<string, unknown> | ((client: number) => Record<string, unknown>),
  options: { clients: number; seconds: number; userOf?: (client: number) => User },
) => {
  let created = 0
  const started = performance.now()
  const deadline = started + options.seconds * 1000
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      const base = typeof data === 'function' ? data(client) : data
      const user = options.userOf?.(client)
      while (performance.now() < deadline) {
        await payload.create({
          collection: 'registrations',
          data: { ...base, idempotencyKey: randomUUID() } as RequiredDataFromCollectionSlug<'registrations'>,
          depth: 0,
          ...(user && { user, overrideAccess: false }),
        })
        created++
      }
    }),
  )
  return { perSecond: round(created / ((performance.now() - started) / 1000)), created }
}
