import { randomUUID } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

/**
 * Passing `context: { [DEFER_STARTPAGE_STAMP]: true }` to bulk writes skips the stamp per record;
 * the caller then calls `markStartpageChanged` once at the end.
 */
export const DEFER_STARTPAGE_STAMP = 'deferStartpageStamp'

export const markStartpageChanged = async (payload: Payload, req?: Partial<PayloadRequest>) => {
  await payload.updateGlobal({ slug: 'directory-state', data: { startpageStamp: randomUUID() }, req, depth: 0 })
}

/**
 * The startpage keeps its slow-changing sections (Infopunten, referral mailboxes, digital sources,
 * work documents) in memory per process; a change to any of them sets a new stamp, in the same
 * transaction as the change, and every process reloads when it sees a stamp it did not load.
 */
const startpageChanged: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ req, doc, context }) => {
  if (!context[DEFER_STARTPAGE_STAMP]) await markStartpageChanged(req.payload, req)
  return doc
}

export const startpageContentHooks = { afterChange: [startpageChanged], afterDelete: [startpageChanged] }

/** The stamp, read through the database adapter (no access checks or hooks: one narrow read per view). */
export const currentStartpageStamp = async (payload: Payload): Promise<string> => {
  const state = await payload.db.findGlobal({ slug: 'directory-state', select: { startpageStamp: true }, where: {} })
  return (state as { startpageStamp?: string | null } | undefined)?.startpageStamp ?? 'initial'
}
