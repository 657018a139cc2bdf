import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { defaultSectionOrder } from '../startpage/sections'

type DB = MigrateUpArgs['db']
const NOW = sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`

/**
 * The installation's startpage (a global until now) becomes its first network's, with its drafts and
 * versions, row for row under the same ids; every other network gets an empty published one.
 */
const moveStartpageIntoNetworks = async (db: DB): Promise<void> => {
  const networks = await db.all<{ id: number }>(sql`SELECT \`id\` FROM \`networks\` ORDER BY \`id\`;`)
  const [global] = await db.all<{ id: number }>(sql`SELECT \`id\` FROM \`startpage\` LIMIT 1;`)
  if (global && networks[0]) {
    const first = networks[0].id
    await db.run(sql`INSERT INTO \`startpages\` (\`id\`, \`network_id\`, \`intro\`, \`updated_by_id\`, \`updated_at\`, \`created_at\`, \`_status\`)
      SELECT \`id\`, ${first}, \`intro\`, \`updated_by_id\`, COALESCE(\`updated_at\`, ${NOW}), COALESCE(\`created_at\`, ${NOW}), \`_status\` FROM \`startpage\`;`)
    await db.run(sql`INSERT INTO \`startpages_announcements\` SELECT \`_order\`, \`_parent_id\`, \`id\`, \`title\`, \`body\`, \`publish_at\`, \`expires_at\`, \`important\` FROM \`startpage_announcements\`;`)
    await db.run(sql`INSERT INTO \`startpages_pinned_links\` SELECT \`_order\`, \`_parent_id\`, \`id\`, \`label\`, \`url\` FROM \`startpage_pinned_links\`;`)
    await db.run(sql`INSERT INTO \`startpages_sections\` SELECT \`order\`, \`parent_id\`, \`value\`, \`id\` FROM \`startpage_sections\`;`)
    await db.run(sql`INSERT INTO \`_startpages_v\` (\`id\`, \`parent_id\`, \`version_network_id\`, \`version_intro\`, \`version_updated_by_id\`, \`version_updated_at\`, \`version_created_at\`, \`version__status\`, \`created_at\`, \`updated_at\`, \`latest\`, \`autosave\`)
      SELECT \`id\`, ${global.id}, ${first}, \`version_intro\`, \`version_updated_by_id\`, \`version_updated_at\`, \`version_created_at\`, \`version__status\`, \`created_at\`, \`updated_at\`, \`latest\`, \`autosave\` FROM \`_startpage_v\`;`)
    await db.run(sql`INSERT INTO \`_startpages_v_version_announcements\` SELECT \`_order\`, \`_parent_id\`, \`id\`, \`title\`, \`body\`, \`publish_at\`, \`expires_at\`, \`important\`, \`_uuid\` FROM \`_startpage_v_version_announcements\`;`)
    await db.run(sql`INSERT INTO \`_startpages_v_version_pinned_links\` SELECT \`_order\`, \`_parent_id\`, \`id\`, \`label\`, \`url\`, \`_uuid\` FROM \`_startpage_v_version_pinned_links\`;`)
    await db.run(sql`INSERT INTO \`_startpages_v_version_sections\` SELECT \`order\`, \`parent_id\`, \`value\`, \`id\` FROM \`_startpage_v_version_sections\`;`)
  }
  for (const network of global ? networks.slice(1) : networks) {
    await db.run(sql`INSERT INTO \`startpages\` (\`network_id\`, \`_status\`) VALUES (${network.id}, 'published');`)
    const [{ id }] = await db.all<{ id: number }>(sql`SELECT \`id\` FROM \`startpages\` WHERE \`network_id\` = ${network.id};`)
    for (const [order, section] of defaultSectionOrder.entries())
      await db.run(sql`INSERT INTO \`startpages_sections\` (\`order\`, \`parent_id\`, \`value\`) VALUES (${order + 1}, ${id}, ${section});`)
  }
  await versionWhereThereIsNone(db)
}

/**
 * The admin and drafts read a startpage through its latest version: a startpage without any (a new
 * network's, or a global never saved since versions came) gets one, as Payload would have written it.
 */
