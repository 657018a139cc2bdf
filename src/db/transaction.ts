import { beginTransaction } from '@payloadcms/drizzle'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs `work` as one database transaction, for bulk writes (the demo seed, recounting tallies): a
 * batch becomes one commit (one write through to disk) instead of one per row. The app runs SQLite
 * without transactions (concurrent requests would lock each other out), so this begins one with
 * Payload's own SQLite implementation; keep batches short, as other writers wait for them.
 * `req()` gives a fresh request in the transaction for each Local API call (hooks pass it on),
 * with `context`.
 */
export const inTransaction = async <T>(
  payload: Payload,
  work: (req: () => Promise<PayloadRequest>) => Promise<T>,
  context: Record<string, unknown> = {},
): Promise<T> => {
  const id =
    payload.db.name === 'sqlite'
      ? await beginTransaction.call(payload.db as unknown as ThisParameterType<typeof beginTransaction>)
      : await payload.db.beginTransaction()
  const req = async () => {
    const local = await createLocalReq({ context }, payload)
    if (id) local.transactionID = id
    return local
  }
  try {
    const result = await work(req)
    if (id) await payload.db.commitTransaction(id)
    return result
  } catch (error) {
    if (id) await payload.db.rollbackTransaction(id)
    throw error
  }
}
