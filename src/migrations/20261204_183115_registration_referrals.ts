import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`registrations_rels\` ADD \`referrals_id\` integer REFERENCES referrals(id);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_referrals_id_idx\` ON \`registrations_rels\` (\`referrals_id\`);`)
  // The registrations stored before the tallies existed are counted in 20261205_051500_month_tallies.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_registrations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_registrations_rels\`("id", "order", "parent_id", "path", "themes_id", "organisations_id") SELECT "id", "order", "parent_id", "path", "themes_id", "organisations_id" FROM \`registrations_rels\`;`)
  await db.run(sql`DROP TABLE \`registrations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations_rels\` RENAME TO \`registrations_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`registrations_rels_order_idx\` ON \`registrations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_parent_idx\` ON \`registrations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_path_idx\` ON \`registrations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_themes_id_idx\` ON \`registrations_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_organisations_id_idx\` ON \`registrations_rels\` (\`organisations_id\`);`)
}
