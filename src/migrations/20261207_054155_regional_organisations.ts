import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`regional_offers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`network_id\` integer,
  	\`organisation_id\` integer NOT NULL,
  	\`organisation_name\` text,
  	\`referral_instructions\` text,
  	\`referral_contact_person\` text,
  	\`referral_email\` text,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`network_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`regional_offers_network_idx\` ON \`regional_offers\` (\`network_id\`);`)
  await db.run(sql`CREATE INDEX \`regional_offers_organisation_idx\` ON \`regional_offers\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`regional_offers_updated_by_idx\` ON \`regional_offers\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`regional_offers_updated_at_idx\` ON \`regional_offers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regional_offers_created_at_idx\` ON \`regional_offers\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`regional\` integer;`)
  await db.run(sql`CREATE INDEX \`organisations_regional_idx\` ON \`organisations\` (\`regional\`);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_regional\` integer;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_regional_idx\` ON \`_organisations_v\` (\`version_regional\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`regional_offers_id\` integer REFERENCES regional_offers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regional_offers_id_idx\` ON \`payload_locked_documents_rels\` (\`regional_offers_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`regional_offers\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`networks_id\` integer,
  	\`startpages_id\` integer,
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
  	FOREIGN KEY (\`invitations_id\`) REFERENCES \`invitations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`networks_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`startpages_id\`) REFERENCES \`startpages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "services_id", "themes_id", "incorrect_info_reports_id", "organisation_proposals_id", "verification_requests_id", "locations_id", "referral_mailboxes_id", "roster_shifts_id", "digital_sources_id", "work_documents_id", "registrations_id", "export_audits_id", "registration_imports_id", "directory_imports_id", "registration_tallies_id", "referrals_id", "referral_links_id", "users_id", "media_id", "calendar_feed_tokens_id", "trainings_id", "training_completions_id", "invitations_id", "networks_id", "startpages_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "services_id", "themes_id", "incorrect_info_reports_id", "organisation_proposals_id", "verification_requests_id", "locations_id", "referral_mailboxes_id", "roster_shifts_id", "digital_sources_id", "work_documents_id", "registrations_id", "export_audits_id", "registration_imports_id", "directory_imports_id", "registration_tallies_id", "referrals_id", "referral_links_id", "users_id", "media_id", "calendar_feed_tokens_id", "trainings_id", "training_completions_id", "invitations_id", "networks_id", "startpages_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_networks_id_idx\` ON \`payload_locked_documents_rels\` (\`networks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_startpages_id_idx\` ON \`payload_locked_documents_rels\` (\`startpages_id\`);`)
  await db.run(sql`DROP INDEX \`organisations_regional_idx\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`regional\`;`)
  await db.run(sql`DROP INDEX \`_organisations_v_version_version_regional_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_regional\`;`)
}
