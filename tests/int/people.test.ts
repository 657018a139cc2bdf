import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { User } from '../../src/payload-types'
import { idOf } from '../../src/lib/relations'
import { inviteColleague } from '../../src/people/invitations'
import { trainingJudge } from '../../src/trainings/overview'
import { api, createRoleUsers, login, TEST_PASSWORD } from '../helpers/api'
import { createBasics, kernIn, unique } from '../helpers/fixtures'
import { startMailCatcher, type MailCatcher } from '../helpers/mailCatcher'
import { useTestApp } from '../helpers/useTestApp'

// A real SMTP server on loopback catches the invitations.
let smtp: MailCatcher
let users: Awaited<ReturnType<typeof createRoleUsers>>
let basics: Awaited<ReturnType<typeof createBasics>>

beforeAll(async () => {
  smtp = await startMailCatcher({ refuseDomain: 'weigert.example.org' })
})
const app = useTestApp(() => smtp.env)
// after the app's own afterAll, which closes the app first
afterAll(async () => {
  await smtp.close()
})

let firstAccount: { status: number; role?: string }
beforeAll(async () => {
  // The database is empty: the account made through the admin's "create first user" is its administrator.
  const first = await api(app.url, 'POST', '/api/users/first-register', {
    body: { name: 'Eerste beheerder', email: 'eerste@test.example', password: TEST_PASSWORD, role: 'baliemedewerker' },
  })
  firstAccount = { status: first.status, role: first.body?.user?.role }
  users = await createRoleUsers(app.payload, app.url)
  basics = await createBasics(app.payload)
})

/** The link in the last mail to `email` (quoted-printable soft breaks undone). */
const linkIn = (email: string) => {
  const mail = [...smtp.received].reverse().find((message) => message.to.includes(email))
  const text = mail?.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=') ?? ''
  return text.match(/https?:\/\/\S+\/uitnodiging\/([A-Za-z0-9_-]+)/)?.[1] ?? null
}

const invite = (token: string | undefined, body: Record<string, unknown>) =>
  api(app.url, 'POST', '/api/users/invite', { token, body })

describe('the first account', () => {
  it('made on an empty database through the admin is the administrator, who invites everyone after', () => {
    expect(firstAccount).toEqual({ status: 200, role: 'beheerder' })
  })
})

describe('inviting a new colleague', () => {
  it('makes the account, mails a single-use link, and the invitee sets their own password', async () => {
    const email = `${unique('nieuw')}@example.org`
    const res = await invite(users.coordinator.token, {
      name: 'Nina Nieuw',
      email,
      // As the form sends it: the id as text.
      defaultLocation: String(basics.location.id),
      staffKind: 'volunteer',
    })
    expect(res.status).toBe(201)
    const created = (await app.payload.find({ collection: 'users', depth: 0, where: { email: { equals: email } } }))
      .docs[0]
    expect(created).toMatchObject({ name: 'Nina Nieuw', role: 'baliemedewerker', staffKind: 'volunteer', active: true })
    expect(String(created.defaultLocation)).toBe(String(basics.location.id))
    // In training until the required trainings are done.
    await app.payload.create({ collection: 'trainings', data: { name: unique('Vraagverheldering'), required: true } })
    const isTrained = await trainingJudge(app.payload, idOf(created.networks![0].network), [created.id])
    expect(isTrained(created.id)).toBe(false)

    const token = linkIn(email)
    expect(token).toEqual(expect.any(String))
    const weak = await api(app.url, 'POST', '/api/users/accept-invite', { body: { token, password: 'kort' } })
    expect(weak.status).toBe(400)
    expect(weak.body.error).toContain('minstens 12 tekens')
    const password = 'een lange zin als wachtwoord'
    expect((await api(app.url, 'POST', '/api/users/accept-invite', { body: { token, password } })).status).toBe(200)
    expect(await login(app.url, email, password)).toEqual(expect.any(String))
    const again = await api(app.url, 'POST', '/api/users/accept-invite', { body: { token, password: `${password}!` } })
    expect(again.status).toBe(410)
    expect(again.body.error).toContain('verlopen of al gebruikt')
  })

  it('lets coordinators invite desk workers only, administrators any role, and nobody else', async () => {
    const body = () => ({ name: 'Iemand', email: `${unique('rol')}@example.org`, role: 'beheerder' })
    const refused = await invite(users.coordinator.token, body())
    expect(refused.status).toBe(400)
    expect(refused.body.error).toBe('Als coördinator nodig je baliemedewerkers uit.')
    expect((await invite(users.beheerder.token, body())).status).toBe(201)
    expect((await invite(users.baliemedewerker.token, body())).status).toBe(403)
    expect((await invite(users.communicatie.token, body())).status).toBe(403)
    expect((await invite(undefined, body())).status).toBe(401)
  })

  it('refuses bad input in Dutch and a colleague who works in the network already', async () => {
    expect((await invite(users.coordinator.token, { name: '', email: 'x@example.org' })).body.error).toContain('naam')
    expect((await invite(users.coordinator.token, { name: 'X', email: 'geen-adres' })).status).toBe(400)
    const taken = await invite(users.coordinator.token, { name: 'X', email: users.baliemedewerker.email })
    expect(taken.status).toBe(400)
    expect(taken.body.error).toBe('Deze collega werkt al in dit netwerk.')
  })

  it('refuses a link after a week', async () => {
    const email = `${unique('laat')}@example.org`
    const coordinator = (await app.payload.findByID({ collection: 'users', id: users.coordinator.id })) as User
    await inviteColleague(app.payload, coordinator, { name: 'Laat', email }, new Date(Date.now() - 8 * 86400_000))
    const res = await api(app.url, 'POST', '/api/users/accept-invite', {
      body: { token: linkIn(email), password: 'een lange zin als wachtwoord' },
    })
    expect(res.status).toBe(410)
  })
})

