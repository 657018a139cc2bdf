/**
 * A database that cannot write (here: SQLite at its page limit, which fails exactly as a full disk
 * does, with SQLITE_FULL). Every write is then a Dutch 503 with Retry-After instead of an English
 * 500, /api/health says that writes fail, and the server's log holds no value of the failed query.
 */
import { beforeAll, expect, it } from '@jest/globals'
import { symbols } from 'pino'

import { api, createRoleUsers } from '../helpers/api'
import { testDatabaseKind } from '../helpers/database'
import { createBasics } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>
let basics: Awaited<ReturnType<typeof createBasics>>
let log = ''

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  basics = await createBasics(app.payload)
  // Everything Payload's logger writes, after its serializers, goes to this test.
  const logger = app.payload.logger as unknown as Record<symbol, unknown>
  logger[symbols.streamSym] = { write: (line: string) => void (log += line) }
})

type SqliteClient = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
const client = () => (app.payload.db as unknown as { client: SqliteClient }).client

const MARKER = 'Vraag over de energietoeslag, kenmerk zq-7731-marker'

const register = () =>
  api(app.url, 'POST', '/api/registrations', {
    token: users.baliemedewerker.token,
    body: { location: basics.location.id, themes: [basics.theme.id], answerType: 'information', summary: MARKER },
  })

const maybe = testDatabaseKind() === 'sqlite' ? it : it.skip

maybe('a full database: Dutch 503 with Retry-After, health says so, the log holds no summary', async () => {
  expect((await register()).status).toBe(201)
  // No free pages left over (the migrations drop tables), so the next page a write needs is past the limit.
  await client().execute('VACUUM')
  const [{ page_count: pages }] = (await client().execute('PRAGMA page_count')).rows
  await client().execute(`PRAGMA max_page_count = ${Number(pages)}`)

  let refused: Awaited<ReturnType<typeof register>> | undefined
  for (let attempt = 0; attempt < 200 && !refused; attempt++) {
    const res = await register()
    expect([201, 503]).toContain(res.status)
    if (res.status === 503) refused = res
  }
  expect(refused).toBeDefined()
  expect(refused!.headers.get('retry-after')).toBe('30')
  expect(refused!.body.errors[0].message).toMatch(/^De database kan op dit moment niets opslaan/)

  // A write of another kind fails the same way.
  const organisation = await api(app.url, 'POST', '/api/organisations', {
    token: users.communicatie.token,
    body: {
      name: 'Organisatie bij een volle schijf',
      shortDescription: 'Een test.',
      kindOfHelp: 'formal',
      status: 'active',
    },
  })
  expect([201, 503]).toContain(organisation.status)

  const health = await api(app.url, 'GET', '/api/health')
  expect(health.status).toBe(503)
  expect(health.body).toEqual({ status: 'writes-failing' })
  const detailed = await api(app.url, 'GET', '/api/health', { token: users.beheerder.token })
  expect(detailed.body.database).toMatchObject({ reachable: true, writable: false })

  // The failure is logged (what failed and why), without the values that were to be written.
  const failures = log
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((entry) => entry.err?.cause?.code === 'SQLITE_FULL')
  expect(failures.length).toBeGreaterThan(0)
  expect(failures[0].err.message).toMatch(
    /^Failed query: insert into "registrations"[^]*params: \[\d+ values left out of the log\]$/,
  )
  expect(log).not.toContain('zq-7731-marker')

  // Space again: writes work again.
  await client().execute('PRAGMA max_page_count = 1073741823')
  expect((await register()).status).toBe(201)
})
