import { randomUUID } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'

/**
 * The startpage keeps its slow-changing sections (Infopunten, referral mailboxes, digital sources,
 * work documents) in memory per process; a change to any of them sets a new stamp, in the same
 * transaction as the change, and every process reloads when it sees a stamp it did not load.
 */
const markStartpageChanged: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ req, doc }) => {
  await req.payload.updateGlobal({ slug: 'directory-state', data: { startpageStamp: randomUUID() }, req, depth: 0 })
  return doc
}

export const startpageContentHooks = { afterChange: [markStartpageChanged], afterDelete: [markStartpageChanged] }

/** The stamp, read through the database adapter (no access checks or hooks: one narrow read per view). */
export const currentStartpageStamp = async (payload: Payload): Promise<string> => {
  const state = await payload.db.findGlobal({ slug: 'directory-state', select: { startpageStamp: true }, where: {} })
  return (state as { startpageStamp?: string | null } | undefined)?.startpageStamp ?? 'initial'
}
