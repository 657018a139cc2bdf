import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A completion belongs to one staff member and one training: it goes with either (its columns are
 * required, so the database would refuse the deletion otherwise).
 */
const deleteCompletionsWhere =
  (field: 'user' | 'training'): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({
      collection: 'training-completions',
      where: { [field]: { equals: id } },
      req,
      overrideAccess: true,
    })
  }

export const deleteCompletionsOfUser = deleteCompletionsWhere('user')
export const deleteCompletionsOfTraining = deleteCompletionsWhere('training')