const versionWhereThereIsNone = async (db: DB): Promise<void> => {
  const bare = await db.all<{ id: number; network_id: number }>(
    sql`SELECT \`id\`, \`network_id\` FROM \`startpages\` WHERE \`id\` NOT IN (SELECT \`parent_id\` FROM \`_startpages_v\` WHERE \`parent_id\` IS NOT NULL);`,
  )
  for (const startpage of bare) {
    await db.run(sql`INSERT INTO \`_startpages_v\` (\`parent_id\`, \`version_network_id\`, \`version_intro\`, \`version_updated_by_id\`, \`version_updated_at\`, \`version_created_at\`, \`version__status\`, \`latest\`, \`autosave\`)
      SELECT \`id\`, \`network_id\`, \`intro\`, \`updated_by_id\`, \`updated_at\`, \`created_at\`, \`_status\`, 1, 0 FROM \`startpages\` WHERE \`id\` = ${startpage.id};`)
    const [{ version }] = await db.all<{ version: number }>(
      sql`SELECT max(\`id\`) AS \`version\` FROM \`_startpages_v\` WHERE \`parent_id\` = ${startpage.id};`,
    )
    await db.run(sql`INSERT INTO \`_startpages_v_version_sections\` (\`order\`, \`parent_id\`, \`value\`) SELECT \`order\`, ${version}, \`value\` FROM \`startpages_sections\` WHERE \`parent_id\` = ${startpage.id};`)
    await db.run(sql`INSERT INTO \`_startpages_v_version_announcements\` (\`_order\`, \`_parent_id\`, \`title\`, \`body\`, \`publish_at\`, \`expires_at\`, \`important\`, \`_uuid\`) SELECT \`_order\`, ${version}, \`title\`, \`body\`, \`publish_at\`, \`expires_at\`, \`important\`, \`id\` FROM \`startpages_announcements\` WHERE \`_parent_id\` = ${startpage.id};`)
    await db.run(sql`INSERT INTO \`_startpages_v_version_pinned_links\` (\`_order\`, \`_parent_id\`, \`label\`, \`url\`, \`_uuid\`) SELECT \`_order\`, ${version}, \`label\`, \`url\`, \`id\` FROM \`startpages_pinned_links\` WHERE \`_parent_id\` = ${startpage.id};`)
  }
}

