import { beforeAll, describe, expect, it } from '@jest/globals'
import { jwtVerify } from 'jose'

import { api, createLoggedInUser, createRoleUsers, login, TEST_PASSWORD } from '../helpers/api'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
})

const newUser = (email: string, password: string) => ({
  email,
  password,
  name: 'Nieuwe Collega',
  role: 'baliemedewerker' as const,
})

describe('password policy', () => {
  it.each([
    ['too short', 'kort-wacht1', 'minstens 12 tekens'],
    ['a common password', 'qwerty123456', 'veelgebruikte wachtwoorden'],
  ])('refuses %s with a Dutch reason and keeps the old password', async (_case, password, reason) => {
    // Accounts are made only through an invitation; the policy is the same for every password a person chooses.
    const self = await createLoggedInUser(app.payload, app.url, 'baliemedewerker')
    const res = await api(app.url, 'PATCH', `/api/users/${self.id}`, {
      token: self.token,
      body: { password, currentPassword: TEST_PASSWORD },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'password' })
    expect(res.body.errors[0].data.errors[0].message).toContain(reason)
    await expect(login(app.url, self.email)).resolves.toEqual(expect.any(String))
  })

  it('accepts a long passphrase', async () => {
    const self = await createLoggedInUser(app.payload, app.url, 'baliemedewerker')
    const res = await api(app.url, 'PATCH', `/api/users/${self.id}`, {
      token: self.token,
      body: { password: 'lange zin met wat woorden', currentPassword: TEST_PASSWORD },
    })
    expect(res.status).toBe(200)
    await expect(login(app.url, self.email, 'lange zin met wat woorden')).resolves.toEqual(expect.any(String))
  })

  it('also applies when users change their own password', async () => {
    const res = await api(app.url, 'PATCH', `/api/users/${users.baliemedewerker.id}`, {
      token: users.baliemedewerker.token,
      body: { password: 'abc', currentPassword: TEST_PASSWORD },
    })
    expect(res.status).toBe(400)
    await expect(login(app.url, users.baliemedewerker.email)).resolves.toEqual(expect.any(String))
  })

  it('also applies to a password reset', async () => {
    const token = await app.payload.forgotPassword({
      collection: 'users',
      data: { email: users.coordinator.email },
      disableEmail: true,
    })
    const res = await api(app.url, 'POST', '/api/users/reset-password', { body: { token, password: '12345' } })
    expect(res.status).toBe(400)
    await expect(login(app.url, users.coordinator.email)).resolves.toEqual(expect.any(String))
  })
})

/** How long `call` takes, in ms. */
const timed = async (call: () => Promise<unknown>): Promise<number> => {
  const started = performance.now()
  await call()
  return performance.now() - started
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]

describe('login', () => {
  const attempt = (email: string, password: string) =>
    api(app.url, 'POST', '/api/users/login', { body: { email, password } })

  it('never locks an account: after many wrong passwords the right one still works', async () => {
    await app.payload.create({
      collection: 'users',
      data: newUser('vergeetachtig@test.example', TEST_PASSWORD),
    })
    for (let count = 0; count < 6; count++) {
      const res = await attempt('vergeetachtig@test.example', 'fout-wachtwoord-123')
      expect(res.status).toBe(401)
      expect(JSON.stringify(res.body)).not.toMatch(/vergrendeld|locked/i)
    }
    // (Failed attempts are throttled per address and account: tests/int/rate-limits.test.ts.)
    expect((await attempt('vergeetachtig@test.example', TEST_PASSWORD)).status).toBe(200)
  })

  it('answers an unknown account exactly as a wrong password, in comparable time', async () => {
    const unknown = await attempt('bestaat-niet@test.example', 'fout-wachtwoord-123')
    const wrong = await attempt(users.communicatie.email, 'fout-wachtwoord-123')
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)

    // Interleaved rounds, so that a busy moment of the machine hits both alike.
    const unknownTimes: number[] = []
    const existingTimes: number[] = []
    for (let round = 0; round < 5; round++) {
      unknownTimes.push(await timed(() => attempt(`onbekend-${round}@test.example`, 'fout-wachtwoord-123')))
      existingTimes.push(await timed(() => attempt(users.communicatie.email, 'fout-wachtwoord-123')))
    }
    // A property, not a speed target: the unknown account costs at least half the work.
    expect(median(unknownTimes)).toBeGreaterThanOrEqual(0.5 * median(existingTimes))
  })

  it('refuses a deactivated account, also with a session it still holds', async () => {
    const user = await app.payload.create({ collection: 'users', data: newUser('oud@test.example', TEST_PASSWORD) })
    const token = await login(app.url, 'oud@test.example')
    await app.payload.update({ collection: 'users', id: user.id, data: { active: false } })

    const res = await api(app.url, 'POST', '/api/users/login', {
      body: { email: 'oud@test.example', password: TEST_PASSWORD },
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toContain('gedeactiveerd')
    expect((await api(app.url, 'GET', '/api/organisations', { token })).status).toBe(403)
  })

  it('keeps the role out of the JWT: it is held per network and read with every request', async () => {
    const [, payloadPart] = users.coordinator.token.split('.')
    const claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString())
    expect(claims.role).toBeUndefined()
    const me = await api(app.url, 'GET', '/api/users/me', { token: users.coordinator.token })
    expect(me.body.user.role).toBe('coordinator')
  })
})

