import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** The municipality record of a row's network and municipality name (columns of `table`, the outer row). */
const MUNICIPALITY_OF = (table: string, network: string, municipality: string) =>
  `(SELECT "municipalities"."id" FROM "municipalities" WHERE "municipalities"."name" = "${table}"."${municipality}"
    AND "municipalities"."network_id" IS "${table}"."${network}")`

/** The kern record of a row's network, municipality name and kern name. */
const KERN_OF = (table: string, network: string, municipality: string, kern: string) =>
  `(SELECT "kernen"."id" FROM "kernen" JOIN "municipalities" ON "municipalities"."id" = "kernen"."municipality_id"
    WHERE "kernen"."name" = "${table}"."${kern}" AND "municipalities"."name" = "${table}"."${municipality}"
    AND "kernen"."network_id" IS "${table}"."${network}")`

/** A kern's name, for a row of `table` that names it by id. */
const KERN_NAME_OF = (table: string, kern: string) =>
  `(SELECT "kernen"."name" FROM "kernen" WHERE "kernen"."id" = "${table}"."${kern}")`

/** The name of the municipality of a row's kern (the municipality it names follows from it). */
const MUNICIPALITY_NAME_OF = (table: string, kern: string) =>
  `(SELECT "municipalities"."name" FROM "kernen" JOIN "municipalities" ON "municipalities"."id" = "kernen"."municipality_id"
    WHERE "kernen"."id" = "${table}"."${kern}")`

