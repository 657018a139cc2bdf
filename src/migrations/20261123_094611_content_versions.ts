import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_themes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_parent_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_themes_v_parent_idx\` ON \`_themes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_name_idx\` ON \`_themes_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_slug_idx\` ON \`_themes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_parent_idx\` ON \`_themes_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_updated_by_idx\` ON \`_themes_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_updated_at_idx\` ON \`_themes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_created_at_idx\` ON \`_themes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_created_at_idx\` ON \`_themes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_updated_at_idx\` ON \`_themes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_themes_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_themes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_themes_v_texts_order_parent\` ON \`_themes_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_locations_v_version_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`weekday\` text NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_locations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_locations_v_version_opening_hours_order_idx\` ON \`_locations_v_version_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_opening_hours_parent_id_idx\` ON \`_locations_v_version_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_locations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_kern\` text NOT NULL,
  	\`version_municipality\` text NOT NULL,
  	\`version_venue\` text,
  	\`version_address_street\` text,
  	\`version_address_postal_code\` text,
  	\`version_address_city\` text,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_locations_v_parent_idx\` ON \`_locations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_name_idx\` ON \`_locations_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_kern_idx\` ON \`_locations_v\` (\`version_kern\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_municipality_idx\` ON \`_locations_v\` (\`version_municipality\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_updated_by_idx\` ON \`_locations_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_updated_at_idx\` ON \`_locations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_created_at_idx\` ON \`_locations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_created_at_idx\` ON \`_locations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_updated_at_idx\` ON \`_locations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_locations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_locations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_locations_v_rels_order_idx\` ON \`_locations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_rels_parent_idx\` ON \`_locations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_rels_path_idx\` ON \`_locations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_rels_users_id_idx\` ON \`_locations_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_referral_mailboxes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_email\` text NOT NULL,
  	\`version_location_id\` integer NOT NULL,
  	\`version_purpose\` text,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`referral_mailboxes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_location_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_parent_idx\` ON \`_referral_mailboxes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_version_version_email_idx\` ON \`_referral_mailboxes_v\` (\`version_email\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_version_version_location_idx\` ON \`_referral_mailboxes_v\` (\`version_location_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_version_version_updated_by_idx\` ON \`_referral_mailboxes_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_version_version_updated_at_idx\` ON \`_referral_mailboxes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_version_version_created_at_idx\` ON \`_referral_mailboxes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_created_at_idx\` ON \`_referral_mailboxes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_updated_at_idx\` ON \`_referral_mailboxes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_referral_mailboxes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_referral_mailboxes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_rels_order_idx\` ON \`_referral_mailboxes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_rels_parent_idx\` ON \`_referral_mailboxes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_rels_path_idx\` ON \`_referral_mailboxes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_rels_users_id_idx\` ON \`_referral_mailboxes_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_digital_sources_v_version_audience_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_digital_sources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_version_audience_roles_order_idx\` ON \`_digital_sources_v_version_audience_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_version_audience_roles_parent_idx\` ON \`_digital_sources_v_version_audience_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_digital_sources_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_url\` text NOT NULL,
  	\`version_description\` text,
  	\`version_category\` text DEFAULT 'other' NOT NULL,
  	\`version_pinned\` integer DEFAULT false,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_last_check_status\` text DEFAULT 'unchecked',
  	\`version_last_check_http_status\` numeric,
  	\`version_last_check_final_url\` text,
  	\`version_last_check_redirects\` text,
  	\`version_last_check_error\` text,
  	\`version_last_check_checked_at\` text,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`digital_sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_parent_idx\` ON \`_digital_sources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_version_version_updated_by_idx\` ON \`_digital_sources_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_version_version_updated_at_idx\` ON \`_digital_sources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_version_version_created_at_idx\` ON \`_digital_sources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_created_at_idx\` ON \`_digital_sources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_updated_at_idx\` ON \`_digital_sources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_work_documents_v_version_audience_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_work_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_work_documents_v_version_audience_roles_order_idx\` ON \`_work_documents_v_version_audience_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_version_audience_roles_parent_idx\` ON \`_work_documents_v_version_audience_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_work_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_category\` text NOT NULL,
  	\`version_version_date\` text NOT NULL,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`work_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_work_documents_v_parent_idx\` ON \`_work_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_version_version_updated_by_idx\` ON \`_work_documents_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_version_version_updated_at_idx\` ON \`_work_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_version_version_created_at_idx\` ON \`_work_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_version_version_filename_idx\` ON \`_work_documents_v\` (\`version_filename\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_created_at_idx\` ON \`_work_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_updated_at_idx\` ON \`_work_documents_v\` (\`updated_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_themes_v\`;`)
  await db.run(sql`DROP TABLE \`_themes_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_locations_v_version_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`_locations_v\`;`)
  await db.run(sql`DROP TABLE \`_locations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_referral_mailboxes_v\`;`)
  await db.run(sql`DROP TABLE \`_referral_mailboxes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_digital_sources_v_version_audience_roles\`;`)
  await db.run(sql`DROP TABLE \`_digital_sources_v\`;`)
  await db.run(sql`DROP TABLE \`_work_documents_v_version_audience_roles\`;`)
  await db.run(sql`DROP TABLE \`_work_documents_v\`;`)
}
