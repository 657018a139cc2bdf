import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

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

export const OWN_ACCOUNT_STAYS_ACTIVE = 'Je kunt je eigen account niet deactiveren. Vraag dat aan een andere beheerder.'

/**
 * Nobody deactivates their own account: it could not log in again, and for someone who works in
 * several networks no single network's administrator may turn it back on. The admin offers no such
 * switch; this holds over REST too.
 */
export const ownAccountStaysActive: CollectionBeforeChangeHook<User> = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || !originalDoc || String(originalDoc.id) !== String(req.user.id)) return data
  if (data.active === false && originalDoc.active !== false)
    throw new APIError(OWN_ACCOUNT_STAYS_ACTIVE, 400, null, true)
  return data
}
