import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { toSlug } from '../fields/slug'
import { DEFAULT_NETWORK_NAME } from '../networks/firstNetwork'

/** Tables of the records that now belong to a network; those with versions keep it in `_<table>_v` too. */
const NETWORK_TABLES = [
  'organisations', 'services', 'incorrect_info_reports', 'organisation_proposals', 'verification_requests',
  'locations', 'referral_mailboxes', 'roster_shifts', 'digital_sources', 'work_documents', 'registrations',
  'export_audits', 'registration_imports', 'directory_imports', 'referrals',
  'referral_links', 'media', 'trainings', 'training_completions', 'invitations',
]
const VERSIONED_TABLES = ['organisations', 'services', 'locations', 'referral_mailboxes', 'digital_sources', 'work_documents']

/**
 * The installation's records become its first network's (named after the brand, DEFAULT_NETWORK_NAME
 * without one) and every account joins it. Only the new columns are written: nothing else changes, not
 * even an `updated_at`. On an empty database the network is there for the first account.
 */
const moveIntoFirstNetwork = async (db: MigrateUpArgs['db']): Promise<void> => {
  const brand = await db.all<{ name: string | null }>(sql`SELECT \`name\` FROM \`brand\` LIMIT 1;`)
  const name = brand[0]?.name?.trim() || DEFAULT_NETWORK_NAME
  const slug = toSlug(name) || toSlug(DEFAULT_NETWORK_NAME)
  await db.run(sql`INSERT INTO \`networks\` (\`name\`, \`slug\`) VALUES (${name}, ${slug});`)
  const [{ id }] = await db.all<{ id: number }>(sql`SELECT \`id\` FROM \`networks\` WHERE \`slug\` = ${slug};`)
  for (const table of NETWORK_TABLES)
    await db.run(sql`UPDATE ${sql.identifier(table)} SET \`network_id\` = ${id} WHERE \`network_id\` IS NULL;`)
  for (const table of VERSIONED_TABLES)
    await db.run(sql`UPDATE ${sql.identifier(`_${table}_v`)} SET \`version_network_id\` = ${id} WHERE \`version_network_id\` IS NULL;`)
  // Array rows carry a text id of 24 hex digits, as Payload makes them.
  await db.run(
    sql`INSERT INTO \`users_networks\` (\`_order\`, \`_parent_id\`, \`id\`, \`network_id\`) SELECT 1, \`id\`, lower(hex(randomblob(12))), ${id} FROM \`users\`;`,
  )
}


