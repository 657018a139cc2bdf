import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { api } from '../helpers/api'
import { testDatabaseKind } from '../helpers/database'
import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(async () => {
  await app?.close()
})

describe('GET /api/health', () => {
  it('answers without login: database reachable, every migration applied, the version', async () => {
    const res = await api(app.url, 'GET', '/api/health')
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('ok')
    expect(res.body.database).toEqual({ kind: testDatabaseKind(), reachable: true })
    expect(res.body.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(res.body.schema.pending).toEqual([])
    if (testDatabaseKind() === 'sqlite') expect(res.body.schema.applied).toBeGreaterThan(0)
  })

  it('reports pending migrations with 503', async () => {
    await app.payload.delete({ collection: 'payload-migrations', where: { batch: { greater_than: 0 } } })
    const res = await api(app.url, 'GET', '/api/health')
    if (testDatabaseKind() === 'mongodb') return expect(res.status).toBe(200)
    expect(res.status).toBe(503)
    expect(res.body.status).toBe('migrations-pending')
    expect(res.body.schema.pending.length).toBeGreaterThan(0)
  })
})