describe('deactivating someone who leaves', () => {
  it('lists the future shifts, asks for confirmation, then takes them off', async () => {
    const leaver = await app.payload.create({
      collection: 'users',
      data: {
        name: 'Vera Vertrek',
        email: `${unique('vertrek')}@example.org`,
        password: 'een lange zin als wachtwoord',
        role: 'baliemedewerker',
      },
    })
    const at = (days: number, hours = 0) => new Date(Date.now() + days * 86400_000 + hours * 3600_000).toISOString()
    const shift = (days: number, externalNames: string[] = []) =>
      app.payload.create({
        collection: 'roster-shifts',
        data: {
          location: basics.location.id,
          startsAt: at(days),
          endsAt: at(days, 2),
          staff: [leaver.id],
          externalNames,
          role: 'volunteer',
        },
      })
    const past = await shift(-3)
    const alone = await shift(3)
    const shared = await shift(5, ['Lotte Hendriks'])

    const path = `/api/users/${leaver.id}/deactivation`
    expect((await api(app.url, 'GET', path, { token: users.coordinator.token })).status).toBe(403)
    const listed = await api(app.url, 'GET', path, { token: users.beheerder.token })
    expect(listed.status).toBe(200)
    expect(listed.body.shifts.map((item: { id: number }) => item.id)).toEqual([alone.id, shared.id])
    expect(listed.body.shifts[0]).toMatchObject({ alone: true })

    const unconfirmed = await api(app.url, 'POST', path, { token: users.beheerder.token, body: {} })
    expect(unconfirmed.status).toBe(400)
    expect((await app.payload.findByID({ collection: 'users', id: leaver.id })).active).toBe(true)

    const done = await api(app.url, 'POST', path, { token: users.beheerder.token, body: { confirm: true } })
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ removed: 1, deleted: 1 })
    expect((await app.payload.findByID({ collection: 'users', id: leaver.id })).active).toBe(false)
    expect(await app.payload.count({ collection: 'roster-shifts', where: { id: { equals: alone.id } } })).toMatchObject(
      {
        totalDocs: 0,
      },
    )
    const kept = await app.payload.findByID({ collection: 'roster-shifts', id: shared.id, depth: 0 })
    expect(kept.staff).toEqual([])
    expect(kept.externalNames).toEqual(['Lotte Hendriks'])
    const history = await app.payload.findByID({ collection: 'roster-shifts', id: past.id, depth: 0 })
    expect(history.staff).toEqual([leaver.id])
  })
})

