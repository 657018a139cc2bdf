import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

const NAMED_PER_NETWORK = ['trainings', 'locations'] as const

/**
 * Names of trainings and Infopunten are unique per network, no longer across the installation: the
 * unique index on the name alone goes (Payload makes the one on network and name from the config).
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  for (const slug of NAMED_PER_NETWORK) {
    const collection = payload.db.collections[slug].collection
    const nameOnly = (await collection.indexes()).find(
      (index) => index.unique && Object.keys(index.key).join(',') === 'name',
    )
    if (nameOnly?.name) await collection.dropIndex(nameOnly.name)
    await collection.createIndex({ network: 1, name: 1 }, { unique: true })
  }
}

/** Back to one name per installation; fails if two networks have since used the same name. */
export async function down({ payload }: MigrateDownArgs): Promise<void> {
  for (const slug of NAMED_PER_NETWORK) {
    const collection = payload.db.collections[slug].collection
    const perNetwork = (await collection.indexes()).find(
      (index) => index.unique && Object.keys(index.key).join(',') === 'network,name',
    )
    if (perNetwork?.name) await collection.dropIndex(perNetwork.name)
    await collection.createIndex({ name: 1 }, { unique: true })
  }
}
