import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organisations_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_languages_order_idx\` ON \`organisations_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_languages_parent_idx\` ON \`organisations_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations_accessibility_features\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_accessibility_features_order_idx\` ON \`organisations_accessibility_features\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_accessibility_features_parent_idx\` ON \`organisations_accessibility_features\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_languages_order_idx\` ON \`_organisations_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_languages_parent_idx\` ON \`_organisations_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_version_accessibility_features\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_accessibility_features_order_idx\` ON \`_organisations_v_version_accessibility_features\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_accessibility_features_parent_idx\` ON \`_organisations_v_version_accessibility_features\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_languages_order_idx\` ON \`services_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_languages_parent_idx\` ON \`services_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_opening_hours_order_idx\` ON \`services_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_opening_hours_parent_id_idx\` ON \`services_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_venues_accessibility_features\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services_venues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_venues_accessibility_features_order_idx\` ON \`services_venues_accessibility_features\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_venues_accessibility_features_parent_idx\` ON \`services_venues_accessibility_features\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_venues\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`address_street\` text,
  	\`address_postal_code\` text,
  	\`address_city\` text,
  	\`address_latitude\` numeric,
  	\`address_longitude\` numeric,
  	\`accessibility_note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_venues_order_idx\` ON \`services_venues\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_venues_parent_id_idx\` ON \`services_venues\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_languages_order_idx\` ON \`_services_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_languages_parent_idx\` ON \`_services_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`weekday\` text NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_opening_hours_order_idx\` ON \`_services_v_version_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_opening_hours_parent_id_idx\` ON \`_services_v_version_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_venues_accessibility_features\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v_version_venues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_venues_accessibility_features_order_idx\` ON \`_services_v_version_venues_accessibility_features\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_venues_accessibility_features_parent_idx\` ON \`_services_v_version_venues_accessibility_features\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_venues\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`address_street\` text,
  	\`address_postal_code\` text,
  	\`address_city\` text,
  	\`address_latitude\` numeric,
  	\`address_longitude\` numeric,
  	\`accessibility_note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_venues_order_idx\` ON \`_services_v_version_venues\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_venues_parent_id_idx\` ON \`_services_v_version_venues\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`eligibility\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`cost_kind\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`cost_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`cost_note\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`application_process\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`accessibility_note\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`contact_address_latitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`contact_address_longitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_eligibility\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_cost_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_cost_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_cost_note\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_application_process\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_accessibility_note\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_contact_address_latitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_contact_address_longitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`eligibility\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`cost_kind\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`cost_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`cost_note\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`application_process\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_eligibility\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_cost_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_cost_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_cost_note\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_application_process\` text;`)
  await db.run(sql`ALTER TABLE \`locations\` ADD \`address_latitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`locations\` ADD \`address_longitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`_locations_v\` ADD \`version_address_latitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`_locations_v\` ADD \`version_address_longitude\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organisations_languages\`;`)
  await db.run(sql`DROP TABLE \`organisations_accessibility_features\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_accessibility_features\`;`)
  await db.run(sql`DROP TABLE \`services_languages\`;`)
  await db.run(sql`DROP TABLE \`services_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`services_venues_accessibility_features\`;`)
  await db.run(sql`DROP TABLE \`services_venues\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_venues_accessibility_features\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_venues\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`eligibility\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`cost_kind\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`cost_amount\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`cost_note\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`application_process\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`accessibility_note\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`contact_address_latitude\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`contact_address_longitude\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_eligibility\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_cost_kind\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_cost_amount\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_cost_note\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_application_process\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_accessibility_note\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_contact_address_latitude\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_contact_address_longitude\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`eligibility\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`cost_kind\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`cost_amount\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`cost_note\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`application_process\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_eligibility\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_cost_kind\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_cost_amount\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_cost_note\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_application_process\`;`)
  await db.run(sql`ALTER TABLE \`locations\` DROP COLUMN \`address_latitude\`;`)
  await db.run(sql`ALTER TABLE \`locations\` DROP COLUMN \`address_longitude\`;`)
  await db.run(sql`ALTER TABLE \`_locations_v\` DROP COLUMN \`version_address_latitude\`;`)
  await db.run(sql`ALTER TABLE \`_locations_v\` DROP COLUMN \`version_address_longitude\`;`)
}
