import { beforeAll, describe, expect, it } from '@jest/globals'

import { parseLimit } from '../../src/security/rateLimit'
import { api, TEST_PASSWORD } from '../helpers/api'
import { createBasics } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

// Low limits, so each one is reached in a handful of requests. The test client plays a proxy in
// front of the app (TRUSTED_PROXIES=1), so that the X-Forwarded-For it sends says the address;
// "a client without a proxy" below switches that off.
const limits = {
  RATE_LIMIT_LOGIN: '3/600',
  RATE_LIMIT_LOGIN_IP: '6/600',
  RATE_LIMIT_FORGOT_PASSWORD: '2/600',
  RATE_LIMIT_FORGOT_PASSWORD_IP: '4/600',
  RATE_LIMIT_REGISTRATIONS: '3/600',
  RATE_LIMIT_SEARCH: '4/600',
  RATE_LIMIT_VERIFICATION_LINKS: '3/600',
  TRUSTED_PROXIES: '1',
}

const app = useTestApp(limits)
let basics: Awaited<ReturnType<typeof createBasics>>

beforeAll(async () => {
  basics = await createBasics(app.payload)
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
const expectLimited = (
  res: { status: number; headers: Headers; body: { error?: string; errors?: { message?: string }[] } },
  reason: RegExp,
) => {
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

/** Runs `body` as the app sees a client connecting directly, with no proxy in front. */
const withoutProxy = async (body: () => Promise<void>) => {
  process.env.TRUSTED_PROXIES = '0'
  try {
    await body()
  } finally {
    process.env.TRUSTED_PROXIES = limits.TRUSTED_PROXIES
  }
}

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

  it('makes each further attempt of an address and account wait twice as long', async () => {
    const user = await newUser('baliemedewerker')
    for (let attempt = 0; attempt < 3; attempt++)
      expect((await loginFrom('198.51.100.20', user.email, 'fout-wachtwoord-123')).status).toBe(401)
    const first = await loginFrom('198.51.100.20', user.email, 'fout-wachtwoord-123')
    expectLimited(first, /Te veel inlogpogingen/)
    expect(Number(first.headers.get('retry-after'))).toBeLessThanOrEqual(15)
    await new Promise((resolve) => setTimeout(resolve, Number(first.headers.get('retry-after')) * 1000 + 200))
    expect((await loginFrom('198.51.100.20', user.email, 'fout-wachtwoord-123')).status).toBe(401)
    const second = await loginFrom('198.51.100.20', user.email, 'fout-wachtwoord-123')
    expectLimited(second, /Te veel inlogpogingen/)
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(15)
    expect(Number(second.headers.get('retry-after'))).toBeLessThanOrEqual(30)
  }, 30_000)

  it('never locks an account for everyone: failed logins from one address do not keep it out elsewhere', async () => {
    const user = await newUser('baliemedewerker')
    for (let attempt = 0; attempt < 12; attempt++) {
      const res = await loginFrom('203.0.113.66', user.email, 'fout-wachtwoord-123')
      expect([401, 429]).toContain(res.status)
      expect(JSON.stringify(res.body)).not.toMatch(/vergrendeld|locked/i)
    }
    expect((await loginFrom('203.0.113.66', user.email, TEST_PASSWORD)).status).toBe(429)
    expect((await loginFrom('198.51.100.67', user.email, TEST_PASSWORD)).status).toBe(200)
  })

  it('counts a client without a proxy under the address it connects from, whatever X-Forwarded-For says', async () => {
    await withoutProxy(async () => {
      const statuses: number[] = []
      for (let attempt = 0; attempt < 14; attempt++)
        statuses.push(
          (await loginFrom(`10.20.${attempt}.1`, `geraden-${attempt}@test.example`, 'fout-wachtwoord-123')).status,
        )
      // The limit per address (6 here) counts all of them under the one real address.
      expect(statuses.slice(0, 6)).toEqual(Array(6).fill(401))
      expect(statuses.slice(6)).toEqual(Array(8).fill(429))
    })
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

describe('POST /api/users/forgot-password', () => {
  const forgot = (ip: string, email: string) =>
    api(app.url, 'POST', '/api/users/forgot-password', { body: { email }, headers: { 'X-Forwarded-For': ip } })

  it('answers 429 after too many requests for one account, from any address', async () => {
    const user = await newUser('coordinator')
    expect((await forgot('203.0.113.30', user.email)).status).toBe(200)
    expect((await forgot('203.0.113.31', user.email)).status).toBe(200)
    expectLimited(await forgot('203.0.113.32', user.email), /wachtwoord opnieuw in te stellen/)
    const colleague = await newUser('coordinator')
    expect((await forgot('203.0.113.32', colleague.email)).status).toBe(200)
  })

  it('answers 429 after too many requests from one address over all accounts', async () => {
    for (let i = 0; i < 4; i++) expect((await forgot('192.0.2.80', `onbekend-${i}@test.example`)).status).toBe(200)
    expectLimited(await forgot('192.0.2.80', 'nog-een@test.example'), /vanaf dit netwerk/)
    expect((await forgot('192.0.2.81', 'nog-een@test.example')).status).toBe(200)
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

  it('counts an import of registrations as one request, not one per row', async () => {
    const coordinator = await newUser('coordinator')
    const rows = Array.from(
      { length: 10 },
      (_, index) =>
        `${index + 1};0${(index % 9) + 1}-01-2025;10:00;${basics.location.name};${basics.theme.name};Informatie gegeven`,
    )
    const file = ["Registratienummer;Datum;Tijd;Infopunt;Thema's;Hoe beantwoord", ...rows, ''].join('\r\n')
    for (const expected of [10, 0]) {
      const body = new FormData()
      body.append('file', new Blob([new TextEncoder().encode(file)]), 'registraties.csv')
      const res = await api(app.url, 'POST', '/api/registrations/import', { token: coordinator.token, body })
      expect(res.status).toBe(200)
      expect(res.body.added).toBe(expected)
    }
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

describe("an organisation's verification link", () => {
  it('is limited per address, guessed links included, and a limited answer changes nothing', async () => {
    const guess = (ip: string) =>
      api(app.url, 'POST', '/api/directory/verification', {
        body: { token: 'x'.repeat(43), answer: 'confirm' },
        headers: { 'X-Forwarded-For': ip },
      })
    for (let i = 0; i < 3; i++) expect((await guess('203.0.113.60')).status).toBe(404)
    expectLimited(await guess('203.0.113.60'), /Te veel pogingen met deze link/)
    expect((await guess('203.0.113.61')).status).toBe(404)
  })
})
