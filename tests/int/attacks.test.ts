/**
 * Attacks over real HTTP: forged and expired tokens, a cross-origin write with the session cookie,
 * changing one's own account beyond name and password, reaching someone else's registration by id
 * (IDOR) and setting server-owned fields (mass assignment).
 *
 * Already covered elsewhere, and not repeated here:
 * - access-matrix.test.ts › role escalation: PATCHing one's own `role` and `active`, creating a
 *   beheerder, a deactivated session; › the 7-day window: reading another desk worker's registration
 *   by id or in the list, moving `createdAt` on create and update;
 * - registrations.test.ts: `registeredBy` on create, a reused idempotency key of someone else (409).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { SignJWT, decodeJwt, decodeProtectedHeader, type JWTHeaderParameters } from 'jose'

import { safeReturnPath } from '../../src/auth/safeReturnPath'
import { adversarialShapes } from '../helpers/adversarial'
import { api, createLoggedInUser, createRoleUsers, login, sendChunked, TEST_PASSWORD } from '../helpers/api'
import { createBasics, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

let users: Awaited<ReturnType<typeof createRoleUsers>>
let basics: Awaited<ReturnType<typeof createBasics>>

const SERVER_URL = 'https://infopunt.test'
const app = useTestApp({ SERVER_URL })

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  basics = await createBasics(app.payload)
}, 120_000)

const registrationCount = async () =>
  (await app.payload.count({ collection: 'registrations', overrideAccess: true })).totalDocs
const stored = async (collection: 'registrations' | 'users' | 'incorrect-info-reports', id: number | string) =>
  (await app.payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })) as unknown as Record<string, unknown>

const newRegistration = () => ({
  location: basics.location.id,
  themes: [basics.theme.id],
  answerType: 'information',
  idempotencyKey: crypto.randomUUID(),
})

/** What a token may do: read the desk worker's own account and list registrations. */
const tokenWorks = async (token: string) => {
  const me = await api(app.url, 'GET', '/api/users/me', { token })
  const list = await api(app.url, 'GET', '/api/registrations?limit=1', { token })
  return { me: me.body?.user?.email as string | undefined, list: list.status }
}

/** The header the server puts on its tokens (HS256 and its auth version), so that a forgery differs only where meant. */
const headerOf = (token: string) => decodeProtectedHeader(token) as JWTHeaderParameters

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

describe('forged and expired tokens', () => {
  it('a real token works (the control for the forgeries below)', async () => {
    expect(await tokenWorks(users.baliemedewerker.token)).toEqual({ me: users.baliemedewerker.email, list: 200 })
  })

  it('a token whose payload was changed (another user, another role) is refused', async () => {
    const [header, , signature] = users.baliemedewerker.token.split('.')
    const claims = decodeJwt(users.baliemedewerker.token)
    for (const changed of [
      { ...claims, id: users.beheerder.id, email: users.beheerder.email },
      { ...claims, role: 'beheerder' },
      { ...claims, exp: (claims.exp ?? 0) + 365 * 24 * 3600 },
    ]) {
      const forged = `${header}.${base64url(changed)}.${signature}`
      expect(await tokenWorks(forged)).toEqual({ me: undefined, list: 403 })
    }
  })

  it('a token signed with another secret is refused', async () => {
    const claims = decodeJwt(users.beheerder.token)
    const forged = await new SignJWT(claims)
      .setProtectedHeader(headerOf(users.beheerder.token))
      .sign(new TextEncoder().encode('a-secret-the-server-does-not-know'))
    expect(await tokenWorks(forged)).toEqual({ me: undefined, list: 403 })
  })

  it('an unsigned token (alg none) and a mangled signature are refused', async () => {
    const claims = decodeJwt(users.beheerder.token)
    const unsigned = `${base64url({ ...headerOf(users.beheerder.token), alg: 'none' })}.${base64url(claims)}.`
    expect(await tokenWorks(unsigned)).toEqual({ me: undefined, list: 403 })
    const [header, payload] = users.beheerder.token.split('.')
    expect(await tokenWorks(`${header}.${payload}.AAAA`)).toEqual({ me: undefined, list: 403 })
    expect(await tokenWorks(`${header}.${payload}`)).toEqual({ me: undefined, list: 403 })
  })

  it('a token signed with the real secret but expired is refused; the same token unexpired works', async () => {
    const claims = decodeJwt(users.baliemedewerker.token)
    const secret = new TextEncoder().encode(app.payload.secret)
    const sign = (exp: number) =>
      new SignJWT({ ...claims, exp }).setProtectedHeader(headerOf(users.baliemedewerker.token)).sign(secret)
    const now = Math.floor(Date.now() / 1000)
    // Control: signed the way the server signs, so the server accepts it...
    expect(await tokenWorks(await sign(now + 600))).toEqual({ me: users.baliemedewerker.email, list: 200 })
    // ...but not once its time is up.
    expect(await tokenWorks(await sign(now - 60))).toEqual({ me: undefined, list: 403 })
    const before = await registrationCount()
    const res = await api(app.url, 'POST', '/api/registrations', {
      token: await sign(now - 60),
      body: newRegistration(),
    })
    expect([401, 403]).toContain(res.status)
    expect(await registrationCount()).toBe(before)
  })
})

