import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { idOf, type Id } from '@/lib/relations'
import { currentStamps, networksOfRecords, renewStamp, type StampScope } from '@/networks/stamps'
import type { Organisation, Service, Theme } from '@/payload-types'

import { offeringNetworks } from './regional'

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

/** The organisations a directory record is (an organisation) or belongs to (a service). */
const organisationsOf = (...docs: (DirectoryDocument | undefined)[]): Id[] =>
  docs.flatMap((doc) => {
    if (!doc) return []
    const id = 'organisation' in doc ? idOf(doc.organisation) : 'kindOfHelp' in doc ? doc.id : null
    return id === null || id === undefined ? [] : [id]
  })

/** The networks given and those that offer one of the (regional) organisations: whose Wegwijzer shows them. */
export const withOfferingNetworks = async (
  payload: Payload,
  req: Partial<PayloadRequest>,
  own: Id[],
  organisations: Id[],
): Promise<Id[]> => {
  const offering = await Promise.all(organisations.map((id) => offeringNetworks(payload, id, req)))
  return [...new Map([...own, ...offering.flat()].map((id) => [String(id), id])).values()]
}

/**
 * The networks whose Wegwijzer shows a record: its own, and those that offer its (regional)
 * organisation; every network for a theme, which all share.
 */
const networksShowing = async (
  req: PayloadRequest,
  ...docs: (DirectoryDocument | undefined)[]
): Promise<StampScope> => {
  const own = networksOfRecords(...docs)
  return own === null ? 'all' : withOfferingNetworks(req.payload, req, own, organisationsOf(...docs))
}

/**
 * After any change to an organisation or service, the next search of each network that shows it
 * rebuilds that network's index; after a change to a theme (shared by all networks), every network's.
 */
export const directoryChanged: CollectionAfterChangeHook<DirectoryDocument> = async ({
  req,
  doc,
  previousDoc,
  context,
}) => {
  if (!context[DEFER_DIRECTORY_STAMP])
    await markDirectoryChanged(req.payload, req, await networksShowing(req, doc, previousDoc))
  return doc
}

export const directoryDeleted: CollectionAfterDeleteHook<DirectoryDocument> = async ({ req, doc, context }) => {
  if (!context[DEFER_DIRECTORY_STAMP]) await markDirectoryChanged(req.payload, req, await networksShowing(req, doc))
  return doc
}

/** A network's directory stamp, read before every search (a search already checked that the user is staff). */
export const currentStamp = (payload: Payload, network: Id): Promise<string> =>
  currentStamps(payload, network, ['directoryStamp'])
