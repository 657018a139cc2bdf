import { randomUUID } from 'node:crypto'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'

/**
 * Passing `context: { [DEFER_STARTPAGE_STAMP]: true }` to bulk writes skips the stamp per record;
 * the caller then calls `markStartpageChanged` once at the end.
 */
export const DEFER_STARTPAGE_STAMP = 'deferStartpageStamp'

export const markStartpageChanged = async (payload: Payload, req?: Partial<PayloadRequest>) => {
  await payload.updateGlobal({ slug: 'directory-state', data: { startpageStamp: randomUUID() }, req, depth: 0 })
}

/**
 * The startpage keeps what it shows in memory per process (src/startpage/load.ts): the published
 * startpage, the roster of the coming days with its names, Infopunten, referral mailboxes, digital
 * sources and work documents. A change to any of them sets a new stamp, in the same transaction as
 * the change, and every process reloads when it sees a stamp it did not load. Organisations (the
 * back-ups, the roster's organisations) change the directory's stamp, which the startpage reads too.
 */
const startpageChanged: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ req, doc, context }) => {
  if (!context[DEFER_STARTPAGE_STAMP]) await markStartpageChanged(req.payload, req)
  return doc
}

export const startpageContentHooks = { afterChange: [startpageChanged], afterDelete: [startpageChanged] }

/** The startpage global: every save sets the stamp (a draft's too, which also covers unpublishing). */
export const startpageGlobalChanged: GlobalAfterChangeHook = async ({ req, doc }) => {
  await markStartpageChanged(req.payload, req)
  return doc
}

/**
 * The startpage's stamp and the directory's, as one key: read through the database adapter (no
 * access checks or hooks: one narrow read per view).
 */
export const currentStartpageStamp = async (payload: Payload): Promise<string> => {
  const state = (await payload.db.findGlobal({
    slug: 'directory-state',
    select: { startpageStamp: true, stamp: true },
    where: {},
  })) as { startpageStamp?: string | null; stamp?: string | null } | undefined
  return `${state?.startpageStamp ?? 'initial'}/${state?.stamp ?? 'initial'}`
}
