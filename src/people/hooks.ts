import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import type { User } from '@/payload-types'

/** An account's open invitations go with it. */
export const deleteInvitationsOfUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'invitations', where: { user: { equals: id } }, req, overrideAccess: true })
}

/**
 * The account made on an empty database (Payload's "create first user") is its administrator:
 * everyone after it is invited by them. Without this it would get the default role and nobody
 * could invite anyone. Only over HTTP: the seed and scripts make accounts with the roles they give.
 */
export const firstAccountIsAdministrator: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI !== 'REST') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'beheerder' } : data
}
