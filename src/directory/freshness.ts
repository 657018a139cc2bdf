import { randomUUID } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import type { Organisation, Service, Theme } from '@/payload-types'

/** The collections the directory search is built from. */
type DirectoryDocument = Organisation | Service | Theme

/**
 * Passing `context: { [DEFER_DIRECTORY_STAMP]: true }` to bulk writes skips the stamp per record;
 * the caller then calls `markDirectoryChanged` once at the end.
 */
export const DEFER_DIRECTORY_STAMP = 'deferDirectoryStamp'

export const markDirectoryChanged = async (payload: Payload, req?: Partial<PayloadRequest>) => {
  await payload.updateGlobal({ slug: 'directory-state', data: { stamp: randomUUID() }, req, depth: 0 })
}

/** After any change to organisations, services or themes, the next search rebuilds its index. */
export const directoryChanged: CollectionAfterChangeHook<DirectoryDocument> = async ({ req, doc, context }) => {
  if (!context[DEFER_DIRECTORY_STAMP]) await markDirectoryChanged(req.payload, req)
  return doc
}

export const directoryDeleted: CollectionAfterDeleteHook<DirectoryDocument> = async ({ req, doc, context }) => {
  if (!context[DEFER_DIRECTORY_STAMP]) await markDirectoryChanged(req.payload, req)
  return doc
}

/**
 * The stamp, read before every search: through the database adapter, which skips the access checks
 * and read hooks of `payload.findGlobal` (a search already checked that the user is staff).
 */
export const currentStamp = async (payload: Payload): Promise<string> => {
  const state = await payload.db.findGlobal({ slug: 'directory-state', select: { stamp: true }, where: {} })
  return (state as { stamp?: string | null } | undefined)?.stamp ?? 'initial'
}