/** Back to one startpage for the installation: the first network's, with its versions. */
const moveFirstNetworksStartpageBack = async (db: DB): Promise<void> => {
  const [first] = await db.all<{ id: number }>(
    sql`SELECT \`startpages\`.\`id\` FROM \`startpages\` JOIN \`networks\` ON \`networks\`.\`id\` = \`startpages\`.\`network_id\` ORDER BY \`networks\`.\`id\` LIMIT 1;`,
  )
  if (!first) return
  await db.run(sql`INSERT INTO \`startpage\` (\`id\`, \`intro\`, \`updated_by_id\`, \`_status\`, \`updated_at\`, \`created_at\`)
    SELECT \`id\`, \`intro\`, \`updated_by_id\`, \`_status\`, \`updated_at\`, \`created_at\` FROM \`startpages\` WHERE \`id\` = ${first.id};`)
  await db.run(sql`INSERT INTO \`startpage_announcements\` SELECT \`_order\`, \`_parent_id\`, \`id\`, \`title\`, \`body\`, \`publish_at\`, \`expires_at\`, \`important\` FROM \`startpages_announcements\` WHERE \`_parent_id\` = ${first.id};`)
  await db.run(sql`INSERT INTO \`startpage_pinned_links\` SELECT \`_order\`, \`_parent_id\`, \`id\`, \`label\`, \`url\` FROM \`startpages_pinned_links\` WHERE \`_parent_id\` = ${first.id};`)
  await db.run(sql`INSERT INTO \`startpage_sections\` SELECT \`order\`, \`parent_id\`, \`value\`, \`id\` FROM \`startpages_sections\` WHERE \`parent_id\` = ${first.id};`)
  const versions = sql`(SELECT \`id\` FROM \`_startpages_v\` WHERE \`parent_id\` = ${first.id})`
  await db.run(sql`INSERT INTO \`_startpage_v\` (\`id\`, \`version_intro\`, \`version_updated_by_id\`, \`version__status\`, \`version_updated_at\`, \`version_created_at\`, \`created_at\`, \`updated_at\`, \`latest\`, \`autosave\`)
    SELECT \`id\`, \`version_intro\`, \`version_updated_by_id\`, \`version__status\`, \`version_updated_at\`, \`version_created_at\`, \`created_at\`, \`updated_at\`, \`latest\`, \`autosave\` FROM \`_startpages_v\` WHERE \`parent_id\` = ${first.id};`)
  await db.run(sql`INSERT INTO \`_startpage_v_version_announcements\` SELECT \`_order\`, \`_parent_id\`, \`id\`, \`title\`, \`body\`, \`publish_at\`, \`expires_at\`, \`important\`, \`_uuid\` FROM \`_startpages_v_version_announcements\` WHERE \`_parent_id\` IN ${versions};`)
  await db.run(sql`INSERT INTO \`_startpage_v_version_pinned_links\` SELECT \`_order\`, \`_parent_id\`, \`id\`, \`label\`, \`url\`, \`_uuid\` FROM \`_startpages_v_version_pinned_links\` WHERE \`_parent_id\` IN ${versions};`)
  await db.run(sql`INSERT INTO \`_startpage_v_version_sections\` SELECT \`order\`, \`parent_id\`, \`value\`, \`id\` FROM \`_startpages_v_version_sections\` WHERE \`parent_id\` IN ${versions};`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`startpages_announcements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`body\` text,
  	\`publish_at\` text,
  	\`expires_at\` text,
  	\`important\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startpages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`startpages_announcements_order_idx\` ON \`startpages_announcements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`startpages_announcements_parent_id_idx\` ON \`startpages_announcements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`startpages_pinned_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startpages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`startpages_pinned_links_order_idx\` ON \`startpages_pinned_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`startpages_pinned_links_parent_id_idx\` ON \`startpages_pinned_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`startpages_sections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`startpages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`startpages_sections_order_idx\` ON \`startpages_sections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`startpages_sections_parent_idx\` ON \`startpages_sections\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`startpages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`network_id\` integer,
  	\`intro\` text,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`network_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`startpages_network_idx\` ON \`startpages\` (\`network_id\`);`)
  await db.run(sql`CREATE INDEX \`startpages_updated_by_idx\` ON \`startpages\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`startpages_updated_at_idx\` ON \`startpages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`startpages_created_at_idx\` ON \`startpages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`startpages__status_idx\` ON \`startpages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_startpages_v_version_announcements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`body\` text,
  	\`publish_at\` text,
  	\`expires_at\` text,
  	\`important\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_startpages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_startpages_v_version_announcements_order_idx\` ON \`_startpages_v_version_announcements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_startpages_v_version_announcements_parent_id_idx\` ON \`_startpages_v_version_announcements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_startpages_v_version_pinned_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_startpages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_startpages_v_version_pinned_links_order_idx\` ON \`_startpages_v_version_pinned_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_startpages_v_version_pinned_links_parent_id_idx\` ON \`_startpages_v_version_pinned_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_startpages_v_version_sections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_startpages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_startpages_v_version_sections_order_idx\` ON \`_startpages_v_version_sections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_startpages_v_version_sections_parent_idx\` ON \`_startpages_v_version_sections\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_startpages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_network_id\` integer,
  	\`version_intro\` text,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`startpages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_network_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_startpages_v_parent_idx\` ON \`_startpages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_startpages_v_version_version_network_idx\` ON \`_startpages_v\` (\`version_network_id\`);`)
  await db.run(sql`CREATE INDEX \`_startpages_v_version_version_updated_by_idx\` ON \`_startpages_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_startpages_v_version_version_updated_at_idx\` ON \`_startpages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_startpages_v_version_version_created_at_idx\` ON \`_startpages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_startpages_v_version_version__status_idx\` ON \`_startpages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_startpages_v_created_at_idx\` ON \`_startpages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_startpages_v_updated_at_idx\` ON \`_startpages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_startpages_v_latest_idx\` ON \`_startpages_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_startpages_v_autosave_idx\` ON \`_startpages_v\` (\`autosave\`);`)
  await moveStartpageIntoNetworks(db)
  await db.run(sql`DROP TABLE \`startpage_announcements\`;`)
  await db.run(sql`DROP TABLE \`startpage_pinned_links\`;`)
  await db.run(sql`DROP TABLE \`startpage_sections\`;`)
  await db.run(sql`DROP TABLE \`startpage\`;`)
  await db.run(sql`DROP TABLE \`_startpage_v_version_announcements\`;`)
  await db.run(sql`DROP TABLE \`_startpage_v_version_pinned_links\`;`)
  await db.run(sql`DROP TABLE \`_startpage_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_startpage_v\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`startpages_id\` integer REFERENCES startpages(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_startpages_id_idx\` ON \`payload_locked_documents_rels\` (\`startpages_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`startpage_announcements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`body\` text,
  	\`publish_at\` text,
  	\`expires_at\` text,
  	\`important\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startpage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`startpage_announcements_order_idx\` ON \`startpage_announcements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`startpage_announcements_parent_id_idx\` ON \`startpage_announcements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`startpage_pinned_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`startpage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`startpage_pinned_links_order_idx\` ON \`startpage_pinned_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`startpage_pinned_links_parent_id_idx\` ON \`startpage_pinned_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`startpage_sections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`startpage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`startpage_sections_order_idx\` ON \`startpage_sections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`startpage_sections_parent_idx\` ON \`startpage_sections\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`startpage\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`intro\` text,
  	\`updated_by_id\` integer,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`startpage_updated_by_idx\` ON \`startpage\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`startpage__status_idx\` ON \`startpage\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_startpage_v_version_announcements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`body\` text,
  	\`publish_at\` text,
  	\`expires_at\` text,
  	\`important\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_startpage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_startpage_v_version_announcements_order_idx\` ON \`_startpage_v_version_announcements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_startpage_v_version_announcements_parent_id_idx\` ON \`_startpage_v_version_announcements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_startpage_v_version_pinned_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_startpage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_startpage_v_version_pinned_links_order_idx\` ON \`_startpage_v_version_pinned_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_startpage_v_version_pinned_links_parent_id_idx\` ON \`_startpage_v_version_pinned_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_startpage_v_version_sections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_startpage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_startpage_v_version_sections_order_idx\` ON \`_startpage_v_version_sections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_startpage_v_version_sections_parent_idx\` ON \`_startpage_v_version_sections\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_startpage_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_intro\` text,
  	\`version_updated_by_id\` integer,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_startpage_v_version_version_updated_by_idx\` ON \`_startpage_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_startpage_v_version_version__status_idx\` ON \`_startpage_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_startpage_v_created_at_idx\` ON \`_startpage_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_startpage_v_updated_at_idx\` ON \`_startpage_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_startpage_v_latest_idx\` ON \`_startpage_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_startpage_v_autosave_idx\` ON \`_startpage_v\` (\`autosave\`);`)
  await moveFirstNetworksStartpageBack(db)
  await db.run(sql`DROP TABLE \`startpages_announcements\`;`)
  await db.run(sql`DROP TABLE \`startpages_pinned_links\`;`)
  await db.run(sql`DROP TABLE \`startpages_sections\`;`)
  await db.run(sql`DROP TABLE \`startpages\`;`)
  await db.run(sql`DROP TABLE \`_startpages_v_version_announcements\`;`)
  await db.run(sql`DROP TABLE \`_startpages_v_version_pinned_links\`;`)
  await db.run(sql`DROP TABLE \`_startpages_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_startpages_v\`;`)
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
  	FOREIGN KEY (\`networks_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "services_id", "themes_id", "incorrect_info_reports_id", "organisation_proposals_id", "verification_requests_id", "locations_id", "referral_mailboxes_id", "roster_shifts_id", "digital_sources_id", "work_documents_id", "registrations_id", "export_audits_id", "registration_imports_id", "directory_imports_id", "registration_tallies_id", "referrals_id", "referral_links_id", "users_id", "media_id", "calendar_feed_tokens_id", "trainings_id", "training_completions_id", "invitations_id", "networks_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "services_id", "themes_id", "incorrect_info_reports_id", "organisation_proposals_id", "verification_requests_id", "locations_id", "referral_mailboxes_id", "roster_shifts_id", "digital_sources_id", "work_documents_id", "registrations_id", "export_audits_id", "registration_imports_id", "directory_imports_id", "registration_tallies_id", "referrals_id", "referral_links_id", "users_id", "media_id", "calendar_feed_tokens_id", "trainings_id", "training_completions_id", "invitations_id", "networks_id" FROM \`payload_locked_documents_rels\`;`)
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
}