describe('own login fields', () => {
  const patch = (token: string, id: number | string, body: Record<string, unknown>) =>
    api(app.url, 'PATCH', `/api/users/${id}`, { token, body })

  it('refuses a change of their own e-mail address to staff, with a Dutch reason', async () => {
    const worker = await app.payload.create({
      collection: 'users',
      data: newUser('eigen-adres@test.example', TEST_PASSWORD),
    })
    const token = await login(app.url, 'eigen-adres@test.example')
    for (const body of [
      { email: 'nieuw-adres@test.example' },
      { email: 'nieuw-adres@test.example', currentPassword: TEST_PASSWORD },
    ]) {
      const res = await patch(token, worker.id, body)
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toBe('Alleen een beheerder kan een e-mailadres wijzigen.')
    }
    await expect(login(app.url, 'nieuw-adres@test.example')).rejects.toThrow(/401/)
    await expect(login(app.url, 'eigen-adres@test.example')).resolves.toEqual(expect.any(String))
    // Their name they change freely; the unchanged e-mail address may come along (the admin form sends it).
    const renamed = await patch(token, worker.id, { name: 'Andere Naam', email: 'Eigen-Adres@test.example' })
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.currentPassword).toBeUndefined()
  })

  it('changes their own password only with the current one', async () => {
    await app.payload.create({ collection: 'users', data: newUser('eigen-wachtwoord@test.example', TEST_PASSWORD) })
    const token = await login(app.url, 'eigen-wachtwoord@test.example')
    const me = (await api(app.url, 'GET', '/api/users/me', { token })).body.user
    const newPassword = 'een heel nieuw wachtwoord'

    const without = await patch(token, me.id, { password: newPassword })
    expect(without.status).toBe(400)
    expect(without.body.errors[0].data.errors[0]).toMatchObject({
      path: 'currentPassword',
      message: 'Vul je huidige wachtwoord in om je wachtwoord of e-mailadres te wijzigen.',
    })
    const wrong = await patch(token, me.id, { password: newPassword, currentPassword: 'niet-het-goede-wachtwoord' })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].data.errors[0]).toMatchObject({
      path: 'currentPassword',
      message: 'Je huidige wachtwoord klopt niet.',
    })
    await expect(login(app.url, 'eigen-wachtwoord@test.example', newPassword)).rejects.toThrow(/401/)

    const right = await patch(token, me.id, { password: newPassword, currentPassword: TEST_PASSWORD })
    expect(right.status).toBe(200)
    // Checked, never stored or answered.
    expect(JSON.stringify(right.body)).not.toContain(TEST_PASSWORD)
    await expect(login(app.url, 'eigen-wachtwoord@test.example', newPassword)).resolves.toEqual(expect.any(String))
    await expect(login(app.url, 'eigen-wachtwoord@test.example')).rejects.toThrow(/401/)
  })

  it('lets an administrator change others’ e-mail and password, and their own e-mail only with their password', async () => {
    const other = await app.payload.create({
      collection: 'users',
      data: newUser('collega-oud@test.example', TEST_PASSWORD),
    })
    const admin = users.beheerder
    const changed = await patch(admin.token, other.id, {
      email: 'collega-nieuw@test.example',
      password: 'door de beheerder gekozen',
    })
    expect(changed.status).toBe(200)
    await expect(login(app.url, 'collega-nieuw@test.example', 'door de beheerder gekozen')).resolves.toEqual(
      expect.any(String),
    )

    const ownWithout = await patch(admin.token, admin.id, { email: 'beheer-nieuw@test.example' })
    expect(ownWithout.status).toBe(400)
    expect(ownWithout.body.errors[0].data.errors[0].path).toBe('currentPassword')
    const own = await patch(admin.token, admin.id, {
      email: 'beheer-nieuw@test.example',
      currentPassword: TEST_PASSWORD,
    })
    expect(own.status).toBe(200)
    await expect(login(app.url, 'beheer-nieuw@test.example')).resolves.toEqual(expect.any(String))
  })

  it('refuses e-mail and password changes in a bulk update', async () => {
    const res = await api(app.url, 'PATCH', `/api/users?where[id][equals]=${users.coordinator.id}`, {
      token: users.coordinator.token,
      body: { password: 'bulk wachtwoord wijziging', currentPassword: TEST_PASSWORD },
    })
    expect(res.status).toBe(400)
    await expect(login(app.url, users.coordinator.email)).resolves.toEqual(expect.any(String))
  })
})

