import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * `registrations.targetGroup` is now `ageBand` (it holds an age band); the stored values move with it.
 * Outside the migration's session: a rename is atomic per document and running it again changes nothing.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  await payload.db.collections.registrations.updateMany(
    { targetGroup: { $exists: true } },
    { $rename: { targetGroup: 'ageBand' } },
  )
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  await payload.db.collections.registrations.updateMany(
    { ageBand: { $exists: true } },
    { $rename: { ageBand: 'targetGroup' } },
  )
}
