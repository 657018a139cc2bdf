import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { api, createRoleUsers } from '../helpers/api'
import { testDatabaseKind } from '../helpers/database'
import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let users: Awaited<ReturnType<typeof createRoleUsers>>
beforeAll(async () => {
  app = await startTestApp()
  users = await createRoleUsers(app.payload, app.url)
})
afterAll(async () => {
  await app?.close()
})

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
    expect(res.body.schema.pending).toEqual([])
    if (testDatabaseKind() === 'sqlite') expect(res.body.schema.applied).toBeGreaterThan(0)
  })

  it('reports pending migrations with 503 (read at most every 5 seconds)', async () => {
    await app.payload.delete({ collection: 'payload-migrations', where: { batch: { greater_than: 0 } } })
    await new Promise((resolve) => setTimeout(resolve, 5_100))
    const res = await api(app.url, 'GET', '/api/health', { token: users.beheerder.token })
    if (testDatabaseKind() === 'mongodb') return expect(res.status).toBe(200)
    expect(res.status).toBe(503)
    expect(res.body.status).toBe('migrations-pending')
    expect(res.body.schema.pending.length).toBeGreaterThan(0)
    expect((await api(app.url, 'GET', '/api/health')).body).toEqual({ status: 'migrations-pending' })
  })
})