// Last in this file: the second network makes the Local API's writes above ask which network they are for.
describe('someone of another network', () => {
  it('adds someone of another network to this one with the role given; they keep their own account', async () => {
    const [{ id: ours }] = (await app.payload.find({ collection: 'networks', depth: 0, limit: 1 })).docs
    const other = await app.payload.create({ collection: 'networks', data: { name: unique('Buurnetwerk') } })
    const email = `${unique('buur')}@example.org`
    const { id } = await app.payload.create({
      collection: 'users',
      data: {
        name: 'Bram Buur',
        email,
        password: TEST_PASSWORD,
        active: true,
        networks: [{ network: other.id, role: 'coordinator' }],
      },
    })
    const res = await invite(users.beheerder.token, { name: 'Een andere naam', email, role: 'communicatie' })
    expect(res.status).toBe(201)
    expect(res.body.invited).toMatchObject({ id, name: 'Bram Buur', email })
    const stored = await app.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
    expect(stored.name).toBe('Bram Buur')
    expect(stored.networks?.map((row) => [row.network, row.role])).toEqual([
      [other.id, 'coordinator'],
      [ours, 'communicatie'],
    ])
    // Told by e-mail, without a link to choose a password: they log in as they always did.
    const mail = [...smtp.received].reverse().find((message) => message.to.includes(email))
    expect(mail?.raw).toContain('Je logt in met je eigen account')
    expect(linkIn(email)).toBeNull()
    const token = await login(app.url, email)
    const asOurs = await api(app.url, 'GET', '/api/users/me', { token, headers: { Cookie: `payload-tenant=${ours}` } })
    expect(asOurs.body.user.role).toBe('communicatie')
    // When the e-mail cannot be sent, the account stays as it was.
    const unreachable = await app.payload.create({
      collection: 'users',
      data: {
        name: 'Onbereikbaar',
        email: `${unique('onbereikbaar')}@weigert.example.org`,
        password: TEST_PASSWORD,
        networks: [{ network: other.id, role: 'baliemedewerker' }],
      },
    })
    const failed = await invite(users.beheerder.token, { name: 'X', email: unreachable.email })
    expect([failed.status, failed.body.error]).toEqual([502, expect.stringContaining('Er is niets opgeslagen')])
    const kept = await app.payload.findByID({ collection: 'users', id: unreachable.id, depth: 0, overrideAccess: true })
    expect(kept.networks?.map((row) => row.network)).toEqual([other.id])
    // A second time is refused.
    expect((await invite(users.beheerder.token, { name: 'X', email })).body.error).toBe(
      'Deze collega werkt al in dit netwerk.',
    )
  })

  it('someone who also works in another network leaves ours only: off our shifts, out of our list, at work in theirs', async () => {
    const [{ id: ours }] = (await app.payload.find({ collection: 'networks', depth: 0, limit: 1, sort: 'createdAt' }))
      .docs
    const other = await app.payload.create({ collection: 'networks', data: { name: unique('Buren') } })
    const theirInfopunt = await app.payload.create({
      collection: 'locations',
      data: {
        name: unique('Infopunt Elders'),
        network: other.id,
        kern: await kernIn(app.payload, 'Elders', 'Elders', other.id),
      },
    })
    const email = `${unique('lea')}@example.org`
    const lea = await app.payload.create({
      collection: 'users',
      data: {
        name: 'Lea Lid',
        email,
        password: TEST_PASSWORD,
        active: true,
        defaultLocation: basics.location.id,
        networks: [
          { network: other.id, role: 'coordinator' },
          { network: ours, role: 'baliemedewerker' },
        ],
      },
    })
    const at = (days: number) => new Date(Date.now() + days * 86400_000).toISOString()
    const shift = (location: number, network: number, days: number, staff: number[]) =>
      app.payload.create({
        collection: 'roster-shifts',
        data: { network, location, startsAt: at(days), endsAt: at(days + 0.1), staff, role: 'volunteer' },
        context: { skipPairingCheck: true },
      })
    const past = await shift(basics.location.id, ours, -2, [lea.id])
    const alone = await shift(basics.location.id, ours, 2, [lea.id])
    const together = await shift(basics.location.id, ours, 3, [lea.id, users.baliemedewerker.id as number])
    const theirs = await shift(theirInfopunt.id, other.id, 4, [lea.id])

    const path = `/api/users/${lea.id}/deactivation`
    const listed = await api(app.url, 'GET', path, { token: users.beheerder.token })
    expect(listed.status).toBe(200)
    expect(listed.body.leaves).toBe((await app.payload.findByID({ collection: 'networks', id: ours, depth: 0 })).name)
    expect(listed.body.shifts.map((item: { id: number }) => item.id)).toEqual([alone.id, together.id])

    const done = await api(app.url, 'POST', path, { token: users.beheerder.token, body: { confirm: true } })
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ removed: 1, deleted: 1, left: listed.body.leaves })
    const stored = await app.payload.findByID({ collection: 'users', id: lea.id, depth: 0, overrideAccess: true })
    expect([stored.active, stored.defaultLocation ?? null]).toEqual([true, null])
    expect(stored.networks?.map((row) => [row.network, row.role])).toEqual([[other.id, 'coordinator']])
    const shiftsNow = await app.payload.find({
      collection: 'roster-shifts',
      where: { id: { in: [past.id, alone.id, together.id, theirs.id] } },
      depth: 0,
      sort: 'startsAt',
    })
    expect(shiftsNow.docs.map((doc) => [doc.id, doc.staff])).toEqual([
      [past.id, [lea.id]],
      [together.id, [users.baliemedewerker.id]],
      [theirs.id, [lea.id]],
    ])
    // Out of our list: the account no longer exists for us; in theirs, Lea works on as before.
    expect((await api(app.url, 'GET', `/api/users/${lea.id}`, { token: users.beheerder.token })).status).toBe(404)
    const token = await login(app.url, email)
    const me = await api(app.url, 'GET', '/api/users/me', { token })
    expect(me.body.user.role).toBe('coordinator')
    expect(me.body.user.networks.map((row: { network: number }) => row.network)).toEqual([other.id])
  })
})
