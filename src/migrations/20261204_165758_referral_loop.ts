import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`referrals_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`by\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`referrals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`referrals_history_order_idx\` ON \`referrals_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`referrals_history_parent_id_idx\` ON \`referrals_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`referral_links\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`referral_links_hash_idx\` ON \`referral_links\` (\`hash\`);`)
  await db.run(sql`CREATE INDEX \`referral_links_referral_idx\` ON \`referral_links\` (\`referral_id\`);`)
  await db.run(sql`CREATE INDEX \`referral_links_updated_at_idx\` ON \`referral_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`referral_links_created_at_idx\` ON \`referral_links\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`referral_mailboxes\` ADD \`digest_sent_on\` text;`)
  await db.run(sql`ALTER TABLE \`_referral_mailboxes_v\` ADD \`version_digest_sent_on\` text;`)
  // Referrals made before the loop get a code too: "INF-0<id>" (new codes never contain a 0). SQLite
  // cannot add a NOT NULL column without a default to a filled table; Payload requires the code on write.
  await db.run(sql`ALTER TABLE \`referrals\` ADD \`code\` text;`)
  await db.run(sql`UPDATE \`referrals\` SET \`code\` = 'INF-0' || \`id\`;`)
  await db.run(sql`ALTER TABLE \`referrals\` ADD \`location_id\` integer REFERENCES locations(id);`)
  await db.run(sql`ALTER TABLE \`referrals\` ADD \`status\` text DEFAULT 'sent' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`referrals\` ADD \`outcome_reason\` text;`)
  await db.run(sql`ALTER TABLE \`referrals\` ADD \`first_answer_at\` text;`)
  await db.run(sql`ALTER TABLE \`referrals\` ADD \`reminder_sent_at\` text;`)
  // Earlier referrals had no links to answer with: no reminder for them.
  await db.run(sql`UPDATE \`referrals\` SET \`reminder_sent_at\` = \`created_at\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`referrals_code_idx\` ON \`referrals\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`referrals_location_idx\` ON \`referrals\` (\`location_id\`);`)
  await db.run(sql`CREATE INDEX \`referrals_status_idx\` ON \`referrals\` (\`status\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`referral_links_id\` integer REFERENCES referral_links(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referral_links_id_idx\` ON \`payload_locked_documents_rels\` (\`referral_links_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`referrals_history\`;`)
  await db.run(sql`DROP TABLE \`referral_links\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_referrals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`mailbox_id\` integer,
  	\`method\` text NOT NULL,
  	\`referred_by_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`mailbox_id\`) REFERENCES \`referral_mailboxes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`referred_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_referrals\`("id", "organisation_id", "mailbox_id", "method", "referred_by_id", "updated_at", "created_at") SELECT "id", "organisation_id", "mailbox_id", "method", "referred_by_id", "updated_at", "created_at" FROM \`referrals\`;`)
  await db.run(sql`DROP TABLE \`referrals\`;`)
  await db.run(sql`ALTER TABLE \`__new_referrals\` RENAME TO \`referrals\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`referrals_organisation_idx\` ON \`referrals\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`referrals_mailbox_idx\` ON \`referrals\` (\`mailbox_id\`);`)
  await db.run(sql`CREATE INDEX \`referrals_referred_by_idx\` ON \`referrals\` (\`referred_by_id\`);`)
  await db.run(sql`CREATE INDEX \`referrals_updated_at_idx\` ON \`referrals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`referrals_created_at_idx\` ON \`referrals\` (\`created_at\`);`)
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
  await db.run(sql`ALTER TABLE \`referral_mailboxes\` DROP COLUMN \`digest_sent_on\`;`)
  await db.run(sql`ALTER TABLE \`_referral_mailboxes_v\` DROP COLUMN \`version_digest_sent_on\`;`)
}
