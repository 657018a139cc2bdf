import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { rebuildTallies } from '../../registrations/tallies'

/**
 * The report tallies now also count per month: all tallies are counted again from the registrations.
 * Outside the migration's session (the recount commits per 500 tallies); counting again is harmless.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  if ((await payload.db.count({ collection: 'registrations', where: {} })).totalDocs === 0) return
  const { registrations, tallies } = await rebuildTallies(payload)
  payload.logger.info(`Report tallies: ${tallies} tallies for ${registrations} registrations.`)
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  // The months' tallies (day YYYY-MM); the days' tallies stay as they are.
  await payload.db.collections['registration-tallies'].deleteMany({ day: { $regex: '^\\d{4}-\\d{2}$' } })
}
