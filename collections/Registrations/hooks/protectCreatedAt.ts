import type { CollectionBeforeChangeHook } from 'payload'

import type { Registration } from '@/payload-types'

/**
 * A desk worker's 7-day window runs from `createdAt`, so no user may set it: on create the server
 * stamps the time, on update the original stays. Server-side callers without a user (the seed,
 * imports of history) may still pass it.
 */
export const protectCreatedAt: CollectionBeforeChangeHook<Registration> = ({ data, operation, originalDoc, req }) => {
  if (!req.user) return data
  if (operation === 'create') delete data.createdAt
  else data.createdAt = originalDoc?.createdAt
  return data
}