describe('session lifetime', () => {
  const refresh = (token?: string) => api(app.url, 'POST', '/api/users/refresh-token', { token })

  /** Moves the start of every session of the account `hours` into the past. */
  const ageSessions = async (email: string, hours: number) => {
    const { docs } = await app.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      showHiddenFields: true,
    })
    const user = docs[0] as {
      id: number | string
      sessions?: { id: string; createdAt?: string | null; expiresAt: string }[]
    }
    const started = new Date(Date.now() - hours * 60 * 60 * 1000).toISOString()
    await app.payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { sessions: (user.sessions ?? []).map((session) => ({ ...session, createdAt: started })) },
      returning: false,
    })
  }

  it('refreshes a session, but never beyond 12 hours after its login', async () => {
    await app.payload.create({ collection: 'users', data: newUser('lange-dienst@test.example', TEST_PASSWORD) })
    const token = await login(app.url, 'lange-dienst@test.example')
    const fresh = await refresh(token)
    expect(fresh.status).toBe(200)
    expect(fresh.body.exp * 1000).toBeGreaterThan(Date.now() + 7.9 * 60 * 60 * 1000)

    await ageSessions('lange-dienst@test.example', 11)
    const late = await refresh(token)
    expect(late.status).toBe(200)
    const { payload: claims } = await jwtVerify(late.body.refreshedToken, new TextEncoder().encode(app.payload.secret))
    const left = (claims.exp as number) * 1000 - Date.now()
    expect(left).toBeGreaterThan(55 * 60 * 1000)
    expect(left).toBeLessThanOrEqual(60 * 60 * 1000)

    await ageSessions('lange-dienst@test.example', 12)
    const over = await refresh(token)
    expect(over.status).toBe(401)
    expect(over.body.errors[0].message).toBe('Je sessie is verlopen. Log opnieuw in.')
  })

  it('refuses a refresh without a session with 401 in Dutch', async () => {
    const res = await refresh()
    expect(res.status).toBe(401)
    expect(res.body.errors[0].message).toBe('Je sessie is verlopen. Log opnieuw in.')
  })
})

describe('colleagues', () => {
  const list = (actor: keyof typeof users, query = '') =>
    api(app.url, 'GET', `/api/users?pagination=false&depth=0${query}`, { token: users[actor].token })

  it('lets a coordinator list colleagues to roster them, without their e-mail addresses', async () => {
    const res = await list('coordinator')
    expect(res.status).toBe(200)
    const others = res.body.docs.filter((doc: { id: unknown }) => doc.id !== users.coordinator.id)
    expect(others.map((doc: { name: string }) => doc.name)).toEqual(expect.arrayContaining([expect.any(String)]))
    expect(others.length).toBeGreaterThanOrEqual(3)
    for (const doc of others) expect(doc.email).toBeUndefined()
    const own = res.body.docs.find((doc: { id: unknown }) => doc.id === users.coordinator.id)
    expect(own.email).toBe(users.coordinator.email)
  })

  it('refuses a coordinator sorting or filtering colleagues by e-mail address', async () => {
    expect((await list('coordinator', '&sort=email')).status).toBe(400)
    const filtered = await list('coordinator', `&where[email][equals]=${encodeURIComponent(users.beheerder.email)}`)
    expect(filtered.body.docs ?? []).toEqual([])
  })

  it.each(['baliemedewerker', 'communicatie'] as const)('shows %s only their own account', async (actor) => {
    const res = await list(actor)
    expect(res.status).toBe(200)
    expect(res.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([users[actor].id])
  })
})