describe('cross-origin requests with the session cookie', () => {
  const cookieLogin = async () => {
    const res = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: SERVER_URL },
      body: JSON.stringify({ email: users.baliemedewerker.email, password: TEST_PASSWORD }),
    })
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    return cookie!
  }
  const postWithCookie = (cookie: string, origin: string | undefined, path: string, body: unknown, method = 'POST') =>
    api(app.url, method, path, {
      body,
      headers: { Cookie: cookie, ...(origin ? { Origin: origin } : {}) },
    })

  it('a registration posted from https://evil.example with the cookie is refused and writes nothing', async () => {
    const cookie = await cookieLogin()
    const before = await registrationCount()
    const evil = await postWithCookie(cookie, 'https://evil.example', '/api/registrations', newRegistration())
    expect([401, 403]).toContain(evil.status)
    expect(await registrationCount()).toBe(before)
    // Control: the same cookie from the app's own origin is accepted.
    const own = await postWithCookie(cookie, SERVER_URL, '/api/registrations', newRegistration())
    expect(own.status).toBe(201)
    expect(await registrationCount()).toBe(before + 1)
  })

  it('a cross-origin PATCH of the own account and a cross-origin referral are refused too', async () => {
    const cookie = await cookieLogin()
    const id = users.baliemedewerker.id
    const name = (await stored('users', id)).name
    const patch = await postWithCookie(
      cookie,
      'https://evil.example',
      `/api/users/${id}`,
      { name: 'Overgenomen' },
      'PATCH',
    )
    expect([401, 403]).toContain(patch.status)
    expect((await stored('users', id)).name).toBe(name)
    const referrals = (await app.payload.count({ collection: 'referrals' })).totalDocs
    const referral = await postWithCookie(cookie, 'https://evil.example', '/api/directory/referrals', {
      organisation: basics.organisation.id,
      consent: true,
    })
    expect([401, 403]).toContain(referral.status)
    expect((await app.payload.count({ collection: 'referrals' })).totalDocs).toBe(referrals)
  })

  it('the browser is not told it may read API answers from another origin (CORS)', async () => {
    const res = await fetch(`${app.url}/api/users/me`, { headers: { Origin: 'https://evil.example' } })
    expect(res.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    expect(res.headers.get('access-control-allow-origin')).not.toBe('*')
  })
})

describe('changing one’s own account beyond name and password', () => {
  it('a desk worker cannot set the server-kept login fields of their own account', async () => {
    const self = await createLoggedInUser(app.payload, app.url, 'baliemedewerker')
    const before = await stored('users', self.id)
    const res = await api(app.url, 'PATCH', `/api/users/${self.id}`, {
      token: self.token,
      body: {
        hash: 'aa',
        salt: 'bb',
        loginAttempts: 0,
        lockUntil: null,
        resetPasswordToken: 'chosen-token',
        resetPasswordExpiration: '2099-01-01T00:00:00.000Z',
        enableAPIKey: true,
        apiKey: 'chosen-api-key-0000000000000000',
        sessions: [],
        role: 'beheerder',
        active: true,
        email: self.email,
      },
    })
    expect([200, 400, 403]).toContain(res.status)
    const after = await stored('users', self.id)
    for (const field of [
      'hash',
      'salt',
      'resetPasswordToken',
      'resetPasswordExpiration',
      'role',
      'enableAPIKey',
      'apiKey',
    ])
      expect([field, after[field]]).toEqual([field, before[field]])
    // The password still works, and an API key was not made.
    expect(await login(app.url, self.email)).toEqual(expect.any(String))
    const withKey = await api(app.url, 'GET', '/api/users/me', {
      headers: { Authorization: 'users API-Key chosen-api-key-0000000000000000' },
    })
    expect(withKey.body?.user ?? null).toBeNull()
  })
})

