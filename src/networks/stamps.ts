import { randomUUID } from 'node:crypto'

import type { Field, Payload, PayloadRequest, Where } from 'payload'

import { idOf, type Id } from '@/lib/relations'

/**
 * What a process keeps in memory per network (the Wegwijzer's search index, the startpage's slow-changing
 * sections) is checked against a stamp on the network before use, and read again when the stamp
 * changed: a change in one network leaves every other network's memory warm.
 */
export type StampName = 'directoryStamp' | 'startpageStamp'

/** The networks whose stamp a change renews: those named, or every network (a shared theme, a seed). */
export type StampScope = Id[] | 'all'

/** The stamps as fields of a network: written and read by the server only (through the adapter). */
export const stampFields = (): Field[] =>
  (['directoryStamp', 'startpageStamp'] as const).map((name) => ({
    name,
    type: 'text',
    access: { read: () => false, create: () => false, update: () => false },
    admin: { hidden: true },
  }))

/** The networks a record belongs to, before and after a change: its `network`, or an account's `networks`. */
export const networksOfRecords = (...records: (object | null | undefined)[]): Id[] | null => {
  const ids = new Set<string>()
  const found: Id[] = []
  for (const value of records) {
    if (!value) continue
    const record = value as { network?: unknown; networks?: unknown }
    const own = record.network ? [record.network] : []
    const rows = Array.isArray(record.networks) ? record.networks.map((row: { network?: unknown }) => row.network) : []
    for (const network of [...own, ...rows]) {
      const id = idOf(network as Parameters<typeof idOf>[0])
      if (id !== undefined && id !== null && !ids.has(String(id))) {
        ids.add(String(id))
        found.push(id)
      }
    }
  }
  return found.length > 0 ? found : null
}

/** SQLite's answer when a write's snapshot went stale: another connection committed in between. */
const staleSnapshot = (error: unknown): boolean => {
  for (let cause = error; cause; cause = (cause as { cause?: unknown }).cause)
    if ((cause as { code?: unknown }).code === 'SQLITE_BUSY_SNAPSHOT') return true
  return false
}

/**
 * A new stamp for the networks in `scope`, in the request's transaction. Outside a transaction a
 * stale snapshot (SQLite in WAL mode, right after a seed's or import's transaction on its own
 * connection committed) is tried again on a fresh one: the stamp is only ever replaced, never read.
 */
export const renewStamp = async (
  payload: Payload,
  name: StampName,
  scope: StampScope,
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  const where: Where = scope === 'all' ? { id: { exists: true } } : { id: { in: scope } }
  if (scope !== 'all' && scope.length === 0) return
  for (let attempt = 1; ; attempt++) {
    try {
      await payload.db.updateMany({
        collection: 'networks',
        where,
        data: { [name]: randomUUID() },
        req,
        returning: false,
      })
      return
    } catch (error) {
      if (attempt >= 8 || req?.transactionID || !staleSnapshot(error)) throw error
      // Backing off up to about three seconds in all: another connection's writes may go on for a while
      // (a seed's or an import's), and the stamp only has to land after them.
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** (attempt - 1)))
    }
  }
}

/** A network's stamps, as one key: one narrow read through the adapter (no access checks or hooks). */
export const currentStamps = async (payload: Payload, network: Id, names: StampName[]): Promise<string> => {
  const doc = (await payload.db.findOne({
    collection: 'networks',
    where: { id: { equals: network } },
    select: Object.fromEntries(names.map((name) => [name, true])),
  })) as Partial<Record<StampName, string | null>> | null
  return names.map((name) => doc?.[name] ?? 'initial').join('/')
}
