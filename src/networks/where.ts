import type { CollectionSlug, Where } from 'payload'

import type { Id } from '@/lib/relations'

import { networkCollections } from './plugin'

/**
 * The records of one network in a collection, as a `where`: by the record's own `network`, by an
 * account's list of networks, and none for what is shared (themes).
 */
export const ofNetwork = (collection: CollectionSlug, network: Id): Where | undefined => {
  if (collection === 'users') return { 'networks.network': { equals: network } }
  return (networkCollections as readonly string[]).includes(collection) ? { network: { equals: network } } : undefined
}
