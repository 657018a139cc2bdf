import type { CollectionSlug, Payload, PayloadRequest, RequiredDataFromCollectionSlug, Where } from 'payload'

import { WRITING_NETWORK } from '@/networks/current'
import { networkCollections } from '@/networks/plugin'

/** A fresh request for each Local API call, inside the seed's transaction (src/seed/transaction.ts). */
export type SeedReq = () => Promise<PayloadRequest>

// Per seed transaction (its request factory): the collections that held nothing when it began.
const emptyCollections = new WeakMap<SeedReq, Map<string, Promise<boolean>>>()

/**
 * Whether `collection` was empty when this transaction first wrote to it: then everything in it now
 * was made by this run, whose natural keys are unique, so nothing needs looking up (a fresh start).
 */
const emptyAtStart = (payload: Payload, collection: CollectionSlug, req: SeedReq): Promise<boolean> => {
  const known = emptyCollections.get(req) ?? new Map<string, Promise<boolean>>()
  emptyCollections.set(req, known)
  let empty = known.get(collection)
  if (!empty) {
    empty = req().then(async (fresh) => (await payload.count({ collection, req: fresh })).totalDocs === 0)
    known.set(collection, empty)
  }
  return empty
}

/**
 * A network's records are looked up within the network the seed writes into (named in the request's
 * context): another network may hold a record of the same name.
 */
const withinWritingNetwork = (collection: CollectionSlug, where: Where, req: PayloadRequest): Where => {
  const network = req.context[WRITING_NETWORK]
  if (network === undefined || !(networkCollections as readonly string[]).includes(collection)) return where
  return { and: [where, { network: { equals: network } }] }
}

/**
 * Returns the document matching `where`, creating it from `data` when there is none: running the
 * seed again adds what is missing and never duplicates or overwrites what editors changed.
 */
export const findOrCreate = async <S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  data: RequiredDataFromCollectionSlug<S>,
  options: { req: SeedReq; file?: { data: Buffer; mimetype: string; name: string; size: number } },
) => {
  if (await emptyAtStart(payload, collection, options.req)) {
    const doc = await payload.create({ collection, data, file: options.file, depth: 0, req: await options.req() })
    return { doc, created: true }
  }
  const lookup = await options.req()
  const existing = await payload.find({
    collection,
    where: withinWritingNetwork(collection, where, lookup),
    limit: 1,
    depth: 0,
    pagination: false,
    req: lookup,
  })
  if (existing.docs[0]) return { doc: existing.docs[0], created: false }
  const doc = await payload.create({ collection, data, file: options.file, depth: 0, req: await options.req() })
  return { doc, created: true }
}
