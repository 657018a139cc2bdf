import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import { Types } from 'mongoose'

import { networkCollections } from '../../networks/plugin'

const VERSIONED = ['organisations', 'services', 'locations', 'referral-mailboxes', 'digital-sources', 'work-documents']

/**
 * The installation's records become its first network's (named after the brand, "Infopunt" by
 * default) and every account joins it. Only `network` and `networks` are written; running it again
 * changes nothing.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const { collections, globals } = payload.db
  const networks = collections.networks
  let network = await networks.collection.findOne({}, { projection: { _id: 1 } })
  if (!network) {
    const brand = await globals.collection.findOne({ globalType: 'brand' }, { projection: { name: 1 } })
    const name = (typeof brand?.name === 'string' && brand.name.trim()) || 'Infopunt'
    const slug = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    const now = new Date()
    const { insertedId } = await networks.collection.insertOne({ name, slug: slug || 'infopunt', createdAt: now, updatedAt: now })
    network = { _id: insertedId }
  }
  for (const slug of networkCollections)
    await collections[slug].collection.updateMany({ network: { $exists: false } }, { $set: { network: network._id } })
  for (const slug of VERSIONED)
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
