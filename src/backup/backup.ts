import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import * as tar from 'tar'

import { databaseKind, sqliteFilePath } from '@/db/adapter'
import { dataDir } from '@/db/paths'

import packageJson from '../../package.json' with { type: 'json' }

/**
 * Backup and restore of the embedded database (SQLite) and the uploaded files.
 *
 * A backup is a consistent snapshot taken while the app runs: SQLite's `VACUUM INTO` copies the
 * database as of one read transaction (in WAL mode, writers carry on meanwhile), then the uploads
 * are added. Files are written before the rows that name them, so every file a snapshot row names
 * is in the archive. The archive (tar.gz) holds infopunt.db, uploads/ and manifest.json.
 */

export const MONGODB_HELP = [
  'DATABASE_URL points to MongoDB: back up with the MongoDB tools instead, for example',
  '  mongodump --uri="$DATABASE_URL" --archive=infopunt-$(date +%Y%m%d-%H%M%S).archive --gzip',
  '  mongorestore --uri="$DATABASE_URL" --archive=<file> --gzip --drop',
  'and copy the uploads folder (INFOPUNT_DATA_DIR/uploads) alongside. See README, "Backup and restore".',
].join('\n')

export interface Manifest {
  kind: 'infopunt-backup'
  version: string
  createdAt: string
  database: 'sqlite'
  /** Rows per table in the snapshot, to compare a restore with. */
  counts: Record<string, number>
  uploads: number
}

const uploadsPath = () => path.join(dataDir(), 'uploads')

const stamp = (date = new Date()) => date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`

/** Rows per user table of a SQLite file (Payload's own bookkeeping tables included). */
export const tableCounts = async (file: string): Promise<Record<string, number>> => {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
    )
    const counts: Record<string, number> = {}
    for (const row of tables.rows) {
      const name = String(row.name)
      const result = await client.execute(`select count(*) as n from "${name.replaceAll('"', '""')}"`)
      counts[name] = Number(result.rows[0].n)
    }
    return counts
  } finally {
    client.close()
  }
}

const countFiles = async (dir: string): Promise<number> => {
  if (!existsSync(dir)) return 0
  const { readdir } = await import('node:fs/promises')
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).length
}

/** Writes a snapshot archive to `outDir` and returns its path and manifest. */
export const createBackup = async (outDir = process.env.BACKUP_DIR || 'backups') => {
  if (databaseKind() !== 'sqlite') throw new Error(MONGODB_HELP)
  const source = sqliteFilePath()
  if (!existsSync(source)) throw new Error(`Geen database gevonden op ${source}.`)
  const work = await mkdtemp(path.join(tmpdir(), 'infopunt-backup-'))
  try {
    const snapshot = path.join(work, 'infopunt.db')
    const client = createClient({ url: `file:${source}` })
    try {
      await client.execute('PRAGMA busy_timeout = 10000')
      await client.execute(`VACUUM INTO ${quote(snapshot)}`)
    } finally {
      client.close()
    }
    const uploads = uploadsPath()
    if (existsSync(uploads)) await cp(uploads, path.join(work, 'uploads'), { recursive: true })
    const manifest: Manifest = {
      kind: 'infopunt-backup',
      version: packageJson.version,
      createdAt: new Date().toISOString(),
      database: 'sqlite',
      counts: await tableCounts(snapshot),
      uploads: await countFiles(path.join(work, 'uploads')),
    }
    await writeFile(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2))
    await mkdir(outDir, { recursive: true })
    const archive = path.resolve(outDir, `infopunt-${stamp()}.tar.gz`)
    const entries = ['manifest.json', 'infopunt.db', ...(existsSync(path.join(work, 'uploads')) ? ['uploads'] : [])]
    await tar.create({ gzip: true, file: archive, cwd: work, portable: true }, entries)
    return { archive, manifest, bytes: (await stat(archive)).size }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** True when the database file holds data that a restore would overwrite. */
const holdsData = async (file: string) => {
  if (!existsSync(file)) return false
  const counts = await tableCounts(file).catch(() => ({ unreadable: 1 }))
  return Object.entries(counts).some(([table, n]) => n > 0 && !table.startsWith('payload_migrations'))
}

/**
 * Restores an archive into the data directory. Refuses to overwrite a database with data unless
 * `force`. Stop the app first: a running server keeps the old file open.
 */
export const restoreBackup = async (archive: string, { force = false } = {}) => {
  if (databaseKind() !== 'sqlite') throw new Error(MONGODB_HELP)
  if (!existsSync(archive)) throw new Error(`Archief niet gevonden: ${archive}`)
  const target = sqliteFilePath()
  const uploads = uploadsPath()
  if (!force && ((await holdsData(target)) || (await countFiles(uploads)) > 0))
    throw new Error(
      `Er staan al gegevens in ${path.dirname(target)}; een terugzetting zou die overschrijven. ` +
        'Stop de app en herhaal met --force om ze te vervangen.',
    )
  const work = await mkdtemp(path.join(tmpdir(), 'infopunt-restore-'))
  try {
    await tar.extract({ file: archive, cwd: work, strict: true })
    const manifest = JSON.parse(await readFile(path.join(work, 'manifest.json'), 'utf8')) as Manifest
    if (manifest.kind !== 'infopunt-backup') throw new Error('Dit is geen Infopunt-back-up.')
    const restoredDb = path.join(work, 'infopunt.db')
    const check = createClient({ url: `file:${restoredDb}` })
    try {
      const result = await check.execute('PRAGMA integrity_check')
      if (String(result.rows[0]?.[0]) !== 'ok') throw new Error('De database in het archief is beschadigd.')
    } finally {
      check.close()
    }
    // VACUUM INTO writes a rollback-journal file; the app runs SQLite in WAL mode, so the restored
    // file goes back in the mode it came from (on a connection of its own, before any other statement).
    const wal = createClient({ url: `file:${restoredDb}` })
    try {
      await wal.execute('PRAGMA journal_mode = WAL')
    } finally {
      wal.close()
    }
    const counts = await tableCounts(restoredDb)
    for (const [table, n] of Object.entries(manifest.counts))
      if (counts[table] !== n) throw new Error(`Het archief klopt niet met zijn manifest (tabel ${table}).`)

    await mkdir(path.dirname(target), { recursive: true })
    const replaced: string[] = []
    // Copy next to the target, then rename over it; a stale write-ahead log must not be replayed onto it.
    for (const suffix of ['-wal', '-shm']) await rm(`${restoredDb}${suffix}`, { force: true })
    await cp(restoredDb, `${target}.restoring`)
    for (const suffix of ['-wal', '-shm']) await rm(`${target}${suffix}`, { force: true })
    if (existsSync(target)) replaced.push(target)
    await rename(`${target}.restoring`, target)
    if (existsSync(uploads)) {
      await rm(uploads, { recursive: true, force: true })
      replaced.push(uploads)
    }
    if (existsSync(path.join(work, 'uploads'))) await cp(path.join(work, 'uploads'), uploads, { recursive: true })
    return { manifest, target, uploads, replaced }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
