import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * An account's role moves into its rows of networks: the role it held becomes its role in every network
 * it works in. SQLite adds a NOT NULL column only with a default; every row gets its account's role.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users_networks\` ADD \`role\` text DEFAULT 'baliemedewerker' NOT NULL;`)
  await db.run(
    sql`UPDATE \`users_networks\` SET \`role\` = (SELECT \`role\` FROM \`users\` WHERE \`users\`.\`id\` = \`users_networks\`.\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`role\`;`)
}

/** Back to one role per account: the one held in its first network. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`role\` text DEFAULT 'baliemedewerker' NOT NULL;`)
  await db.run(
    sql`UPDATE \`users\` SET \`role\` = COALESCE((SELECT \`role\` FROM \`users_networks\` WHERE \`users_networks\`.\`_parent_id\` = \`users\`.\`id\` ORDER BY \`_order\` LIMIT 1), 'baliemedewerker');`,
  )
  await db.run(sql`ALTER TABLE \`users_networks\` DROP COLUMN \`role\`;`)
}
