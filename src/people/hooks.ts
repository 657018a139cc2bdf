import type { CollectionBeforeDeleteHook } from 'payload'

/** An account's open invitations go with it. */
export const deleteInvitationsOfUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'invitations', where: { user: { equals: id } }, req, overrideAccess: true })
}
