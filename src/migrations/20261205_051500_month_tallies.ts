import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildTallies } from '../registrations/tallies'

/**
 * The report tallies now also count per month. Counting all tallies again from the registrations
 * adds the months' tallies (and, on a database from before the tallies, counts what was stored).
 * Counting reads registrations through the current config, so it stays in the migration after their
 * last schema change; counting again is harmless.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const { registrations, tallies } = await rebuildTallies(payload, {}, req)
  payload.logger.info(`Report tallies: ${tallies} tallies for ${registrations} registrations.`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The months' tallies (day YYYY-MM); the days' tallies stay as they are.
  await db.run(sql`DELETE FROM \`registration_tallies\` WHERE length(\`day\`) = 7;`)
}
