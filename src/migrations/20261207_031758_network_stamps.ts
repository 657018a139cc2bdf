import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`directory_state\`;`)
  await db.run(sql`ALTER TABLE \`networks\` ADD \`directory_stamp\` text;`)
  await db.run(sql`ALTER TABLE \`networks\` ADD \`startpage_stamp\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`directory_state\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stamp\` text DEFAULT 'initial',
  	\`startpage_stamp\` text DEFAULT 'initial',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`networks\` DROP COLUMN \`directory_stamp\`;`)
  await db.run(sql`ALTER TABLE \`networks\` DROP COLUMN \`startpage_stamp\`;`)
}
