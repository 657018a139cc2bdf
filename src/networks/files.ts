import { APIError, type Access, type CollectionConfig, type CollectionSlug, type Where } from 'payload'

/**
 * Reading a stored file asks the collection's read access, which for a network's records is a query
 * (the reader's networks); Payload answers a file outside it with a 403. A file of another network,
 * or of no record at all, is not found (404), as another network's record is.
 */
export const filesOfOtherNetworksAreNotFound = (collection: CollectionConfig): CollectionConfig => {
  const read = collection.access?.read
  if (!collection.upload || !read) return collection
  const sizes = typeof collection.upload === 'object' ? (collection.upload.imageSizes ?? []) : []
  const readOrNotFound: Access = async (args) => {
    const result = await read(args)
    if (!args.isReadingStaticFile || typeof result !== 'object') return result
    const filename = (args.data as { filename?: unknown } | undefined)?.filename
    const named: Where = {
      or: [
        { filename: { equals: filename } },
        ...sizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } })),
      ],
    }
    const { totalDocs } = await args.req.payload.count({
      collection: collection.slug as CollectionSlug,
      where: { and: [named, result] },
      overrideAccess: true,
      req: args.req,
    })
    if (totalDocs === 0) throw new APIError('Dit bestand bestaat niet.', 404, null, true)
    return result
  }
  return { ...collection, access: { ...collection.access, read: readOrNotFound } }
}
