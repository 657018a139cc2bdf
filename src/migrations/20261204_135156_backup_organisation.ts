import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`locations\` ADD \`backup_organisation_id\` integer REFERENCES organisations(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`locations\` ADD \`backup_phone\` text;`)
  await db.run(sql`CREATE INDEX \`locations_backup_backup_organisation_idx\` ON \`locations\` (\`backup_organisation_id\`);`)
  await db.run(sql`ALTER TABLE \`_locations_v\` ADD \`version_backup_organisation_id\` integer REFERENCES organisations(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_locations_v\` ADD \`version_backup_phone\` text;`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_backup_version_backup_organisation_idx\` ON \`_locations_v\` (\`version_backup_organisation_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_locations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kern\` text NOT NULL,
  	\`municipality\` text NOT NULL,
  	\`venue\` text,
  	\`address_street\` text,
  	\`address_postal_code\` text,
  	\`address_city\` text,
  	\`staffing_minimum_staff\` numeric DEFAULT 2,
  	\`staffing_require_professional\` integer DEFAULT true,
  	\`staffing_pairing_enforcement\` text DEFAULT 'warn',
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_locations\`("id", "name", "kern", "municipality", "venue", "address_street", "address_postal_code", "address_city", "staffing_minimum_staff", "staffing_require_professional", "staffing_pairing_enforcement", "updated_by_id", "updated_at", "created_at") SELECT "id", "name", "kern", "municipality", "venue", "address_street", "address_postal_code", "address_city", "staffing_minimum_staff", "staffing_require_professional", "staffing_pairing_enforcement", "updated_by_id", "updated_at", "created_at" FROM \`locations\`;`)
  await db.run(sql`DROP TABLE \`locations\`;`)
  await db.run(sql`ALTER TABLE \`__new_locations\` RENAME TO \`locations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`locations_name_idx\` ON \`locations\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`locations_kern_idx\` ON \`locations\` (\`kern\`);`)
  await db.run(sql`CREATE INDEX \`locations_municipality_idx\` ON \`locations\` (\`municipality\`);`)
  await db.run(sql`CREATE INDEX \`locations_updated_by_idx\` ON \`locations\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`locations_updated_at_idx\` ON \`locations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`locations_created_at_idx\` ON \`locations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__locations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_kern\` text NOT NULL,
  	\`version_municipality\` text NOT NULL,
  	\`version_venue\` text,
  	\`version_address_street\` text,
  	\`version_address_postal_code\` text,
  	\`version_address_city\` text,
  	\`version_staffing_minimum_staff\` numeric DEFAULT 2,
  	\`version_staffing_require_professional\` integer DEFAULT true,
  	\`version_staffing_pairing_enforcement\` text DEFAULT 'warn',
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__locations_v\`("id", "parent_id", "version_name", "version_kern", "version_municipality", "version_venue", "version_address_street", "version_address_postal_code", "version_address_city", "version_staffing_minimum_staff", "version_staffing_require_professional", "version_staffing_pairing_enforcement", "version_updated_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_name", "version_kern", "version_municipality", "version_venue", "version_address_street", "version_address_postal_code", "version_address_city", "version_staffing_minimum_staff", "version_staffing_require_professional", "version_staffing_pairing_enforcement", "version_updated_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_locations_v\`;`)
  await db.run(sql`DROP TABLE \`_locations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__locations_v\` RENAME TO \`_locations_v\`;`)
  await db.run(sql`CREATE INDEX \`_locations_v_parent_idx\` ON \`_locations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_name_idx\` ON \`_locations_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_kern_idx\` ON \`_locations_v\` (\`version_kern\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_municipality_idx\` ON \`_locations_v\` (\`version_municipality\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_updated_by_idx\` ON \`_locations_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_updated_at_idx\` ON \`_locations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_created_at_idx\` ON \`_locations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_created_at_idx\` ON \`_locations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_updated_at_idx\` ON \`_locations_v\` (\`updated_at\`);`)
}
