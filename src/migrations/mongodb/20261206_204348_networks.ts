import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import { Types } from 'mongoose'

import { toSlug } from '../../fields/slug'
import { DEFAULT_NETWORK_NAME } from '../../networks/firstNetwork'
import { networkCollections } from '../../networks/plugin'

/**
 * The installation's records become its first network's (named after the brand, DEFAULT_NETWORK_NAME
 * without one) and every account joins it. Only `network` and `networks` are written; running it again
 * changes nothing.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const { collections, globals } = payload.db
  const networks = collections.networks
  let network = await networks.collection.findOne({}, { projection: { _id: 1 } })
  if (!network) {
    const brand = await globals.collection.findOne({ globalType: 'brand' }, { projection: { name: 1 } })
    const name = (typeof brand?.name === 'string' && brand.name.trim()) || DEFAULT_NETWORK_NAME
    const slug = toSlug(name) || toSlug(DEFAULT_NETWORK_NAME)
    const now = new Date()
    const { insertedId } = await networks.collection.insertOne({ name, slug, createdAt: now, updatedAt: now })
    network = { _id: insertedId }
  }
  for (const slug of networkCollections)
    await collections[slug].collection.updateMany({ network: { $exists: false } }, { $set: { network: network._id } })
  // Versions of the collections that keep them.
  for (const slug of networkCollections.filter((slug) => payload.collections[slug].config.versions))
    await payload.db.versions[slug].collection.updateMany(
      { 'version.network': { $exists: false } },
      { $set: { 'version.network': network._id } },
    )
  // Array rows carry their own id as text (Payload's MongoDB schema has no _id on them).
  const users = collections.users.collection
  for await (const user of users.find({ networks: { $exists: false } }, { projection: { _id: 1 } }))
    await users.updateOne({ _id: user._id }, { $set: { networks: [{ id: new Types.ObjectId().toHexString(), network: network._id }] } })
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The networks stay: one network is how the installation worked before.
}
