import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import type { Id } from '@/lib/relations'
import { currentStamps, networksOfRecords, renewStamp, type StampScope } from '@/networks/stamps'
import type { Organisation, Service, Theme } from '@/payload-types'

/** The collections the directory search is built from. */
type DirectoryDocument = Organisation | Service | Theme

/**
 * Passing `context: { [DEFER_DIRECTORY_STAMP]: true }` to bulk writes skips the stamp per record;
 * the caller then calls `markDirectoryChanged` once at the end.
 */
export const DEFER_DIRECTORY_STAMP = 'deferDirectoryStamp'

/** The directories of `scope` changed (every network's by default: the seed, a shared theme). */
export const markDirectoryChanged = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
  scope: StampScope = 'all',
) => {
  await renewStamp(payload, 'directoryStamp', scope, req)
}

/**
 * After any change to an organisation or service, the next search of its network rebuilds that
 * network's index; after a change to a theme (shared by all networks), every network's.
 */
export const directoryChanged: CollectionAfterChangeHook<DirectoryDocument> = async ({
  req,
  doc,
  previousDoc,
  context,
}) => {
  if (!context[DEFER_DIRECTORY_STAMP])
    await markDirectoryChanged(req.payload, req, networksOfRecords(doc, previousDoc) ?? 'all')
  return doc
}

export const directoryDeleted: CollectionAfterDeleteHook<DirectoryDocument> = async ({ req, doc, context }) => {
  if (!context[DEFER_DIRECTORY_STAMP]) await markDirectoryChanged(req.payload, req, networksOfRecords(doc) ?? 'all')
  return doc
}

/** A network's directory stamp, read before every search (a search already checked that the user is staff). */
export const currentStamp = (payload: Payload, network: Id): Promise<string> =>
  currentStamps(payload, network, ['directoryStamp'])
