import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`networks\` ADD \`brand_name\` text;`)
  await db.run(sql`ALTER TABLE \`networks\` ADD \`brand_logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`networks\` ADD \`brand_primary_colour\` text;`)
  await db.run(sql`ALTER TABLE \`networks\` ADD \`brand_intro_text\` text;`)
  await db.run(sql`CREATE INDEX \`networks_brand_brand_logo_idx\` ON \`networks\` (\`brand_logo_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_networks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`directory_stamp\` text,
  	\`startpage_stamp\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_networks\`("id", "name", "slug", "directory_stamp", "startpage_stamp", "updated_at", "created_at") SELECT "id", "name", "slug", "directory_stamp", "startpage_stamp", "updated_at", "created_at" FROM \`networks\`;`)
  await db.run(sql`DROP TABLE \`networks\`;`)
  await db.run(sql`ALTER TABLE \`__new_networks\` RENAME TO \`networks\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`networks_name_idx\` ON \`networks\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`networks_slug_idx\` ON \`networks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`networks_updated_at_idx\` ON \`networks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`networks_created_at_idx\` ON \`networks\` (\`created_at\`);`)
}
