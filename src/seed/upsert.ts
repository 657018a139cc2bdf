import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

/**
 * Returns the document matching `where`, creating it from `data` when there is none: running the
 * seed again adds what is missing and never duplicates or overwrites what editors changed.
 */
export const findOrCreate = async <S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  data: RequiredDataFromCollectionSlug<S>,
  file?: { data: Buffer; mimetype: string; name: string; size: number },
) => {
  const existing = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false })
  if (existing.docs[0]) return { doc: existing.docs[0], created: false }
  const doc = await payload.create({ collection, data, file, depth: 0 })
  return { doc, created: true }
}