export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_networks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`network_id\` integer NOT NULL,
  	FOREIGN KEY (\`network_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_networks_order_idx\` ON \`users_networks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_networks_parent_id_idx\` ON \`users_networks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_networks_network_idx\` ON \`users_networks\` (\`network_id\`);`)
  await db.run(sql`CREATE TABLE \`networks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`networks_name_idx\` ON \`networks\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`networks_slug_idx\` ON \`networks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`networks_updated_at_idx\` ON \`networks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`networks_created_at_idx\` ON \`networks\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`organisations_network_idx\` ON \`organisations\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_network_idx\` ON \`_organisations_v\` (\`version_network_id\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`services_network_idx\` ON \`services\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_network_idx\` ON \`_services_v\` (\`version_network_id\`);`)
  await db.run(sql`ALTER TABLE \`incorrect_info_reports\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`incorrect_info_reports_network_idx\` ON \`incorrect_info_reports\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`organisation_proposals\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`organisation_proposals_network_idx\` ON \`organisation_proposals\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`verification_requests\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`verification_requests_network_idx\` ON \`verification_requests\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`locations\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`locations_network_idx\` ON \`locations\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`_locations_v\` ADD \`version_network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_network_idx\` ON \`_locations_v\` (\`version_network_id\`);`)
  await db.run(sql`ALTER TABLE \`referral_mailboxes\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`referral_mailboxes_network_idx\` ON \`referral_mailboxes\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`_referral_mailboxes_v\` ADD \`version_network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_version_version_network_idx\` ON \`_referral_mailboxes_v\` (\`version_network_id\`);`)
  await db.run(sql`ALTER TABLE \`roster_shifts\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`roster_shifts_network_idx\` ON \`roster_shifts\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`digital_sources\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`digital_sources_network_idx\` ON \`digital_sources\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`_digital_sources_v\` ADD \`version_network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_version_version_network_idx\` ON \`_digital_sources_v\` (\`version_network_id\`);`)
  await db.run(sql`ALTER TABLE \`work_documents\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`work_documents_network_idx\` ON \`work_documents\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`_work_documents_v\` ADD \`version_network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_version_version_network_idx\` ON \`_work_documents_v\` (\`version_network_id\`);`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`registrations_network_idx\` ON \`registrations\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`export_audits\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`export_audits_network_idx\` ON \`export_audits\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`registration_imports\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`registration_imports_network_idx\` ON \`registration_imports\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`directory_imports\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`directory_imports_network_idx\` ON \`directory_imports\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`referrals\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`referrals_network_idx\` ON \`referrals\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`referral_links\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`referral_links_network_idx\` ON \`referral_links\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`media_network_idx\` ON \`media\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`trainings\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`trainings_network_idx\` ON \`trainings\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`training_completions\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`training_completions_network_idx\` ON \`training_completions\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`invitations\` ADD \`network_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`invitations_network_idx\` ON \`invitations\` (\`network_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`networks_id\` integer REFERENCES networks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_networks_id_idx\` ON \`payload_locked_documents_rels\` (\`networks_id\`);`)
  await moveIntoFirstNetwork(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Off for the whole way back: every record still points at a network, and tables are rebuilt.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`users_networks\`;`)
  await db.run(sql`DROP TABLE \`networks\`;`)
  await db.run(sql`CREATE TABLE \`__new_organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_description\` text NOT NULL,
  	\`description\` text,
  	\`kind_of_help\` text DEFAULT 'formal' NOT NULL,
  	\`logo_id\` integer,
  	\`eligibility\` text,
  	\`cost_kind\` text,
  	\`cost_amount\` numeric,
  	\`cost_note\` text,
  	\`application_process\` text,
  	\`accessibility_note\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_website\` text,
  	\`contact_address_street\` text,
  	\`contact_address_postal_code\` text,
  	\`contact_address_city\` text,
  	\`contact_address_latitude\` numeric,
  	\`contact_address_longitude\` numeric,
  	\`referral_instructions\` text,
  	\`referral_contact_person\` text,
  	\`referral_email\` text,
  	\`slug\` text,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`last_verified_at\` text,
  	\`verified_by_id\` integer,
  	\`verified_via\` text,
  	\`verification_requested_at\` text,
  	\`verification_bounced\` integer,
  	\`updated_by_id\` integer,
  	\`hsds_id\` text,
  	\`hsds_imported\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`verified_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organisations\`("id", "name", "short_description", "description", "kind_of_help", "logo_id", "eligibility", "cost_kind", "cost_amount", "cost_note", "application_process", "accessibility_note", "contact_phone", "contact_email", "contact_website", "contact_address_street", "contact_address_postal_code", "contact_address_city", "contact_address_latitude", "contact_address_longitude", "referral_instructions", "referral_contact_person", "referral_email", "slug", "status", "last_verified_at", "verified_by_id", "verified_via", "verification_requested_at", "verification_bounced", "updated_by_id", "hsds_id", "hsds_imported", "updated_at", "created_at") SELECT "id", "name", "short_description", "description", "kind_of_help", "logo_id", "eligibility", "cost_kind", "cost_amount", "cost_note", "application_process", "accessibility_note", "contact_phone", "contact_email", "contact_website", "contact_address_street", "contact_address_postal_code", "contact_address_city", "contact_address_latitude", "contact_address_longitude", "referral_instructions", "referral_contact_person", "referral_email", "slug", "status", "last_verified_at", "verified_by_id", "verified_via", "verification_requested_at", "verification_bounced", "updated_by_id", "hsds_id", "hsds_imported", "updated_at", "created_at" FROM \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations\` RENAME TO \`organisations\`;`)
  await db.run(sql`CREATE INDEX \`organisations_name_idx\` ON \`organisations\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`organisations_kind_of_help_idx\` ON \`organisations\` (\`kind_of_help\`);`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_status_idx\` ON \`organisations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`organisations_last_verified_at_idx\` ON \`organisations\` (\`last_verified_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_verified_by_idx\` ON \`organisations\` (\`verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_verification_requested_at_idx\` ON \`organisations\` (\`verification_requested_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_verification_bounced_idx\` ON \`organisations\` (\`verification_bounced\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_by_idx\` ON \`organisations\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_hsds_id_idx\` ON \`organisations\` (\`hsds_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_short_description\` text NOT NULL,
  	\`version_description\` text,
  	\`version_kind_of_help\` text DEFAULT 'formal' NOT NULL,
  	\`version_logo_id\` integer,
  	\`version_eligibility\` text,
  	\`version_cost_kind\` text,
  	\`version_cost_amount\` numeric,
  	\`version_cost_note\` text,
  	\`version_application_process\` text,
  	\`version_accessibility_note\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_contact_website\` text,
  	\`version_contact_address_street\` text,
  	\`version_contact_address_postal_code\` text,
  	\`version_contact_address_city\` text,
  	\`version_contact_address_latitude\` numeric,
  	\`version_contact_address_longitude\` numeric,
  	\`version_referral_instructions\` text,
  	\`version_referral_contact_person\` text,
  	\`version_referral_email\` text,
  	\`version_slug\` text,
  	\`version_status\` text DEFAULT 'active' NOT NULL,
  	\`version_last_verified_at\` text,
  	\`version_verified_by_id\` integer,
  	\`version_verified_via\` text,
  	\`version_verification_requested_at\` text,
  	\`version_verification_bounced\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_hsds_id\` text,
  	\`version_hsds_imported\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_verified_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__organisations_v\`("id", "parent_id", "version_name", "version_short_description", "version_description", "version_kind_of_help", "version_logo_id", "version_eligibility", "version_cost_kind", "version_cost_amount", "version_cost_note", "version_application_process", "version_accessibility_note", "version_contact_phone", "version_contact_email", "version_contact_website", "version_contact_address_street", "version_contact_address_postal_code", "version_contact_address_city", "version_contact_address_latitude", "version_contact_address_longitude", "version_referral_instructions", "version_referral_contact_person", "version_referral_email", "version_slug", "version_status", "version_last_verified_at", "version_verified_by_id", "version_verified_via", "version_verification_requested_at", "version_verification_bounced", "version_updated_by_id", "version_hsds_id", "version_hsds_imported", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_name", "version_short_description", "version_description", "version_kind_of_help", "version_logo_id", "version_eligibility", "version_cost_kind", "version_cost_amount", "version_cost_note", "version_application_process", "version_accessibility_note", "version_contact_phone", "version_contact_email", "version_contact_website", "version_contact_address_street", "version_contact_address_postal_code", "version_contact_address_city", "version_contact_address_latitude", "version_contact_address_longitude", "version_referral_instructions", "version_referral_contact_person", "version_referral_email", "version_slug", "version_status", "version_last_verified_at", "version_verified_by_id", "version_verified_via", "version_verification_requested_at", "version_verification_bounced", "version_updated_by_id", "version_hsds_id", "version_hsds_imported", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__organisations_v\` RENAME TO \`_organisations_v\`;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_name_idx\` ON \`_organisations_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_kind_of_help_idx\` ON \`_organisations_v\` (\`version_kind_of_help\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_logo_idx\` ON \`_organisations_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_slug_idx\` ON \`_organisations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_status_idx\` ON \`_organisations_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_last_verified_at_idx\` ON \`_organisations_v\` (\`version_last_verified_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_verified_by_idx\` ON \`_organisations_v\` (\`version_verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_verification_requested__idx\` ON \`_organisations_v\` (\`version_verification_requested_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_verification_bounced_idx\` ON \`_organisations_v\` (\`version_verification_bounced\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_by_idx\` ON \`_organisations_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_hsds_id_idx\` ON \`_organisations_v\` (\`version_hsds_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`description\` text NOT NULL,
  	\`kind_of_help\` text DEFAULT 'formal' NOT NULL,
  	\`eligibility\` text,
  	\`cost_kind\` text,
  	\`cost_amount\` numeric,
  	\`cost_note\` text,
  	\`application_process\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_website\` text,
  	\`referral_instructions\` text,
  	\`referral_contact_person\` text,
  	\`referral_email\` text,
  	\`slug\` text,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`updated_by_id\` integer,
  	\`hsds_id\` text,
  	\`hsds_imported\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_services\`("id", "name", "organisation_id", "description", "kind_of_help", "eligibility", "cost_kind", "cost_amount", "cost_note", "application_process", "contact_phone", "contact_email", "contact_website", "referral_instructions", "referral_contact_person", "referral_email", "slug", "status", "updated_by_id", "hsds_id", "hsds_imported", "updated_at", "created_at") SELECT "id", "name", "organisation_id", "description", "kind_of_help", "eligibility", "cost_kind", "cost_amount", "cost_note", "application_process", "contact_phone", "contact_email", "contact_website", "referral_instructions", "referral_contact_person", "referral_email", "slug", "status", "updated_by_id", "hsds_id", "hsds_imported", "updated_at", "created_at" FROM \`services\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`ALTER TABLE \`__new_services\` RENAME TO \`services\`;`)
  await db.run(sql`CREATE INDEX \`services_name_idx\` ON \`services\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`services_organisation_idx\` ON \`services\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`services_kind_of_help_idx\` ON \`services\` (\`kind_of_help\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_status_idx\` ON \`services\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_by_idx\` ON \`services\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`services_hsds_id_idx\` ON \`services\` (\`hsds_id\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_organisation_id\` integer NOT NULL,
  	\`version_description\` text NOT NULL,
  	\`version_kind_of_help\` text DEFAULT 'formal' NOT NULL,
  	\`version_eligibility\` text,
  	\`version_cost_kind\` text,
  	\`version_cost_amount\` numeric,
  	\`version_cost_note\` text,
  	\`version_application_process\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_contact_website\` text,
  	\`version_referral_instructions\` text,
  	\`version_referral_contact_person\` text,
  	\`version_referral_email\` text,
  	\`version_slug\` text,
  	\`version_status\` text DEFAULT 'active' NOT NULL,
  	\`version_updated_by_id\` integer,
  	\`version_hsds_id\` text,
  	\`version_hsds_imported\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__services_v\`("id", "parent_id", "version_name", "version_organisation_id", "version_description", "version_kind_of_help", "version_eligibility", "version_cost_kind", "version_cost_amount", "version_cost_note", "version_application_process", "version_contact_phone", "version_contact_email", "version_contact_website", "version_referral_instructions", "version_referral_contact_person", "version_referral_email", "version_slug", "version_status", "version_updated_by_id", "version_hsds_id", "version_hsds_imported", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_name", "version_organisation_id", "version_description", "version_kind_of_help", "version_eligibility", "version_cost_kind", "version_cost_amount", "version_cost_note", "version_application_process", "version_contact_phone", "version_contact_email", "version_contact_website", "version_referral_instructions", "version_referral_contact_person", "version_referral_email", "version_slug", "version_status", "version_updated_by_id", "version_hsds_id", "version_hsds_imported", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v\` RENAME TO \`_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_name_idx\` ON \`_services_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_organisation_idx\` ON \`_services_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_kind_of_help_idx\` ON \`_services_v\` (\`version_kind_of_help\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_status_idx\` ON \`_services_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_by_idx\` ON \`_services_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_hsds_id_idx\` ON \`_services_v\` (\`version_hsds_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_incorrect_info_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`note\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`reported_by_id\` integer,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reported_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_incorrect_info_reports\`("id", "organisation_id", "kind", "note", "status", "reported_by_id", "resolved_by_id", "resolved_at", "updated_at", "created_at") SELECT "id", "organisation_id", "kind", "note", "status", "reported_by_id", "resolved_by_id", "resolved_at", "updated_at", "created_at" FROM \`incorrect_info_reports\`;`)
  await db.run(sql`DROP TABLE \`incorrect_info_reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_incorrect_info_reports\` RENAME TO \`incorrect_info_reports\`;`)
  await db.run(sql`CREATE INDEX \`incorrect_info_reports_organisation_idx\` ON \`incorrect_info_reports\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`incorrect_info_reports_status_idx\` ON \`incorrect_info_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`incorrect_info_reports_reported_by_idx\` ON \`incorrect_info_reports\` (\`reported_by_id\`);`)
  await db.run(sql`CREATE INDEX \`incorrect_info_reports_resolved_by_idx\` ON \`incorrect_info_reports\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`incorrect_info_reports_updated_at_idx\` ON \`incorrect_info_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`incorrect_info_reports_created_at_idx\` ON \`incorrect_info_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_organisation_proposals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`request_id\` integer NOT NULL,
  	\`changes\` text NOT NULL,
  	\`note\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`accepted_fields\` text,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`verification_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organisation_proposals\`("id", "organisation_id", "request_id", "changes", "note", "status", "accepted_fields", "decided_by_id", "decided_at", "updated_at", "created_at") SELECT "id", "organisation_id", "request_id", "changes", "note", "status", "accepted_fields", "decided_by_id", "decided_at", "updated_at", "created_at" FROM \`organisation_proposals\`;`)
  await db.run(sql`DROP TABLE \`organisation_proposals\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisation_proposals\` RENAME TO \`organisation_proposals\`;`)
  await db.run(sql`CREATE INDEX \`organisation_proposals_organisation_idx\` ON \`organisation_proposals\` (\`organisation_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisation_proposals_request_idx\` ON \`organisation_proposals\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`organisation_proposals_status_idx\` ON \`organisation_proposals\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`organisation_proposals_decided_by_idx\` ON \`organisation_proposals\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisation_proposals_updated_at_idx\` ON \`organisation_proposals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisation_proposals_created_at_idx\` ON \`organisation_proposals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_verification_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`purpose\` text NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`used_at\` text,
  	\`delivery\` text DEFAULT 'sent' NOT NULL,
  	\`outcome\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_verification_requests\`("id", "organisation_id", "purpose", "token_hash", "expires_at", "used_at", "delivery", "outcome", "updated_at", "created_at") SELECT "id", "organisation_id", "purpose", "token_hash", "expires_at", "used_at", "delivery", "outcome", "updated_at", "created_at" FROM \`verification_requests\`;`)
  await db.run(sql`DROP TABLE \`verification_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_verification_requests\` RENAME TO \`verification_requests\`;`)
  await db.run(sql`CREATE INDEX \`verification_requests_organisation_idx\` ON \`verification_requests\` (\`organisation_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`verification_requests_token_hash_idx\` ON \`verification_requests\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`verification_requests_updated_at_idx\` ON \`verification_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`verification_requests_created_at_idx\` ON \`verification_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_locations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kern\` text NOT NULL,
  	\`municipality\` text NOT NULL,
  	\`venue\` text,
  	\`address_street\` text,
  	\`address_postal_code\` text,
  	\`address_city\` text,
  	\`address_latitude\` numeric,
  	\`address_longitude\` numeric,
  	\`backup_organisation_id\` integer,
  	\`backup_phone\` text,
  	\`staffing_minimum_staff\` numeric DEFAULT 2,
  	\`staffing_require_professional\` integer DEFAULT true,
  	\`staffing_pairing_enforcement\` text DEFAULT 'warn',
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`backup_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_locations\`("id", "name", "kern", "municipality", "venue", "address_street", "address_postal_code", "address_city", "address_latitude", "address_longitude", "backup_organisation_id", "backup_phone", "staffing_minimum_staff", "staffing_require_professional", "staffing_pairing_enforcement", "updated_by_id", "updated_at", "created_at") SELECT "id", "name", "kern", "municipality", "venue", "address_street", "address_postal_code", "address_city", "address_latitude", "address_longitude", "backup_organisation_id", "backup_phone", "staffing_minimum_staff", "staffing_require_professional", "staffing_pairing_enforcement", "updated_by_id", "updated_at", "created_at" FROM \`locations\`;`)
  await db.run(sql`DROP TABLE \`locations\`;`)
  await db.run(sql`ALTER TABLE \`__new_locations\` RENAME TO \`locations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`locations_name_idx\` ON \`locations\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`locations_kern_idx\` ON \`locations\` (\`kern\`);`)
  await db.run(sql`CREATE INDEX \`locations_municipality_idx\` ON \`locations\` (\`municipality\`);`)
  await db.run(sql`CREATE INDEX \`locations_backup_backup_organisation_idx\` ON \`locations\` (\`backup_organisation_id\`);`)
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
  	\`version_address_latitude\` numeric,
  	\`version_address_longitude\` numeric,
  	\`version_backup_organisation_id\` integer,
  	\`version_backup_phone\` text,
  	\`version_staffing_minimum_staff\` numeric DEFAULT 2,
  	\`version_staffing_require_professional\` integer DEFAULT true,
  	\`version_staffing_pairing_enforcement\` text DEFAULT 'warn',
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_backup_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__locations_v\`("id", "parent_id", "version_name", "version_kern", "version_municipality", "version_venue", "version_address_street", "version_address_postal_code", "version_address_city", "version_address_latitude", "version_address_longitude", "version_backup_organisation_id", "version_backup_phone", "version_staffing_minimum_staff", "version_staffing_require_professional", "version_staffing_pairing_enforcement", "version_updated_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_name", "version_kern", "version_municipality", "version_venue", "version_address_street", "version_address_postal_code", "version_address_city", "version_address_latitude", "version_address_longitude", "version_backup_organisation_id", "version_backup_phone", "version_staffing_minimum_staff", "version_staffing_require_professional", "version_staffing_pairing_enforcement", "version_updated_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_locations_v\`;`)
  await db.run(sql`DROP TABLE \`_locations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__locations_v\` RENAME TO \`_locations_v\`;`)
  await db.run(sql`CREATE INDEX \`_locations_v_parent_idx\` ON \`_locations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_name_idx\` ON \`_locations_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_kern_idx\` ON \`_locations_v\` (\`version_kern\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_municipality_idx\` ON \`_locations_v\` (\`version_municipality\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_backup_version_backup_organisation_idx\` ON \`_locations_v\` (\`version_backup_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_updated_by_idx\` ON \`_locations_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_updated_at_idx\` ON \`_locations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_created_at_idx\` ON \`_locations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_created_at_idx\` ON \`_locations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_updated_at_idx\` ON \`_locations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_referral_mailboxes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`location_id\` integer NOT NULL,
  	\`purpose\` text,
  	\`digest_sent_on\` text,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`location_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_referral_mailboxes\`("id", "email", "location_id", "purpose", "digest_sent_on", "updated_by_id", "updated_at", "created_at") SELECT "id", "email", "location_id", "purpose", "digest_sent_on", "updated_by_id", "updated_at", "created_at" FROM \`referral_mailboxes\`;`)
  await db.run(sql`DROP TABLE \`referral_mailboxes\`;`)
  await db.run(sql`ALTER TABLE \`__new_referral_mailboxes\` RENAME TO \`referral_mailboxes\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`referral_mailboxes_email_idx\` ON \`referral_mailboxes\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`referral_mailboxes_location_idx\` ON \`referral_mailboxes\` (\`location_id\`);`)
  await db.run(sql`CREATE INDEX \`referral_mailboxes_updated_by_idx\` ON \`referral_mailboxes\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`referral_mailboxes_updated_at_idx\` ON \`referral_mailboxes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`referral_mailboxes_created_at_idx\` ON \`referral_mailboxes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__referral_mailboxes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_email\` text NOT NULL,
  	\`version_location_id\` integer NOT NULL,
  	\`version_purpose\` text,
  	\`version_digest_sent_on\` text,
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
  await db.run(sql`INSERT INTO \`__new__referral_mailboxes_v\`("id", "parent_id", "version_email", "version_location_id", "version_purpose", "version_digest_sent_on", "version_updated_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_email", "version_location_id", "version_purpose", "version_digest_sent_on", "version_updated_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_referral_mailboxes_v\`;`)
  await db.run(sql`DROP TABLE \`_referral_mailboxes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__referral_mailboxes_v\` RENAME TO \`_referral_mailboxes_v\`;`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_parent_idx\` ON \`_referral_mailboxes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_version_version_email_idx\` ON \`_referral_mailboxes_v\` (\`version_email\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_version_version_location_idx\` ON \`_referral_mailboxes_v\` (\`version_location_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_version_version_updated_by_idx\` ON \`_referral_mailboxes_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_version_version_updated_at_idx\` ON \`_referral_mailboxes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_version_version_created_at_idx\` ON \`_referral_mailboxes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_created_at_idx\` ON \`_referral_mailboxes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_mailboxes_v_updated_at_idx\` ON \`_referral_mailboxes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_roster_shifts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`location_id\` integer NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`role\` text DEFAULT 'volunteer' NOT NULL,
  	\`organisation_id\` integer,
  	\`notes\` text,
  	\`series_id\` text,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`location_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_roster_shifts\`("id", "location_id", "starts_at", "ends_at", "role", "organisation_id", "notes", "series_id", "updated_by_id", "updated_at", "created_at") SELECT "id", "location_id", "starts_at", "ends_at", "role", "organisation_id", "notes", "series_id", "updated_by_id", "updated_at", "created_at" FROM \`roster_shifts\`;`)
  await db.run(sql`DROP TABLE \`roster_shifts\`;`)
  await db.run(sql`ALTER TABLE \`__new_roster_shifts\` RENAME TO \`roster_shifts\`;`)
  await db.run(sql`CREATE INDEX \`roster_shifts_location_idx\` ON \`roster_shifts\` (\`location_id\`);`)
  await db.run(sql`CREATE INDEX \`roster_shifts_starts_at_idx\` ON \`roster_shifts\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`roster_shifts_ends_at_idx\` ON \`roster_shifts\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`roster_shifts_organisation_idx\` ON \`roster_shifts\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`roster_shifts_series_id_idx\` ON \`roster_shifts\` (\`series_id\`);`)
  await db.run(sql`CREATE INDEX \`roster_shifts_updated_by_idx\` ON \`roster_shifts\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`roster_shifts_updated_at_idx\` ON \`roster_shifts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`roster_shifts_created_at_idx\` ON \`roster_shifts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_digital_sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`description\` text,
  	\`category\` text DEFAULT 'other' NOT NULL,
  	\`pinned\` integer DEFAULT false,
  	\`order\` numeric DEFAULT 100,
  	\`last_check_status\` text DEFAULT 'unchecked',
  	\`last_check_http_status\` numeric,
  	\`last_check_final_url\` text,
  	\`last_check_redirects\` text,
  	\`last_check_error\` text,
  	\`last_check_checked_at\` text,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_digital_sources\`("id", "title", "url", "description", "category", "pinned", "order", "last_check_status", "last_check_http_status", "last_check_final_url", "last_check_redirects", "last_check_error", "last_check_checked_at", "updated_by_id", "updated_at", "created_at") SELECT "id", "title", "url", "description", "category", "pinned", "order", "last_check_status", "last_check_http_status", "last_check_final_url", "last_check_redirects", "last_check_error", "last_check_checked_at", "updated_by_id", "updated_at", "created_at" FROM \`digital_sources\`;`)
  await db.run(sql`DROP TABLE \`digital_sources\`;`)
  await db.run(sql`ALTER TABLE \`__new_digital_sources\` RENAME TO \`digital_sources\`;`)
  await db.run(sql`CREATE INDEX \`digital_sources_updated_by_idx\` ON \`digital_sources\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`digital_sources_updated_at_idx\` ON \`digital_sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`digital_sources_created_at_idx\` ON \`digital_sources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__digital_sources_v\` (
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
  await db.run(sql`INSERT INTO \`__new__digital_sources_v\`("id", "parent_id", "version_title", "version_url", "version_description", "version_category", "version_pinned", "version_order", "version_last_check_status", "version_last_check_http_status", "version_last_check_final_url", "version_last_check_redirects", "version_last_check_error", "version_last_check_checked_at", "version_updated_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_title", "version_url", "version_description", "version_category", "version_pinned", "version_order", "version_last_check_status", "version_last_check_http_status", "version_last_check_final_url", "version_last_check_redirects", "version_last_check_error", "version_last_check_checked_at", "version_updated_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_digital_sources_v\`;`)
  await db.run(sql`DROP TABLE \`_digital_sources_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__digital_sources_v\` RENAME TO \`_digital_sources_v\`;`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_parent_idx\` ON \`_digital_sources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_version_version_updated_by_idx\` ON \`_digital_sources_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_version_version_updated_at_idx\` ON \`_digital_sources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_version_version_created_at_idx\` ON \`_digital_sources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_created_at_idx\` ON \`_digital_sources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_digital_sources_v_updated_at_idx\` ON \`_digital_sources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_work_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`category\` text NOT NULL,
  	\`version_date\` text NOT NULL,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_work_documents\`("id", "title", "category", "version_date", "updated_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "title", "category", "version_date", "updated_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`work_documents\`;`)
  await db.run(sql`DROP TABLE \`work_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_work_documents\` RENAME TO \`work_documents\`;`)
  await db.run(sql`CREATE INDEX \`work_documents_updated_by_idx\` ON \`work_documents\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_documents_updated_at_idx\` ON \`work_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`work_documents_created_at_idx\` ON \`work_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`work_documents_filename_idx\` ON \`work_documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new__work_documents_v\` (
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
  await db.run(sql`INSERT INTO \`__new__work_documents_v\`("id", "parent_id", "version_title", "version_category", "version_version_date", "version_updated_by_id", "version_updated_at", "version_created_at", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "created_at", "updated_at") SELECT "id", "parent_id", "version_title", "version_category", "version_version_date", "version_updated_by_id", "version_updated_at", "version_created_at", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "created_at", "updated_at" FROM \`_work_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_work_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__work_documents_v\` RENAME TO \`_work_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_parent_idx\` ON \`_work_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_version_version_updated_by_idx\` ON \`_work_documents_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_version_version_updated_at_idx\` ON \`_work_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_version_version_created_at_idx\` ON \`_work_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_version_version_filename_idx\` ON \`_work_documents_v\` (\`version_filename\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_created_at_idx\` ON \`_work_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_documents_v_updated_at_idx\` ON \`_work_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`occurred_at\` text NOT NULL,
  	\`location_id\` integer NOT NULL,
  	\`channel\` text DEFAULT 'desk' NOT NULL,
  	\`domain\` text,
  	\`age_band\` text DEFAULT 'unknown' NOT NULL,
  	\`summary\` text,
  	\`answer_type\` text NOT NULL,
  	\`follow_up\` integer DEFAULT false,
  	\`duration_minutes\` numeric,
  	\`registered_by_id\` integer,
  	\`idempotency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`location_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_registrations\`("id", "occurred_at", "location_id", "channel", "domain", "age_band", "summary", "answer_type", "follow_up", "duration_minutes", "registered_by_id", "idempotency_key", "updated_at", "created_at") SELECT "id", "occurred_at", "location_id", "channel", "domain", "age_band", "summary", "answer_type", "follow_up", "duration_minutes", "registered_by_id", "idempotency_key", "updated_at", "created_at" FROM \`registrations\`;`)
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations\` RENAME TO \`registrations\`;`)
  await db.run(sql`CREATE INDEX \`registrations_occurred_at_idx\` ON \`registrations\` (\`occurred_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_location_idx\` ON \`registrations\` (\`location_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_answer_type_idx\` ON \`registrations\` (\`answer_type\`);`)
  await db.run(sql`CREATE INDEX \`registrations_registered_by_idx\` ON \`registrations\` (\`registered_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_idempotency_key_idx\` ON \`registrations\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_export_audits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`format\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`location_id\` integer,
  	\`municipality\` text,
  	\`row_count\` numeric NOT NULL,
  	\`completed\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`location_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_export_audits\`("id", "user_id", "format", "from", "to", "location_id", "municipality", "row_count", "completed", "updated_at", "created_at") SELECT "id", "user_id", "format", "from", "to", "location_id", "municipality", "row_count", "completed", "updated_at", "created_at" FROM \`export_audits\`;`)
  await db.run(sql`DROP TABLE \`export_audits\`;`)
  await db.run(sql`ALTER TABLE \`__new_export_audits\` RENAME TO \`export_audits\`;`)
  await db.run(sql`CREATE INDEX \`export_audits_user_idx\` ON \`export_audits\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`export_audits_location_idx\` ON \`export_audits\` (\`location_id\`);`)
  await db.run(sql`CREATE INDEX \`export_audits_updated_at_idx\` ON \`export_audits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`export_audits_created_at_idx\` ON \`export_audits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_registration_imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`filename\` text,
  	\`format\` text NOT NULL,
  	\`row_count\` numeric NOT NULL,
  	\`added\` numeric NOT NULL,
  	\`duplicates\` numeric NOT NULL,
  	\`rejected\` numeric NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_registration_imports\`("id", "user_id", "filename", "format", "row_count", "added", "duplicates", "rejected", "from", "to", "updated_at", "created_at") SELECT "id", "user_id", "filename", "format", "row_count", "added", "duplicates", "rejected", "from", "to", "updated_at", "created_at" FROM \`registration_imports\`;`)
  await db.run(sql`DROP TABLE \`registration_imports\`;`)
  await db.run(sql`ALTER TABLE \`__new_registration_imports\` RENAME TO \`registration_imports\`;`)
  await db.run(sql`CREATE INDEX \`registration_imports_user_idx\` ON \`registration_imports\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`registration_imports_updated_at_idx\` ON \`registration_imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registration_imports_created_at_idx\` ON \`registration_imports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_directory_imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`source_kind\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`created\` numeric NOT NULL,
  	\`updated\` numeric NOT NULL,
  	\`unchanged\` numeric NOT NULL,
  	\`conflicts\` numeric NOT NULL,
  	\`overwritten\` numeric NOT NULL,
  	\`kept\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_directory_imports\`("id", "user_id", "source_kind", "source", "created", "updated", "unchanged", "conflicts", "overwritten", "kept", "updated_at", "created_at") SELECT "id", "user_id", "source_kind", "source", "created", "updated", "unchanged", "conflicts", "overwritten", "kept", "updated_at", "created_at" FROM \`directory_imports\`;`)
  await db.run(sql`DROP TABLE \`directory_imports\`;`)
  await db.run(sql`ALTER TABLE \`__new_directory_imports\` RENAME TO \`directory_imports\`;`)
  await db.run(sql`CREATE INDEX \`directory_imports_user_idx\` ON \`directory_imports\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`directory_imports_updated_at_idx\` ON \`directory_imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`directory_imports_created_at_idx\` ON \`directory_imports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_referrals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`location_id\` integer,
  	\`mailbox_id\` integer,
  	\`method\` text NOT NULL,
  	\`referred_by_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'sent' NOT NULL,
  	\`outcome_reason\` text,
  	\`first_answer_at\` text,
  	\`reminder_sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`location_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`mailbox_id\`) REFERENCES \`referral_mailboxes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`referred_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_referrals\`("id", "code", "organisation_id", "location_id", "mailbox_id", "method", "referred_by_id", "status", "outcome_reason", "first_answer_at", "reminder_sent_at", "updated_at", "created_at") SELECT "id", "code", "organisation_id", "location_id", "mailbox_id", "method", "referred_by_id", "status", "outcome_reason", "first_answer_at", "reminder_sent_at", "updated_at", "created_at" FROM \`referrals\`;`)
  await db.run(sql`DROP TABLE \`referrals\`;`)
  await db.run(sql`ALTER TABLE \`__new_referrals\` RENAME TO \`referrals\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`referrals_code_idx\` ON \`referrals\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`referrals_organisation_idx\` ON \`referrals\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`referrals_location_idx\` ON \`referrals\` (\`location_id\`);`)
  await db.run(sql`CREATE INDEX \`referrals_mailbox_idx\` ON \`referrals\` (\`mailbox_id\`);`)
  await db.run(sql`CREATE INDEX \`referrals_referred_by_idx\` ON \`referrals\` (\`referred_by_id\`);`)
  await db.run(sql`CREATE INDEX \`referrals_status_idx\` ON \`referrals\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`referrals_updated_at_idx\` ON \`referrals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`referrals_created_at_idx\` ON \`referrals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_referral_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hash\` text NOT NULL,
  	\`purpose\` text NOT NULL,
  	\`referral_id\` integer NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`used_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`referral_id\`) REFERENCES \`referrals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_referral_links\`("id", "hash", "purpose", "referral_id", "expires_at", "used_at", "updated_at", "created_at") SELECT "id", "hash", "purpose", "referral_id", "expires_at", "used_at", "updated_at", "created_at" FROM \`referral_links\`;`)
  await db.run(sql`DROP TABLE \`referral_links\`;`)
  await db.run(sql`ALTER TABLE \`__new_referral_links\` RENAME TO \`referral_links\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`referral_links_hash_idx\` ON \`referral_links\` (\`hash\`);`)
  await db.run(sql`CREATE INDEX \`referral_links_referral_idx\` ON \`referral_links\` (\`referral_id\`);`)
  await db.run(sql`CREATE INDEX \`referral_links_updated_at_idx\` ON \`referral_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`referral_links_created_at_idx\` ON \`referral_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "updated_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename") SELECT "id", "alt", "updated_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_by_idx\` ON \`media\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_trainings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`provider_id\` integer,
  	\`required\` integer DEFAULT true,
  	\`validity_months\` numeric,
  	\`description\` text,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_trainings\`("id", "name", "provider_id", "required", "validity_months", "description", "updated_by_id", "updated_at", "created_at") SELECT "id", "name", "provider_id", "required", "validity_months", "description", "updated_by_id", "updated_at", "created_at" FROM \`trainings\`;`)
  await db.run(sql`DROP TABLE \`trainings\`;`)
  await db.run(sql`ALTER TABLE \`__new_trainings\` RENAME TO \`trainings\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`trainings_name_idx\` ON \`trainings\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`trainings_provider_idx\` ON \`trainings\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_updated_by_idx\` ON \`trainings\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_updated_at_idx\` ON \`trainings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`trainings_created_at_idx\` ON \`trainings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_training_completions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`training_id\` integer NOT NULL,
  	\`completed_on\` text NOT NULL,
  	\`note\` text,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`training_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_training_completions\`("id", "user_id", "training_id", "completed_on", "note", "updated_by_id", "updated_at", "created_at") SELECT "id", "user_id", "training_id", "completed_on", "note", "updated_by_id", "updated_at", "created_at" FROM \`training_completions\`;`)
  await db.run(sql`DROP TABLE \`training_completions\`;`)
  await db.run(sql`ALTER TABLE \`__new_training_completions\` RENAME TO \`training_completions\`;`)
  await db.run(sql`CREATE INDEX \`training_completions_user_idx\` ON \`training_completions\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`training_completions_training_idx\` ON \`training_completions\` (\`training_id\`);`)
  await db.run(sql`CREATE INDEX \`training_completions_updated_by_idx\` ON \`training_completions\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`training_completions_updated_at_idx\` ON \`training_completions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`training_completions_created_at_idx\` ON \`training_completions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_invitations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`invited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`invited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_invitations\`("id", "user_id", "token_hash", "expires_at", "invited_by_id", "updated_at", "created_at") SELECT "id", "user_id", "token_hash", "expires_at", "invited_by_id", "updated_at", "created_at" FROM \`invitations\`;`)
  await db.run(sql`DROP TABLE \`invitations\`;`)
  await db.run(sql`ALTER TABLE \`__new_invitations\` RENAME TO \`invitations\`;`)
  await db.run(sql`CREATE INDEX \`invitations_user_idx\` ON \`invitations\` (\`user_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`invitations_token_hash_idx\` ON \`invitations\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`invitations_invited_by_idx\` ON \`invitations\` (\`invited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`invitations_updated_at_idx\` ON \`invitations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`invitations_created_at_idx\` ON \`invitations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	\`services_id\` integer,
  	\`themes_id\` integer,
  	\`incorrect_info_reports_id\` integer,
  	\`organisation_proposals_id\` integer,
  	\`verification_requests_id\` integer,
  	\`locations_id\` integer,
  	\`referral_mailboxes_id\` integer,
  	\`roster_shifts_id\` integer,
  	\`digital_sources_id\` integer,
  	\`work_documents_id\` integer,
  	\`registrations_id\` integer,
  	\`export_audits_id\` integer,
  	\`registration_imports_id\` integer,
  	\`directory_imports_id\` integer,
  	\`registration_tallies_id\` integer,
  	\`referrals_id\` integer,
  	\`referral_links_id\` integer,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`calendar_feed_tokens_id\` integer,
  	\`trainings_id\` integer,
  	\`training_completions_id\` integer,
  	\`invitations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`incorrect_info_reports_id\`) REFERENCES \`incorrect_info_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisation_proposals_id\`) REFERENCES \`organisation_proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`verification_requests_id\`) REFERENCES \`verification_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`locations_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referral_mailboxes_id\`) REFERENCES \`referral_mailboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roster_shifts_id\`) REFERENCES \`roster_shifts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`digital_sources_id\`) REFERENCES \`digital_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_documents_id\`) REFERENCES \`work_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`export_audits_id\`) REFERENCES \`export_audits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registration_imports_id\`) REFERENCES \`registration_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`directory_imports_id\`) REFERENCES \`directory_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registration_tallies_id\`) REFERENCES \`registration_tallies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referrals_id\`) REFERENCES \`referrals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referral_links_id\`) REFERENCES \`referral_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_feed_tokens_id\`) REFERENCES \`calendar_feed_tokens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`trainings_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_completions_id\`) REFERENCES \`training_completions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invitations_id\`) REFERENCES \`invitations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "services_id", "themes_id", "incorrect_info_reports_id", "organisation_proposals_id", "verification_requests_id", "locations_id", "referral_mailboxes_id", "roster_shifts_id", "digital_sources_id", "work_documents_id", "registrations_id", "export_audits_id", "registration_imports_id", "directory_imports_id", "registration_tallies_id", "referrals_id", "referral_links_id", "users_id", "media_id", "calendar_feed_tokens_id", "trainings_id", "training_completions_id", "invitations_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "services_id", "themes_id", "incorrect_info_reports_id", "organisation_proposals_id", "verification_requests_id", "locations_id", "referral_mailboxes_id", "roster_shifts_id", "digital_sources_id", "work_documents_id", "registrations_id", "export_audits_id", "registration_imports_id", "directory_imports_id", "registration_tallies_id", "referrals_id", "referral_links_id", "users_id", "media_id", "calendar_feed_tokens_id", "trainings_id", "training_completions_id", "invitations_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_incorrect_info_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`incorrect_info_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisation_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`organisation_proposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_verification_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`verification_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_locations_id_idx\` ON \`payload_locked_documents_rels\` (\`locations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referral_mailboxes_id_idx\` ON \`payload_locked_documents_rels\` (\`referral_mailboxes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_roster_shifts_id_idx\` ON \`payload_locked_documents_rels\` (\`roster_shifts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_digital_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`digital_sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`work_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_export_audits_id_idx\` ON \`payload_locked_documents_rels\` (\`export_audits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registration_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`registration_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_directory_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`directory_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registration_tallies_id_idx\` ON \`payload_locked_documents_rels\` (\`registration_tallies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referrals_id_idx\` ON \`payload_locked_documents_rels\` (\`referrals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referral_links_id_idx\` ON \`payload_locked_documents_rels\` (\`referral_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_feed_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_feed_tokens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trainings_id_idx\` ON \`payload_locked_documents_rels\` (\`trainings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_training_completions_id_idx\` ON \`payload_locked_documents_rels\` (\`training_completions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invitations_id_idx\` ON \`payload_locked_documents_rels\` (\`invitations_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
