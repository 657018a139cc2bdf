import { beginTransaction } from '@payloadcms/drizzle'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs `work` as one database transaction: a batch of seed writes becomes one commit (one write
 * through to disk) instead of one per row, which is most of the time a fresh start spends. The app
 * runs SQLite without transactions (concurrent requests would lock each other out); the seed
 * writes on its own, so it begins one with Payload's own SQLite implementation. `req()` gives a
 * fresh request in the transaction for each Local API call (hooks pass it on), with `context`.
 */
export const inTransaction = async <T>(
  payload: Payload,
  work: (req: () => Promise<PayloadRequest>) => Promise<T>,
  context: Record<string, unknown> = {},
): Promise<T> => {
  const id =
    payload.db.name === 'sqlite'
      ? await beginTransaction.call(payload.db as never)
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
