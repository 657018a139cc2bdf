import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

const NAMED_PER_NETWORK = ['trainings', 'locations'] as const

/** In each collection named per network: the unique index on `from` goes, one on `to` takes its place. */
const replaceUniqueIndex = async (
  payload: MigrateUpArgs['payload'],
  from: Record<string, 1>,
  to: Record<string, 1>,
): Promise<void> => {
  for (const slug of NAMED_PER_NETWORK) {
    const collection = payload.db.collections[slug].collection
    const old = (await collection.indexes()).find(
      (index) => index.unique && Object.keys(index.key).join(',') === Object.keys(from).join(','),
    )
    if (old?.name) await collection.dropIndex(old.name)
    await collection.createIndex(to, { unique: true })
  }
}

/**
 * Names of trainings and Infopunten are unique per network, no longer across the installation: the
 * unique index on the name alone goes (Payload makes the one on network and name from the config).
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  await replaceUniqueIndex(payload, { name: 1 }, { network: 1, name: 1 })
}

/** Back to one name per installation; fails if two networks have since used the same name. */
export async function down({ payload }: MigrateDownArgs): Promise<void> {
  await replaceUniqueIndex(payload, { network: 1, name: 1 }, { name: 1 })
}
