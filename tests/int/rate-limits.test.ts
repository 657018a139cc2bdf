import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { parseLimit } from '../../src/security/rateLimit'
import { api, TEST_PASSWORD } from '../helpers/api'
import { createBasics } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/testApp'

// Low limits, so each one is reached in a handful of requests.
const limits = {
  RATE_LIMIT_LOGIN: '3/600',
  RATE_LIMIT_LOGIN_IP: '6/600',
  RATE_LIMIT_REGISTRATIONS: '3/600',
  RATE_LIMIT_SEARCH: '4/600',
}

let app: TestApp
let basics: Awaited<ReturnType<typeof createBasics>>

beforeAll(async () => {
  app = await startTestApp(limits)
  basics = await createBasics(app.payload)
})
afterAll(async () => {
  await app?.close()
})

let counter = 0
/** A user with a token from the Local API, so that setting up does not count against the login limits. */
const newUser = async (role: 'baliemedewerker' | 'coordinator') => {
  const email = `snel-${role}-${++counter}@test.example`
  const user = await app.payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name: `Test ${role}`, role },
  })
  const { token } = await app.payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })
  return { id: user.id, email, token: token! }
}

/** A 429 with a Dutch reason and a Retry-After within the window. */
const expectLimited = (res: { status: number; headers: Headers; body: any }, reason: RegExp) => {
  expect(res.status).toBe(429)
  const retryAfter = Number(res.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThanOrEqual(1)
  expect(retryAfter).toBeLessThanOrEqual(600)
  const message = res.body.error ?? res.body.errors?.[0]?.message
  expect(message).toMatch(reason)
  expect(message).toMatch(/Probeer het over \d+ (seconden|minuten|minuut|seconde) opnieuw/)
}

const loginFrom = (ip: string, email: string, password: string) =>
  api(app.url, 'POST', '/api/users/login', { body: { email, password }, headers: { 'X-Forwarded-For': ip } })

describe('limit settings', () => {
  it('reads points per seconds, off, and refuses anything else', () => {
    expect(parseLimit('10/900')).toEqual({ points: 10, seconds: 900 })
    expect(parseLimit(' 2 / 1 ')).toEqual({ points: 2, seconds: 1 })
    expect(parseLimit('off')).toBeNull()
    expect(() => parseLimit('veel')).toThrow(/points/)
    expect(() => parseLimit('10/0')).toThrow()
  })
})

describe('POST /api/users/login', () => {
  it('answers 429 after too many attempts for one address and e-mail; others are unaffected', async () => {
    const victim = await newUser('baliemedewerker')
    for (let attempt = 0; attempt < 3; attempt++) {
      const res = await loginFrom('203.0.113.10', victim.email, 'fout-wachtwoord-123')
      expect(res.status).toBe(401)
    }
    // The fourth attempt is refused before the password is even checked, the right one included.
    expectLimited(await loginFrom('203.0.113.10', victim.email, TEST_PASSWORD), /Te veel inlogpogingen/)
    // Another address with the same e-mail, and the same address with another e-mail, still get in.
    expect((await loginFrom('203.0.113.11', victim.email, TEST_PASSWORD)).status).toBe(200)
    const colleague = await newUser('baliemedewerker')
    expect((await loginFrom('203.0.113.10', colleague.email, TEST_PASSWORD)).status).toBe(200)
  })

  it('clears the count of an address and e-mail after a successful login', async () => {
    const user = await newUser('baliemedewerker')
    for (let round = 0; round < 2; round++) {
      for (let attempt = 0; attempt < 2; attempt++)
        expect((await loginFrom('198.51.100.7', user.email, 'fout-wachtwoord-123')).status).toBe(401)
      expect((await loginFrom('198.51.100.7', user.email, TEST_PASSWORD)).status).toBe(200)
    }
  })

  it('limits one address over many e-mail addresses (password spraying)', async () => {
    const ip = '192.0.2.50'
    for (let i = 0; i < 6; i++)
      expect((await loginFrom(ip, `niemand-${i}@test.example`, 'fout-wachtwoord-123')).status).toBe(401)
    expectLimited(await loginFrom(ip, 'nog-iemand@test.example', 'fout-wachtwoord-123'), /vanaf dit netwerk/)
    expect((await loginFrom('192.0.2.51', 'nog-iemand@test.example', 'fout-wachtwoord-123')).status).toBe(401)
  })

  it('trusts only the address the nearest proxy appended to X-Forwarded-For', async () => {
    const user = await newUser('baliemedewerker')
    // A client cannot escape its count by prepending made-up addresses.
    for (let attempt = 0; attempt < 3; attempt++)
      await loginFrom(`10.0.0.${attempt}, 203.0.113.99`, user.email, 'fout-wachtwoord-123')
    expectLimited(await loginFrom('10.9.9.9, 203.0.113.99', user.email, TEST_PASSWORD), /inlogpogingen/)
  })
})

describe('POST /api/registrations', () => {
  const registration = (key?: string) => ({
    location: basics.location.id,
    themes: [basics.theme.id],
    answerType: 'information',
    channel: 'desk',
    ...(key ? { idempotencyKey: key } : {}),
  })

  it('answers 429 after too many registrations by one user, retries included; another user is unaffected', async () => {
    const volunteer = await newUser('baliemedewerker')
    const before = (await app.payload.count({ collection: 'registrations' })).totalDocs
    const key = `rate-${Date.now()}`
    expect(
      (await api(app.url, 'POST', '/api/registrations', { token: volunteer.token, body: registration(key) })).status,
    ).toBe(201)
    // The idempotent retry counts too: it is a request all the same.
    expect(
      (await api(app.url, 'POST', '/api/registrations', { token: volunteer.token, body: registration(key) })).status,
    ).toBe(200)
    expect(
      (await api(app.url, 'POST', '/api/registrations', { token: volunteer.token, body: registration() })).status,
    ).toBe(201)
    const refused = await api(app.url, 'POST', '/api/registrations', { token: volunteer.token, body: registration() })
    expectLimited(refused, /Te veel registraties/)
    const retried = await api(app.url, 'POST', '/api/registrations', {
      token: volunteer.token,
      body: registration(key),
    })
    expect(retried.status).toBe(429)
    expect((await app.payload.count({ collection: 'registrations' })).totalDocs).toBe(before + 2)

    const colleague = await newUser('baliemedewerker')
    expect(
      (await api(app.url, 'POST', '/api/registrations', { token: colleague.token, body: registration() })).status,
    ).toBe(201)
  })

  it('leaves anonymous requests to access control, uncounted', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await api(app.url, 'POST', '/api/registrations', { body: registration() })
      expect(res.status).toBe(403)
    }
  })
})

describe('GET /api/directory/search', () => {
  it('answers 429 after too many searches by one user; another user is unaffected', async () => {
    const worker = await newUser('baliemedewerker')
    for (let i = 0; i < 4; i++)
      expect((await api(app.url, 'GET', `/api/directory/search?q=test${i}`, { token: worker.token })).status).toBe(200)
    expectLimited(
      await api(app.url, 'GET', '/api/directory/search?q=test', { token: worker.token }),
      /Te veel zoekopdrachten/,
    )
    const coordinator = await newUser('coordinator')
    expect((await api(app.url, 'GET', '/api/directory/search?q=test', { token: coordinator.token })).status).toBe(200)
  })
})