describe("someone else's registration by id (IDOR)", () => {
  const othersRegistration = async () => {
    const other = await createLoggedInUser(app.payload, app.url, 'baliemedewerker')
    const res = await api(app.url, 'POST', '/api/registrations', { token: other.token, body: newRegistration() })
    expect(res.status).toBe(201)
    return { other, id: res.body.doc.id as number }
  }

  it('a desk worker can neither update nor delete it, by id or through a bulk where', async () => {
    const { id } = await othersRegistration()
    const before = await stored('registrations', id)
    const token = users.baliemedewerker.token
    const update = await api(app.url, 'PATCH', `/api/registrations/${id}`, { token, body: { summary: 'Overschreven' } })
    expect([403, 404]).toContain(update.status)
    const bulk = await api(app.url, 'PATCH', `/api/registrations?where[id][equals]=${id}`, {
      token,
      body: { summary: 'Overschreven' },
    })
    expect(bulk.status === 200 ? bulk.body.docs : []).toEqual([])
    expect([200, 403, 404]).toContain(bulk.status)
    const remove = await api(app.url, 'DELETE', `/api/registrations/${id}`, { token })
    expect([403, 404]).toContain(remove.status)
    const bulkRemove = await api(app.url, 'DELETE', `/api/registrations?where[id][equals]=${id}`, { token })
    expect([200, 403, 404]).toContain(bulkRemove.status)
    expect(await stored('registrations', id)).toEqual(before)
  })

  it('a desk worker cannot find it by querying on its owner, nor read it populated through another document', async () => {
    const { other, id } = await othersRegistration()
    const token = users.baliemedewerker.token
    const byOwner = await api(app.url, 'GET', `/api/registrations?where[registeredBy][equals]=${other.id}&depth=0`, {
      token,
    })
    expect(byOwner.status).toBe(200)
    expect(byOwner.body.docs).toEqual([])
    const byId = await api(app.url, 'GET', `/api/registrations?where[id][in]=${id}`, { token })
    expect(byId.body.docs).toEqual([])
    // Nor through the user it belongs to (users are read only by themselves and the beheerder).
    const user = await api(app.url, 'GET', `/api/users/${other.id}`, { token })
    expect([403, 404]).toContain(user.status)
  })

  it('the coordinator reads it but cannot change it', async () => {
    const { id } = await othersRegistration()
    const before = await stored('registrations', id)
    const read = await api(app.url, 'GET', `/api/registrations/${id}`, { token: users.coordinator.token })
    expect(read.status).toBe(200)
    const update = await api(app.url, 'PATCH', `/api/registrations/${id}`, {
      token: users.coordinator.token,
      body: { summary: 'Door de coördinator' },
    })
    expect(update.status).toBe(403)
    expect(await stored('registrations', id)).toEqual(before)
  })
})

describe('mass assignment of server-owned fields', () => {
  it('registeredBy, createdAt and idempotencyKey cannot be changed on update of one’s own registration', async () => {
    const created = await api(app.url, 'POST', '/api/registrations', {
      token: users.baliemedewerker.token,
      body: newRegistration(),
    })
    const id = created.body.doc.id
    const before = await stored('registrations', id)
    const res = await api(app.url, 'PATCH', `/api/registrations/${id}`, {
      token: users.baliemedewerker.token,
      body: {
        registeredBy: users.beheerder.id,
        createdAt: '2020-01-01T00:00:00.000Z',
        idempotencyKey: crypto.randomUUID(),
        summary: 'Aangevuld',
      },
    })
    expect([200, 400]).toContain(res.status)
    const after = await stored('registrations', id)
    expect(after.registeredBy).toBe(before.registeredBy)
    expect(after.createdAt).toBe(before.createdAt)
    expect(after.idempotencyKey).toBe(before.idempotencyKey)
  })

  it('createdAt, updatedAt and id chosen on create are not stored', async () => {
    const res = await api(app.url, 'POST', '/api/registrations', {
      token: users.baliemedewerker.token,
      body: {
        ...newRegistration(),
        id: 999_999,
        createdAt: '2020-01-01T00:00:00.000Z',
        updatedAt: '2020-01-01T00:00:00.000Z',
      },
    })
    expect(res.status).toBe(201)
    const doc = await stored('registrations', res.body.doc.id)
    expect(doc.id).not.toBe(999_999)
    expect(doc.registeredBy).toBe(users.baliemedewerker.id)
    expect(Math.abs(Date.parse(doc.createdAt as string) - Date.now())).toBeLessThan(60_000)
  })

  it('reportedBy of an incorrect-information report is the reporter, whatever the body says', async () => {
    const res = await api(app.url, 'POST', '/api/incorrect-info-reports', {
      token: users.baliemedewerker.token,
      body: {
        organisation: basics.organisation.id,
        kind: 'phone',
        note: unique('Ander nummer'),
        reportedBy: users.beheerder.id,
      },
    })
    expect(res.status).toBe(201)
    expect((await stored('incorrect-info-reports', res.body.doc.id)).reportedBy).toBe(users.baliemedewerker.id)
  })
})

