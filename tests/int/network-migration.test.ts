import { beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq } from 'payload'

import { down, up } from '../../src/migrations/20261206_204348_networks'
import { networkCollections } from '../../src/networks/plugin'
import { seedBasics, seedHistory } from '../../src/seed'
import { testDatabaseKind } from '../helpers/database'
import { useTestApp } from '../helpers/useTestApp'

/**
 * An installation from before networks, with the demo data (its roster, directory, referrals and a
 * year of registrations), migrated into one network: every row of every table is the same afterwards,
 * and only the new columns hold the network. The "before" database is the demo database with the
 * migration taken back (its `down`), which is the schema the previous release ran on.
 */
const app = useTestApp()
const onSqlite = testDatabaseKind() === 'sqlite'
type Row = Record<string, unknown>
type Tables = Map<string, Row[]>
const NETWORK_COLUMNS = new Set(['network_id', 'version_network_id'])

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const drizzle = () => (app.payload.db as any).drizzle

/** Every row of every table, as stored (the migrations' own bookkeeping left out). */
const snapshot = async (): Promise<Tables> => {
  const tables = (await drizzle().all(
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'payload_migrations' ORDER BY name`,
  )) as { name: string }[]
  const result: Tables = new Map()
  for (const { name } of tables)
    result.set(name, (await drizzle().all(sql`SELECT * FROM ${sql.identifier(name)} ORDER BY rowid`)) as Row[])
  return result
}

const withoutNetwork = (row: Row) =>
  Object.fromEntries(Object.entries(row).filter(([key]) => !NETWORK_COLUMNS.has(key)))

let before: Tables
let after: Tables
/** Per collection, the demo records the seed left without a network (all should have one). */
const outsideNetwork: Record<string, number> = {}

beforeAll(async () => {
  if (!onSqlite) return
  const basics = await seedBasics(app.payload)
  await seedHistory(app.payload, basics)
  for (const collection of networkCollections)
    outsideNetwork[collection] = (
      await app.payload.count({ collection, where: { network: { exists: false } } })
    ).totalDocs
  const req = await createLocalReq({}, app.payload)
  await down({ db: drizzle(), payload: app.payload, req })
  before = await snapshot()
  await up({ db: drizzle(), payload: app.payload, req })
  after = await snapshot()
}, 600_000)

describe('moving an installation into its first network', () => {
  if (!onSqlite) {
    it.skip('compares the SQLite tables row by row; on MongoDB the migration only adds fields (see its test leg)', () => {})
    return
  }

  it('seeds every demo record into its network, also those stored past the hooks (registrations, shifts)', () => {
    expect(outsideNetwork).toEqual(Object.fromEntries(networkCollections.map((collection) => [collection, 0])))
  })

  it('starts from a full demo database without networks', () => {
    expect(before.has('networks')).toBe(false)
    expect(before.get('registrations')!.length).toBeGreaterThan(100)
    for (const table of ['organisations', 'services', 'locations', 'roster_shifts', 'referrals', 'users'])
      expect(before.get(table)!.length).toBeGreaterThan(0)
  })

  it('keeps every row of every table exactly as it was', () => {
    for (const [table, rows] of before) {
      expect([table, after.get(table)?.length]).toEqual([table, rows.length])
      expect([table, after.get(table)!.map(withoutNetwork)]).toEqual([table, rows])
    }
  })

  it('puts every record in the one network, named after the brand, and every account in it', () => {
    const networks = after.get('networks')!
    expect(networks).toHaveLength(1)
    const [{ id, name }] = networks as { id: number; name: string }[]
    expect(name).toBe((before.get('brand')?.[0]?.name as string | undefined) ?? 'Infopunt')
    let columns = 0
    for (const [, rows] of after)
      for (const row of rows)
        for (const column of NETWORK_COLUMNS)
          if (column in row) {
            columns++
            expect(row[column]).toBe(id)
          }
    expect(columns).toBeGreaterThan(500)
    const members = after.get('users_networks')!
    expect(members.map((row) => row._parent_id).sort()).toEqual(
      after
        .get('users')!
        .map((row) => row.id)
        .sort(),
    )
    expect(new Set(members.map((row) => row.network_id))).toEqual(new Set([id]))
  })

  it('leaves the demo accounts able to read their records through the API', async () => {
    const user = (await app.payload.find({ collection: 'users', where: { role: { equals: 'coordinator' } }, limit: 1 }))
      .docs[0]
    const { totalDocs } = await app.payload.count({ collection: 'registrations', overrideAccess: false, user })
    expect(totalDocs).toBe(before.get('registrations')!.length)
  })
})
