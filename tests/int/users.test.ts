import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { api, createRoleUsers, login, TEST_PASSWORD } from '../helpers/api'
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
  ])('refuses %s with a Dutch reason and creates nobody', async (_case, password, reason) => {
    const before = await app.payload.count({ collection: 'users' })
    const res = await api(app.url, 'POST', '/api/users', {
      token: users.beheerder.token,
      body: newUser(`zwak-${password}@test.example`, password),
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'password' })
    expect(res.body.errors[0].data.errors[0].message).toContain(reason)
    expect((await app.payload.count({ collection: 'users' })).totalDocs).toBe(before.totalDocs)
  })

  it('accepts a long passphrase', async () => {
    const res = await api(app.url, 'POST', '/api/users', {
      token: users.beheerder.token,
      body: newUser('sterk@test.example', 'lange zin met wat woorden'),
    })
    expect(res.status).toBe(201)
    await expect(login(app.url, 'sterk@test.example', 'lange zin met wat woorden')).resolves.toEqual(expect.any(String))
  })

  it('also applies when users change their own password', async () => {
    const res = await api(app.url, 'PATCH', `/api/users/${users.baliemedewerker.id}`, {
      token: users.baliemedewerker.token,
      body: { password: 'abc' },
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

describe('login', () => {
  it('locks an account after five wrong passwords', async () => {
    await app.payload.create({
      collection: 'users',
      data: newUser('vergeetachtig@test.example', TEST_PASSWORD),
    })
    for (let attempt = 0; attempt < 5; attempt++) {
      const res = await api(app.url, 'POST', '/api/users/login', {
        body: { email: 'vergeetachtig@test.example', password: 'fout-wachtwoord-123' },
      })
      expect(res.status).toBe(401)
    }
    const locked = await api(app.url, 'POST', '/api/users/login', {
      body: { email: 'vergeetachtig@test.example', password: TEST_PASSWORD },
    })
    // Payload answers a locked account with 401 and its own reason, even for the right password.
    expect(locked.status).toBe(401)
    expect(locked.body.errors[0].message).toContain('vergrendeld')
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

  it('puts the role in the JWT', async () => {
    const [, payloadPart] = users.coordinator.token.split('.')
    const claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString())
    expect(claims.role).toBe('coordinator')
  })
})
