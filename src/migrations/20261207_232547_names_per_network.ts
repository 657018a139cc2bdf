import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`locations_name_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`network_name_idx\` ON \`locations\` (\`network_id\`,\`name\`);`)
  await db.run(sql`CREATE INDEX \`locations_name_idx\` ON \`locations\` (\`name\`);`)
  await db.run(sql`DROP INDEX \`trainings_name_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`network_name_1_idx\` ON \`trainings\` (\`network_id\`,\`name\`);`)
  await db.run(sql`CREATE INDEX \`trainings_name_idx\` ON \`trainings\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`version_network_version_name_idx\` ON \`_locations_v\` (\`version_network_id\`,\`version_name\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`network_name_idx\`;`)
  await db.run(sql`DROP INDEX \`locations_name_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`locations_name_idx\` ON \`locations\` (\`name\`);`)
  await db.run(sql`DROP INDEX \`version_network_version_name_idx\`;`)
  await db.run(sql`DROP INDEX \`network_name_1_idx\`;`)
  await db.run(sql`DROP INDEX \`trainings_name_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`trainings_name_idx\` ON \`trainings\` (\`name\`);`)
}
