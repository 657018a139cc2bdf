import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organisation_proposals\` (
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
  await db.run(sql`CREATE INDEX \`organisation_proposals_organisation_idx\` ON \`organisation_proposals\` (\`organisation_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisation_proposals_request_idx\` ON \`organisation_proposals\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`organisation_proposals_status_idx\` ON \`organisation_proposals\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`organisation_proposals_decided_by_idx\` ON \`organisation_proposals\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisation_proposals_updated_at_idx\` ON \`organisation_proposals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisation_proposals_created_at_idx\` ON \`organisation_proposals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`verification_requests\` (
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
  await db.run(sql`CREATE INDEX \`verification_requests_organisation_idx\` ON \`verification_requests\` (\`organisation_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`verification_requests_token_hash_idx\` ON \`verification_requests\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`verification_requests_updated_at_idx\` ON \`verification_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`verification_requests_created_at_idx\` ON \`verification_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`verified_via\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`verification_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`verification_bounced\` integer;`)
  // Every verification so far was made by a staff member.
  await db.run(sql`UPDATE \`organisations\` SET \`verified_via\` = 'staff' WHERE \`last_verified_at\` IS NOT NULL;`)
  await db.run(sql`CREATE INDEX \`organisations_verification_requested_at_idx\` ON \`organisations\` (\`verification_requested_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_verification_bounced_idx\` ON \`organisations\` (\`verification_bounced\`);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_verified_via\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_verification_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_verification_bounced\` integer;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_verification_requested__idx\` ON \`_organisations_v\` (\`version_verification_requested_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_verification_bounced_idx\` ON \`_organisations_v\` (\`version_verification_bounced\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`organisation_proposals_id\` integer REFERENCES organisation_proposals(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`verification_requests_id\` integer REFERENCES verification_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisation_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`organisation_proposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_verification_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`verification_requests_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organisation_proposals\`;`)
  await db.run(sql`DROP TABLE \`verification_requests\`;`)
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
  	\`locations_id\` integer,
  	\`referral_mailboxes_id\` integer,
  	\`roster_shifts_id\` integer,
  	\`digital_sources_id\` integer,
  	\`work_documents_id\` integer,
  	\`registrations_id\` integer,
  	\`export_audits_id\` integer,
  	\`registration_tallies_id\` integer,
  	\`referrals_id\` integer,
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
  	FOREIGN KEY (\`locations_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referral_mailboxes_id\`) REFERENCES \`referral_mailboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roster_shifts_id\`) REFERENCES \`roster_shifts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`digital_sources_id\`) REFERENCES \`digital_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_documents_id\`) REFERENCES \`work_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`export_audits_id\`) REFERENCES \`export_audits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registration_tallies_id\`) REFERENCES \`registration_tallies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referrals_id\`) REFERENCES \`referrals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_feed_tokens_id\`) REFERENCES \`calendar_feed_tokens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`trainings_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_completions_id\`) REFERENCES \`training_completions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invitations_id\`) REFERENCES \`invitations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "services_id", "themes_id", "incorrect_info_reports_id", "locations_id", "referral_mailboxes_id", "roster_shifts_id", "digital_sources_id", "work_documents_id", "registrations_id", "export_audits_id", "registration_tallies_id", "referrals_id", "users_id", "media_id", "calendar_feed_tokens_id", "trainings_id", "training_completions_id", "invitations_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "services_id", "themes_id", "incorrect_info_reports_id", "locations_id", "referral_mailboxes_id", "roster_shifts_id", "digital_sources_id", "work_documents_id", "registrations_id", "export_audits_id", "registration_tallies_id", "referrals_id", "users_id", "media_id", "calendar_feed_tokens_id", "trainings_id", "training_completions_id", "invitations_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_locations_id_idx\` ON \`payload_locked_documents_rels\` (\`locations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referral_mailboxes_id_idx\` ON \`payload_locked_documents_rels\` (\`referral_mailboxes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_roster_shifts_id_idx\` ON \`payload_locked_documents_rels\` (\`roster_shifts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_digital_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`digital_sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`work_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_export_audits_id_idx\` ON \`payload_locked_documents_rels\` (\`export_audits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registration_tallies_id_idx\` ON \`payload_locked_documents_rels\` (\`registration_tallies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referrals_id_idx\` ON \`payload_locked_documents_rels\` (\`referrals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_feed_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_feed_tokens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trainings_id_idx\` ON \`payload_locked_documents_rels\` (\`trainings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_training_completions_id_idx\` ON \`payload_locked_documents_rels\` (\`training_completions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invitations_id_idx\` ON \`payload_locked_documents_rels\` (\`invitations_id\`);`)
  await db.run(sql`DROP INDEX \`organisations_verification_requested_at_idx\`;`)
  await db.run(sql`DROP INDEX \`organisations_verification_bounced_idx\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`verified_via\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`verification_requested_at\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`verification_bounced\`;`)
  await db.run(sql`DROP INDEX \`_organisations_v_version_version_verification_requested__idx\`;`)
  await db.run(sql`DROP INDEX \`_organisations_v_version_version_verification_bounced_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_verified_via\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_verification_requested_at\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_verification_bounced\`;`)
}
