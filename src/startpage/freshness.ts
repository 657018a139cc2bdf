import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import type { Id } from '@/lib/relations'
import { currentStamps, networksOfRecords, renewStamp, type StampScope } from '@/networks/stamps'

/**
 * Passing `context: { [DEFER_STARTPAGE_STAMP]: true }` to bulk writes skips the stamp per record;
 * the caller then calls `markStartpageChanged` once at the end.
 */
export const DEFER_STARTPAGE_STAMP = 'deferStartpageStamp'

/** What the startpages of `scope` show changed (every network's by default: the seed). */
export const markStartpageChanged = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
  scope: StampScope = 'all',
) => {
  await renewStamp(payload, 'startpageStamp', scope, req)
}

/**
 * The startpage keeps what it shows in memory per process (src/startpage/load.ts): the published
 * startpage, the roster of the coming days with its names, Infopunten, referral mailboxes, digital
 * sources and work documents. A change to any of them sets a new stamp on its network (on each of an
 * account's networks), in the same transaction as the change, and every process reloads that
 * network's when it sees a stamp it did not load. Organisations (the back-ups, the roster's
 * organisations) change the directory's stamp, which the startpage reads too.
 * Every save of a startpage sets it, a draft's too (which also covers unpublishing).
 */
export const startpageChanged: CollectionAfterChangeHook & CollectionAfterDeleteHook = async (args) => {
  const { req, doc, context } = args
  const previousDoc = 'previousDoc' in args ? args.previousDoc : undefined
  // A record of no network (the platform administrator's account) is on no startpage.
  const scope = networksOfRecords(doc, previousDoc)
  if (!context[DEFER_STARTPAGE_STAMP] && scope) await markStartpageChanged(req.payload, req, scope)
  return doc
}

export const startpageContentHooks = { afterChange: [startpageChanged], afterDelete: [startpageChanged] }

/** A network's startpage stamp and its directory's, as one key: one narrow read per view. */
export const currentStartpageStamp = (payload: Payload, network: Id): Promise<string> =>
  currentStamps(payload, network, ['startpageStamp', 'directoryStamp'])
