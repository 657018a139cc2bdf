import type { CollectionSlug, Payload, PayloadRequest, RequiredDataFromCollectionSlug, Where } from 'payload'

/** A fresh request for each Local API call, inside the seed's transaction (src/seed/transaction.ts). */
export type SeedReq = () => Promise<PayloadRequest>

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
  const existing = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    pagination: false,
    req: await options.req(),
  })
  if (existing.docs[0]) return { doc: existing.docs[0], created: false }
  const doc = await payload.create({ collection, data, file: options.file, depth: 0, req: await options.req() })
  return { doc, created: true }
}