/**
 * Municipalities and kernen become records of their network's area: every name an Infopunt (or a
 * version of one) gave becomes a record once per network, and the Infopunt names its kern and
 * municipality by id. SQLite changes a column's type only by rebuilding its table.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`municipalities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`network_id\` integer,
  	\`name\` text NOT NULL,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`network_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`municipalities_network_idx\` ON \`municipalities\` (\`network_id\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_name_idx\` ON \`municipalities\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_updated_by_idx\` ON \`municipalities\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_updated_at_idx\` ON \`municipalities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_created_at_idx\` ON \`municipalities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`kernen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`network_id\` integer,
  	\`name\` text NOT NULL,
  	\`municipality_id\` integer NOT NULL,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`network_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`kernen_network_idx\` ON \`kernen\` (\`network_id\`);`)
  await db.run(sql`CREATE INDEX \`kernen_name_idx\` ON \`kernen\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`kernen_municipality_idx\` ON \`kernen\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`kernen_updated_by_idx\` ON \`kernen\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`kernen_updated_at_idx\` ON \`kernen\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kernen_created_at_idx\` ON \`kernen\` (\`created_at\`);`)
  // Every name an Infopunt or one of its versions gave, once per network: nothing of the history is lost.
  await db.run(sql`INSERT INTO \`municipalities\` (\`network_id\`, \`name\`)
    SELECT DISTINCT \`network_id\`, \`municipality\` FROM (
      SELECT \`network_id\`, \`municipality\` FROM \`locations\`
      UNION SELECT \`version_network_id\`, \`version_municipality\` FROM \`_locations_v\`
    ) ORDER BY \`network_id\`, \`municipality\`;`)
  await db.run(sql`INSERT INTO \`kernen\` (\`network_id\`, \`name\`, \`municipality_id\`)
    SELECT DISTINCT \`places\`.\`network_id\`, \`places\`.\`kern\`, \`municipalities\`.\`id\` FROM (
      SELECT \`network_id\`, \`municipality\`, \`kern\` FROM \`locations\`
      UNION SELECT \`version_network_id\`, \`version_municipality\`, \`version_kern\` FROM \`_locations_v\`
    ) AS \`places\` JOIN \`municipalities\` ON \`municipalities\`.\`name\` = \`places\`.\`municipality\`
      AND \`municipalities\`.\`network_id\` IS \`places\`.\`network_id\`
    ORDER BY \`places\`.\`network_id\`, \`municipalities\`.\`name\`, \`places\`.\`kern\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_locations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`network_id\` integer,
  	\`name\` text NOT NULL,
  	\`kern_id\` integer,
  	\`municipality_id\` integer,
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
  	FOREIGN KEY (\`network_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kern_id\`) REFERENCES \`kernen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`backup_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql.raw(`INSERT INTO \`__new_locations\`("id", "network_id", "name", "kern_id", "municipality_id", "venue", "address_street", "address_postal_code", "address_city", "address_latitude", "address_longitude", "backup_organisation_id", "backup_phone", "staffing_minimum_staff", "staffing_require_professional", "staffing_pairing_enforcement", "updated_by_id", "updated_at", "created_at") SELECT "id", "network_id", "name", ${KERN_OF('locations', 'network_id', 'municipality', 'kern')}, ${MUNICIPALITY_OF('locations', 'network_id', 'municipality')}, "venue", "address_street", "address_postal_code", "address_city", "address_latitude", "address_longitude", "backup_organisation_id", "backup_phone", "staffing_minimum_staff", "staffing_require_professional", "staffing_pairing_enforcement", "updated_by_id", "updated_at", "created_at" FROM \`locations\`;`))
  await db.run(sql`DROP TABLE \`locations\`;`)
  await db.run(sql`ALTER TABLE \`__new_locations\` RENAME TO \`locations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`locations_network_idx\` ON \`locations\` (\`network_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`locations_name_idx\` ON \`locations\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`locations_kern_idx\` ON \`locations\` (\`kern_id\`);`)
  await db.run(sql`CREATE INDEX \`locations_municipality_idx\` ON \`locations\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`locations_backup_backup_organisation_idx\` ON \`locations\` (\`backup_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`locations_updated_by_idx\` ON \`locations\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`locations_updated_at_idx\` ON \`locations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`locations_created_at_idx\` ON \`locations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__locations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_network_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_kern_id\` integer,
  	\`version_municipality_id\` integer,
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
  	FOREIGN KEY (\`version_network_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_kern_id\`) REFERENCES \`kernen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_backup_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql.raw(`INSERT INTO \`__new__locations_v\`("id", "parent_id", "version_network_id", "version_name", "version_kern_id", "version_municipality_id", "version_venue", "version_address_street", "version_address_postal_code", "version_address_city", "version_address_latitude", "version_address_longitude", "version_backup_organisation_id", "version_backup_phone", "version_staffing_minimum_staff", "version_staffing_require_professional", "version_staffing_pairing_enforcement", "version_updated_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_network_id", "version_name", ${KERN_OF('_locations_v', 'version_network_id', 'version_municipality', 'version_kern')}, ${MUNICIPALITY_OF('_locations_v', 'version_network_id', 'version_municipality')}, "version_venue", "version_address_street", "version_address_postal_code", "version_address_city", "version_address_latitude", "version_address_longitude", "version_backup_organisation_id", "version_backup_phone", "version_staffing_minimum_staff", "version_staffing_require_professional", "version_staffing_pairing_enforcement", "version_updated_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_locations_v\`;`))
  await db.run(sql`DROP TABLE \`_locations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__locations_v\` RENAME TO \`_locations_v\`;`)
  await db.run(sql`CREATE INDEX \`_locations_v_parent_idx\` ON \`_locations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_network_idx\` ON \`_locations_v\` (\`version_network_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_name_idx\` ON \`_locations_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_kern_idx\` ON \`_locations_v\` (\`version_kern_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_municipality_idx\` ON \`_locations_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_backup_version_backup_organisation_idx\` ON \`_locations_v\` (\`version_backup_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_updated_by_idx\` ON \`_locations_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_updated_at_idx\` ON \`_locations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_created_at_idx\` ON \`_locations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_created_at_idx\` ON \`_locations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_updated_at_idx\` ON \`_locations_v\` (\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`municipalities_id\` integer REFERENCES municipalities(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`kernen_id\` integer REFERENCES kernen(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_municipalities_id_idx\` ON \`payload_locked_documents_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kernen_id_idx\` ON \`payload_locked_documents_rels\` (\`kernen_id\`);`)
}

/** Back to names: each Infopunt and version names its kern and municipality as text again. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_locations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`network_id\` integer,
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
  	FOREIGN KEY (\`network_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`backup_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql.raw(`INSERT INTO \`__new_locations\`("id", "network_id", "name", "kern", "municipality", "venue", "address_street", "address_postal_code", "address_city", "address_latitude", "address_longitude", "backup_organisation_id", "backup_phone", "staffing_minimum_staff", "staffing_require_professional", "staffing_pairing_enforcement", "updated_by_id", "updated_at", "created_at") SELECT "id", "network_id", "name", ${KERN_NAME_OF('locations', 'kern_id')}, ${MUNICIPALITY_NAME_OF('locations', 'kern_id')}, "venue", "address_street", "address_postal_code", "address_city", "address_latitude", "address_longitude", "backup_organisation_id", "backup_phone", "staffing_minimum_staff", "staffing_require_professional", "staffing_pairing_enforcement", "updated_by_id", "updated_at", "created_at" FROM \`locations\`;`))
  await db.run(sql`DROP TABLE \`locations\`;`)
  await db.run(sql`ALTER TABLE \`__new_locations\` RENAME TO \`locations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`locations_network_idx\` ON \`locations\` (\`network_id\`);`)
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
  	\`version_network_id\` integer,
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
  	FOREIGN KEY (\`version_network_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_backup_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql.raw(`INSERT INTO \`__new__locations_v\`("id", "parent_id", "version_network_id", "version_name", "version_kern", "version_municipality", "version_venue", "version_address_street", "version_address_postal_code", "version_address_city", "version_address_latitude", "version_address_longitude", "version_backup_organisation_id", "version_backup_phone", "version_staffing_minimum_staff", "version_staffing_require_professional", "version_staffing_pairing_enforcement", "version_updated_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_network_id", "version_name", ${KERN_NAME_OF('_locations_v', 'version_kern_id')}, ${MUNICIPALITY_NAME_OF('_locations_v', 'version_kern_id')}, "version_venue", "version_address_street", "version_address_postal_code", "version_address_city", "version_address_latitude", "version_address_longitude", "version_backup_organisation_id", "version_backup_phone", "version_staffing_minimum_staff", "version_staffing_require_professional", "version_staffing_pairing_enforcement", "version_updated_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_locations_v\`;`))
  await db.run(sql`DROP TABLE \`_locations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__locations_v\` RENAME TO \`_locations_v\`;`)
  await db.run(sql`CREATE INDEX \`_locations_v_parent_idx\` ON \`_locations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_network_idx\` ON \`_locations_v\` (\`version_network_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_name_idx\` ON \`_locations_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_kern_idx\` ON \`_locations_v\` (\`version_kern\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_municipality_idx\` ON \`_locations_v\` (\`version_municipality\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_backup_version_backup_organisation_idx\` ON \`_locations_v\` (\`version_backup_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_updated_by_idx\` ON \`_locations_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_updated_at_idx\` ON \`_locations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_created_at_idx\` ON \`_locations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_created_at_idx\` ON \`_locations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_updated_at_idx\` ON \`_locations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	\`services_id\` integer,
  	\`regional_offers_id\` integer,
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
  	FOREIGN KEY (\`regional_offers_id\`) REFERENCES \`regional_offers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "services_id", "regional_offers_id", "themes_id", "incorrect_info_reports_id", "organisation_proposals_id", "verification_requests_id", "locations_id", "referral_mailboxes_id", "roster_shifts_id", "digital_sources_id", "work_documents_id", "registrations_id", "export_audits_id", "registration_imports_id", "directory_imports_id", "registration_tallies_id", "referrals_id", "referral_links_id", "users_id", "media_id", "calendar_feed_tokens_id", "trainings_id", "training_completions_id", "invitations_id", "networks_id", "startpages_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "services_id", "regional_offers_id", "themes_id", "incorrect_info_reports_id", "organisation_proposals_id", "verification_requests_id", "locations_id", "referral_mailboxes_id", "roster_shifts_id", "digital_sources_id", "work_documents_id", "registrations_id", "export_audits_id", "registration_imports_id", "directory_imports_id", "registration_tallies_id", "referrals_id", "referral_links_id", "users_id", "media_id", "calendar_feed_tokens_id", "trainings_id", "training_completions_id", "invitations_id", "networks_id", "startpages_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regional_offers_id_idx\` ON \`payload_locked_documents_rels\` (\`regional_offers_id\`);`)
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
  await db.run(sql`DROP TABLE \`kernen\`;`)
  await db.run(sql`DROP TABLE \`municipalities\`;`)
}
