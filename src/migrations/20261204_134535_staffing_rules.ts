import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`locations\` ADD \`staffing_minimum_staff\` numeric DEFAULT 2;`)
  await db.run(sql`ALTER TABLE \`locations\` ADD \`staffing_require_professional\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`locations\` ADD \`staffing_pairing_enforcement\` text DEFAULT 'warn';`)
  await db.run(sql`ALTER TABLE \`_locations_v\` ADD \`version_staffing_minimum_staff\` numeric DEFAULT 2;`)
  await db.run(sql`ALTER TABLE \`_locations_v\` ADD \`version_staffing_require_professional\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_locations_v\` ADD \`version_staffing_pairing_enforcement\` text DEFAULT 'warn';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`locations\` DROP COLUMN \`staffing_minimum_staff\`;`)
  await db.run(sql`ALTER TABLE \`locations\` DROP COLUMN \`staffing_require_professional\`;`)
  await db.run(sql`ALTER TABLE \`locations\` DROP COLUMN \`staffing_pairing_enforcement\`;`)
  await db.run(sql`ALTER TABLE \`_locations_v\` DROP COLUMN \`version_staffing_minimum_staff\`;`)
  await db.run(sql`ALTER TABLE \`_locations_v\` DROP COLUMN \`version_staffing_require_professional\`;`)
  await db.run(sql`ALTER TABLE \`_locations_v\` DROP COLUMN \`version_staffing_pairing_enforcement\`;`)
}
