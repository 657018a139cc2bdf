import type { Payload } from 'payload'

/** The part of the embedded database's client (libSQL's) used here. */
interface Client {
  execute(sql: string): Promise<unknown>
  transaction(...args: unknown[]): Promise<unknown>
}

/** How long a write outside a transaction waits for another connection's transaction (the adapter's `busyTimeout`). */
export const BUSY_TIMEOUT_MS = 5000

/**
 * The embedded database's client hands its connection to each transaction and opens a new one for
 * what comes after, without the busy timeout the adapter set on the first. A write outside a
 * transaction (a stamp, the job queue's statistics) then failed at once with "database is locked"
 * while a seed or import wrote, and could leave its connection on a stale snapshot, so that every
 * later write there failed with SQLITE_BUSY_SNAPSHOT. Every connection gets the timeout now: the
 * current one at start, each new one as a transaction takes the old.
 */
export const busyTimeoutOnEveryConnection = async (payload: Payload): Promise<void> => {
  const client = (payload.db as unknown as { client?: Client }).client
  if (payload.db.name !== 'sqlite' || !client) return
  const applyTimeout = () => client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`)
  const transaction = client.transaction.bind(client)
  client.transaction = async (...args: unknown[]) => {
    const taken = await transaction(...args)
    await applyTimeout()
    return taken
  }
  await applyTimeout()
}
