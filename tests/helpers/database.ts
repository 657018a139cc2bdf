import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

/**
 * A fresh, empty database for one test file: a temporary SQLite file, or a database of its own on
 * the in-memory MongoDB replica set that the global setup started (TEST_DATABASE=mongodb).
 */
export const freshDatabaseURL = (): string => {
  const mongo = process.env.INFOPUNT_TEST_MONGO_URI
  if (mongo) {
    const url = new URL(mongo)
    url.pathname = `/infopunt_${randomUUID().slice(0, 8)}`
    return url.toString()
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'infopunt-test-'))
  return `file:${path.join(dir, 'infopunt.db')}`
}

export const testDatabaseKind = (): 'mongodb' | 'sqlite' => (process.env.INFOPUNT_TEST_MONGO_URI ? 'mongodb' : 'sqlite')
