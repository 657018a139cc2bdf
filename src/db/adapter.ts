import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'
import { mongoMigrations } from '@/migrations/mongodb'

import { BUSY_TIMEOUT_MS } from './busyTimeout'
import { dataDir, ensureDir } from './paths'

export type DatabaseKind = 'sqlite' | 'mongodb'

export const databaseKind = (url = process.env.DATABASE_URL): DatabaseKind => {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URL must start with file:, mongodb:// or mongodb+srv:// (or be unset for data/infopunt.db); got "${url.split(':')[0]}:…".`,
  )
}

export const sqliteFileURL = (url = process.env.DATABASE_URL): string =>
  url?.startsWith('file:') ? url : `file:${path.join(dataDir(), 'infopunt.db')}`

/** The SQLite file's path on disk (a file: URL without its scheme and options). */
export const sqliteFilePath = (url = process.env.DATABASE_URL): string =>
  path.resolve(sqliteFileURL(url).slice('file:'.length).split('?')[0])

/**
 * The database adapter, chosen by DATABASE_URL. SQLite pushes its schema in development; in
 * production and tests the committed migrations define it (see src/migrations). The SQLite file's
 * folder is created here, so every entry point (dev, start, seed, jobs, backup) finds it.
 */
export const databaseAdapter = (url = process.env.DATABASE_URL): DatabaseAdapterObj => {
  if (databaseKind(url) === 'mongodb')
    return mongooseAdapter({
      url: url as string,
      migrationDir: path.resolve(process.cwd(), 'src/migrations/mongodb'),
      prodMigrations: mongoMigrations,
    })
  ensureDir(path.dirname(sqliteFilePath(url)))
  return sqliteAdapter({
    client: { url: sqliteFileURL(url) },
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    push: process.env.NODE_ENV !== 'production' && process.env.NODE_ENV !== 'test',
    wal: true,
    busyTimeout: BUSY_TIMEOUT_MS,
  })
}
