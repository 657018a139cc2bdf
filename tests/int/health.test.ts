import { beforeAll, describe, expect, it } from '@jest/globals'

import { api, createRoleUsers } from '../helpers/api'
import { testDatabaseKind } from '../helpers/database'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>
beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
})

// SQLite's schema comes from the committed migrations; MongoDB has none (Payload creates its collections and indexes).
const onSqlite = testDatabaseKind() === 'sqlite' ? it : it.skip
const onMongo = testDatabaseKind() === 'mongodb' ? it : it.skip

/** Deletes the record of every applied migration, then waits out the endpoint's 5-second cache of them. */
const forgetMigrations = async () => {
  await app.payload.delete({ collection: 'payload-migrations', where: { batch: { greater_than: 0 } } })
  await new Promise((resolve) => setTimeout(resolve, 5_100))
}

describe('GET /api/health', () => {
  it('tells anyone only the status', async () => {
    for (const token of [undefined, users.baliemedewerker.token, users.coordinator.token]) {
      const res = await api(app.url, 'GET', '/api/health', { token })
      expect(res.status).toBe(200)
      expect(res.body).toEqual({ status: 'ok' })
    }
  })

  it('tells administrators the version, the database and the schema', async () => {
    const res = await api(app.url, 'GET', '/api/health', { token: users.beheerder.token })
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('ok')
    expect(res.body.database).toEqual({ kind: testDatabaseKind(), reachable: true, writable: true })
    expect(res.body.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(res.body.schema).toEqual(
      testDatabaseKind() === 'sqlite'
        ? { managedBy: 'migrations', applied: expect.any(Number), pending: [] }
        : { managedBy: 'database', pending: [] },
    )
    if (testDatabaseKind() === 'sqlite') expect(res.body.schema.applied).toBeGreaterThan(0)
  })

  onMongo('has no migrations to be pending on MongoDB, whatever the migrations collection holds', async () => {
    await forgetMigrations()
    const res = await api(app.url, 'GET', '/api/health', { token: users.beheerder.token })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      status: 'ok',
      database: { kind: 'mongodb', reachable: true, writable: true },
      schema: { managedBy: 'database', pending: [] },
    })
    expect((await api(app.url, 'GET', '/api/health')).body).toEqual({ status: 'ok' })
  })

  onSqlite('reports pending migrations with 503 (read at most every 5 seconds)', async () => {
    await forgetMigrations()
    const res = await api(app.url, 'GET', '/api/health', { token: users.beheerder.token })
    expect(res.status).toBe(503)
    expect(res.body.status).toBe('migrations-pending')
    expect(res.body.schema.pending.length).toBeGreaterThan(0)
    expect((await api(app.url, 'GET', '/api/health')).body).toEqual({ status: 'migrations-pending' })
  })
})
