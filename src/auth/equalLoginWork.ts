import type { CollectionBeforeOperationHook } from 'payload'

import { hashWorkWithoutAccount } from './passwordHash'

/**
 * A login for an address without an account does the same password-hash work as a wrong password
 * for one that exists, so the time of the answer does not tell which accounts exist (the answer
 * itself is Payload's one 401 for both).
 */
export const equalLoginWork: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') return args
  const account = await req.payload.db.findOne({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  if (!account) await hashWorkWithoutAccount(password)
  return args
}