describe('a body or a summary that would tie up the server', () => {
  it('a 1.2 MB JSON body sent chunked, without Content-Length, is refused with 413 and writes nothing', async () => {
    const before = await registrationCount()
    const body = JSON.stringify({ ...newRegistration(), padding: 'x'.repeat(1_200_000) })
    const res = await sendChunked(app.url, 'POST', '/api/registrations', { token: users.baliemedewerker.token, body })
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toBe('Het verzoek is te groot: hoogstens 1 MB is toegestaan.')
    expect(await registrationCount()).toBe(before)
  })

  it('a small body sent chunked is read as usual (the control)', async () => {
    const res = await sendChunked(app.url, 'POST', '/api/registrations', {
      token: users.baliemedewerker.token,
      body: JSON.stringify(newRegistration()),
    })
    expect(res.status).toBe(201)
  })

  it.each(adversarialShapes)('a 45,000-character summary of %j is refused at once and stored nowhere', async (unit) => {
    const before = await registrationCount()
    const started = Date.now()
    const res = await api(app.url, 'POST', '/api/registrations', {
      token: users.baliemedewerker.token,
      body: { ...newRegistration(), summary: unit.repeat(Math.ceil(45_000 / unit.length)) },
    })
    expect(res.status).toBe(400)
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(await registrationCount()).toBe(before)
  })
})

describe('authenticated answers are never cached', () => {
  it.each(['/api/users/me', '/api/registrations?limit=1', '/api/organisations?limit=1'])(
    '%s with a token or the session cookie says Cache-Control: no-store',
    async (path) => {
      const token = users.coordinator.token
      const withToken = await api(app.url, 'GET', path, { token })
      const withCookie = await api(app.url, 'GET', path, {
        headers: { Cookie: `payload-token=${token}`, Origin: SERVER_URL },
      })
      for (const res of [withToken, withCookie]) {
        expect(res.status).toBe(200)
        expect(res.headers.get('cache-control')).toBe('no-store')
      }
    },
  )

  it('so does the login answer that carries the token', async () => {
    const res = await api(app.url, 'POST', '/api/users/login', {
      body: { email: users.coordinator.email, password: TEST_PASSWORD },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
  })
})

describe('open redirects after login and from the preview', () => {
  // Each of these is another site to a browser: it drops tabs and line breaks and reads \ as /.
  it.each([
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '//evil.example',
    '/\t\\evil.example',
    'https://evil.example',
    ' /evil.example',
    'javascript:alert(1)',
  ])('%j leads home instead', (value) => {
    expect(safeReturnPath(value)).toBe('/')
  })

  it('keeps our own paths with their query and fragment, normalised for a Location header', () => {
    expect(safeReturnPath('/rooster?week=2026-W48')).toBe('/rooster?week=2026-W48')
    expect(safeReturnPath('/voorbeeld?pad=/wegwijzer#zoeken')).toBe('/voorbeeld?pad=/wegwijzer#zoeken')
    expect(safeReturnPath('/wegwijzer/a b')).toBe('/wegwijzer/a%20b')
    expect(safeReturnPath('/../admin')).toBe('/admin')
    expect(safeReturnPath(undefined)).toBe('/')
  })
})

describe('ordering or selecting by fields the caller may not read', () => {
  const get = (role: keyof typeof users, path: string) => api(app.url, 'GET', path, { token: users[role].token })

  it.each([
    ['baliemedewerker', '/api/roster-shifts?sort=staff.email'],
    ['baliemedewerker', '/api/roster-shifts?sort=-staff.email'],
    ['baliemedewerker', '/api/roster-shifts?sort=staff.hash'],
    ['baliemedewerker', '/api/roster-shifts?sort=staff.salt'],
    ['baliemedewerker', '/api/roster-shifts?sort=startsAt,staff__email'],
    ['coordinator', '/api/registrations?sort=registeredBy.hash'],
    ['coordinator', '/api/registrations?sort=registeredBy.resetPasswordToken'],
    ['beheerder', '/api/roster-shifts?sort=staff.hash'],
    ['beheerder', '/api/users?sort=salt'],
    ['beheerder', '/api/users?select[hash]=true'],
    ['coordinator', '/api/roster-shifts?populate[users][salt]=true'],
  ] as const)('%s: %s is refused with a Dutch reason', async (role, path) => {
    const res = await get(role, path)
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/kan niet: dat veld mag je niet lezen/)
  })

  it.each([
    ['baliemedewerker', '/api/roster-shifts?sort=startsAt'],
    ['baliemedewerker', '/api/roster-shifts?sort=-location.name'],
    ['coordinator', '/api/registrations?sort=-occurredAt'],
    ['beheerder', '/api/roster-shifts?sort=staff.email'],
    ['beheerder', '/api/users?sort=email&select[email]=true'],
  ] as const)('%s: %s is answered as usual (the control)', async (role, path) => {
    expect((await get(role, path)).status).toBe(200)
  })
})
