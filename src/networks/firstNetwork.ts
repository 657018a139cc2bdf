import type { Payload, PayloadRequest } from 'payload'

/** The name of the network an installation starts with, when nobody named it. */
export const DEFAULT_NETWORK_NAME = 'Infopunt'

/**
 * The network of an installation that has none yet: the migration makes it for an existing database;
 * a database whose schema is pushed (development) gets it with its first account or its demo data.
 */
export const ensureFirstNetwork = async (payload: Payload, name: string, req?: PayloadRequest) => {
  const { docs } = await payload.find({ collection: 'networks', limit: 2, depth: 0, sort: 'createdAt', req })
  if (docs.length === 0) return payload.create({ collection: 'networks', data: { name }, depth: 0, req })
  // The demo renames the installation's default network; a network someone named stays as it is.
  if (docs.length === 1 && docs[0].name === DEFAULT_NETWORK_NAME && name !== DEFAULT_NETWORK_NAME)
    return payload.update({ collection: 'networks', id: docs[0].id, data: { name, slug: '' }, depth: 0, req })
  return docs[0]
}
