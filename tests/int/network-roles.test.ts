import { beforeAll, describe, expect, it } from '@jest/globals'

import type { Role } from '../../src/access/roles'
import { ANOTHER_NETWORK, WORKS_ELSEWHERE } from '../../src/networks/hooks'
import { OWN_ACCOUNT_STAYS_ACTIVE } from '../../src/people/hooks'
import { NOT_A_COORDINATOR } from '../../src/people/networkRoles'
import { withinCurrentNetwork } from '../../src/networks/current'
import type { User } from '../../src/payload-types'
import { addDays, localInstant, localParts } from '../../src/lib/localTime'
import { loadCoverageOutlook } from '../../src/roster/outlook'
import { loadStartpage } from '../../src/startpage/load'
import { loadTrainingOverview } from '../../src/trainings/overview'
import { api, login, TEST_PASSWORD } from '../helpers/api'
import { kernIn, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

/**
 * A role is held in a network: someone who coordinates in one network can be a desk worker in another.
 * Every request sees the role of the network chosen in the switch (the `payload-tenant` cookie, shared
 * with the admin's), and one network's administrators set roles in their own network only.
 */
const app = useTestApp()

type Id = number // opaque at run time; the generated types say number
let a: Id
let b: Id
const tokens = {} as Record<'adminA' | 'adminB' | 'adminBoth' | 'rosa' | 'mixed' | 'communicationsA', string>
let rosa: Id
let adminA: Id

const account = async (key: keyof typeof tokens | null, roles: [Id, Role][], name = unique('Collega')) => {
  const email = `${unique('rol')}@netwerk.example`
  const { id } = await app.payload.create({
    collection: 'users',
    data: {
      name,
      email,
      password: TEST_PASSWORD,
      active: true,
      networks: roles.map(([network, role]) => ({ network, role })),
    },
  })
  if (key) tokens[key] = await login(app.url, email)
  return id
}

const as = (token: string, network: Id | null) => ({
  token,
  headers: network === null ? ({} as Record<string, string>) : { Cookie: `payload-tenant=${network}` },
})

/** The roles as stored, per network. */
const rolesOf = async (id: Id) => {
  const user = await app.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
  return Object.fromEntries((user.networks ?? []).map((row) => [String(row.network), row.role]))
}

beforeAll(async () => {
  const { payload } = app
  ;[{ id: a }] = (await payload.find({ collection: 'networks', depth: 0, limit: 1 })).docs
  ;({ id: b } = await payload.create({ collection: 'networks', data: { name: unique('Netwerk B') } }))
  adminA = await account('adminA', [[a, 'beheerder']])
  await account('adminB', [[b, 'beheerder']])
  await account('adminBoth', [
    [a, 'beheerder'],
    [b, 'beheerder'],
  ])
  rosa = await account(
    'rosa',
    [
      [a, 'coordinator'],
      [b, 'baliemedewerker'],
    ],
    'Rosa Tweeërlei',
  )
  // Like the demo's consultant: keeps the content of one network and administers the other.
  await account('communicationsA', [[a, 'communicatie']])
  await account('mixed', [
    [a, 'communicatie'],
    [b, 'beheerder'],
  ])
})

describe('the role someone works in', () => {
  it('is the role of the network chosen in the switch, and of their first network without a choice', async () => {
    const me = async (network: Id | null) =>
      (await api(app.url, 'GET', '/api/users/me', as(tokens.rosa, network))).body.user.role
    expect(await me(a)).toBe('coordinator')
    expect(await me(b)).toBe('baliemedewerker')
    expect(await me(null)).toBe('coordinator')
  })

  it('decides what they may do there: the report is theirs in one network and not in the other', async () => {
    const report = (network: Id) =>
      api(
        app.url,
        'GET',
        '/api/registrations/report?groupBy=theme&from=2026-01-01&to=2026-12-31',
        as(tokens.rosa, network),
      )
    expect((await report(a)).status).toBe(200)
    const refused = await report(b)
    expect(refused.status).toBe(403)
  })

  it('is what each network’s administrators see of a shared colleague', async () => {
    const seen = async (token: string, network: Id) =>
      (await api(app.url, 'GET', `/api/users/${rosa}`, as(token, network))).body.role
    expect(await seen(tokens.adminA, a)).toBe('coordinator')
    expect(await seen(tokens.adminB, b)).toBe('baliemedewerker')
    expect(await seen(tokens.adminBoth, b)).toBe('baliemedewerker')
    // Her role in a network the reader is not in is not theirs to read.
    const rows = (await api(app.url, 'GET', `/api/users/${rosa}?depth=0`, as(tokens.adminB, b))).body.networks as {
      network: Id
      role?: string
    }[]
    expect(rows.map((row) => [String(row.network), row.role])).toEqual([
      [String(a), undefined],
      [String(b), 'baliemedewerker'],
    ])
  })
})

describe('setting a role', () => {
  it('by an administrator of one network changes the role there, and keeps the other network’s', async () => {
    const changed = await api(app.url, 'PATCH', `/api/users/${rosa}`, {
      ...as(tokens.adminA, a),
      body: { role: 'communicatie' },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.role).toBe('communicatie')
    expect(await rolesOf(rosa)).toEqual({ [String(a)]: 'communicatie', [String(b)]: 'baliemedewerker' })
    await api(app.url, 'PATCH', `/api/users/${rosa}`, { ...as(tokens.adminA, a), body: { role: 'coordinator' } })
    expect(await rolesOf(rosa)).toEqual({ [String(a)]: 'coordinator', [String(b)]: 'baliemedewerker' })
  })

  it('by an administrator of both networks changes the role of the network chosen in the switch', async () => {
    const changed = await api(app.url, 'PATCH', `/api/users/${rosa}`, {
      ...as(tokens.adminBoth, b),
      body: { role: 'coordinator' },
    })
    expect(changed.status).toBe(200)
    expect(await rolesOf(rosa)).toEqual({ [String(a)]: 'coordinator', [String(b)]: 'coordinator' })
    await api(app.url, 'PATCH', `/api/users/${rosa}`, { ...as(tokens.adminBoth, b), body: { role: 'baliemedewerker' } })
    expect(await rolesOf(rosa)).toEqual({ [String(a)]: 'coordinator', [String(b)]: 'baliemedewerker' })
  })

  it('leaves what the account holds in every network to those who administer all of them', async () => {
    const before = await app.payload.findByID({ collection: 'users', id: rosa, depth: 0, overrideAccess: true })
    for (const body of [
      { name: 'Andere naam' },
      { role: 'communicatie', active: false },
      { password: 'een-heel-nieuw-wachtwoord' },
    ]) {
      const refused = await api(app.url, 'PATCH', `/api/users/${rosa}`, { ...as(tokens.adminB, b), body })
      expect([JSON.stringify(body), refused.status]).toEqual([JSON.stringify(body), 403])
      expect(refused.body.errors[0].message).toBe(WORKS_ELSEWHERE)
    }
    const after = await app.payload.findByID({ collection: 'users', id: rosa, depth: 0, overrideAccess: true })
    expect(after).toEqual(before)
  })

  it('refuses a role that does not exist, with a Dutch reason, and changes nothing', async () => {
    const refused = await api(app.url, 'PATCH', `/api/users/${rosa}`, {
      ...as(tokens.adminA, a),
      body: { role: 'superuser' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/ongeldige selectie/)
    expect(await rolesOf(rosa)).toEqual({ [String(a)]: 'coordinator', [String(b)]: 'baliemedewerker' })
  })

  it('is not for the person themselves: nobody promotes themselves in either network', async () => {
    for (const network of [a, b])
      await api(app.url, 'PATCH', `/api/users/${rosa}`, { ...as(tokens.rosa, network), body: { role: 'beheerder' } })
    expect(await rolesOf(rosa)).toEqual({ [String(a)]: 'coordinator', [String(b)]: 'baliemedewerker' })
  })

  it('through an invitation gives the new colleague the role in the inviter’s current network only', async () => {
    const email = `${unique('nieuw')}@netwerk.example`
    const invited = await api(app.url, 'POST', '/api/users/invite', {
      ...as(tokens.adminBoth, b),
      body: { name: 'Nieuwe collega', email, role: 'coordinator' },
    })
    expect(invited.status).toBe(201)
    const [user] = (
      await app.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
    ).docs
    expect(await rolesOf(user.id)).toEqual({ [String(b)]: 'coordinator' })
  })
})

describe('a role counts in its own network only', () => {
  it("writes nothing into another of one's networks by naming it: a record joins the network being worked in", async () => {
    const { payload } = app
    const count = async (collection: 'trainings' | 'municipalities', name: string) =>
      (await payload.count({ collection, where: { name: { equals: name } }, overrideAccess: true })).totalDocs
    // As administrator of B, a training named for network A (where they are communications staff).
    const training = unique('Training')
    const intoA = await api(app.url, 'POST', '/api/trainings', {
      ...as(tokens.mixed, b),
      body: { name: training, network: a },
    })
    expect([intoA.status, intoA.body.errors?.[0]?.message]).toEqual([403, ANOTHER_NETWORK])
    expect(await count('trainings', training)).toBe(0)
    // As communications staff of A, a municipality named for B.
    const municipality = unique('Gemeente')
    const intoB = await api(app.url, 'POST', '/api/municipalities', {
      ...as(tokens.mixed, a),
      body: { name: municipality, network: b },
    })
    expect(intoB.status).toBe(403)
    expect(await count('municipalities', municipality)).toBe(0)
    // Nor is one of A's records moved into B.
    const ours = await api(app.url, 'POST', '/api/municipalities?depth=0', {
      ...as(tokens.mixed, a),
      body: { name: municipality },
    })
    expect([ours.status, ours.body.doc.network]).toEqual([201, a])
    const moved = await api(app.url, 'PATCH', `/api/municipalities/${ours.body.doc.id}`, {
      ...as(tokens.mixed, a),
      body: { network: b },
    })
    expect(moved.status).toBe(403)
    const stored = await payload.findByID({ collection: 'municipalities', id: ours.body.doc.id, depth: 0 })
    expect(stored.network).toBe(a)
  })

  it('gives an administrator of one network nothing of the other network where they keep the content', async () => {
    const { payload } = app
    const theme = await payload.create({ collection: 'themes', data: { name: unique('Thema') } })
    const location = await payload.create({
      collection: 'locations',
      data: { network: a, name: unique('Infopunt A'), kern: await kernIn(payload, 'Aa', 'Aa', a) },
    })
    const registration = await payload.create({
      collection: 'registrations',
      data: {
        network: a,
        occurredAt: new Date().toISOString(),
        location: location.id,
        themes: [theme.id],
        answerType: 'advice',
        channel: 'desk',
        ageBand: 'unknown',
      },
    })
    const asAdministratorOfB = as(tokens.mixed, b)
    const ids = (body: { docs: { id: Id }[] }) => body.docs.map((doc) => String(doc.id))

    const users = await api(app.url, 'GET', '/api/users?limit=1000&depth=0', asAdministratorOfB)
    expect(users.status).toBe(200)
    expect(ids(users.body)).not.toContain(String(adminA))
    const registrations = await api(app.url, 'GET', '/api/registrations?limit=1000&depth=0', asAdministratorOfB)
    expect(registrations.status).toBe(200)
    expect(ids(registrations.body)).not.toContain(String(registration.id))

    for (const [path, body] of [
      [`/api/users/${adminA}`, { email: 'overgenomen@example.org' }],
      [`/api/registrations/${registration.id}`, { durationMinutes: 10 }],
      [`/api/networks/${a}`, { name: 'Overgenomen' }],
    ] as const) {
      const refused = await api(app.url, 'PATCH', path, { ...asAdministratorOfB, body })
      expect([path, refused.status]).toEqual([path, expect.any(Number)])
      expect(refused.status === 403 || refused.status === 404).toBe(true)
    }
    expect((await payload.findByID({ collection: 'users', id: adminA, overrideAccess: true })).email).not.toBe(
      'overgenomen@example.org',
    )
    expect(
      (await payload.findByID({ collection: 'registrations', id: registration.id, overrideAccess: true }))
        .durationMinutes,
    ).not.toBe(10)
    expect((await payload.findByID({ collection: 'networks', id: a, overrideAccess: true })).name).not.toBe(
      'Overgenomen',
    )

    // In network A itself they hold communications staff's rights: no registrations, no accounts to change.
    const inA = as(tokens.mixed, a)
    expect((await api(app.url, 'GET', '/api/registrations?depth=0', inA)).status).toBe(403)
    expect(
      (await api(app.url, 'PATCH', `/api/users/${adminA}`, { ...inA, body: { name: 'Andere naam' } })).status,
    ).toBeGreaterThanOrEqual(403)
    // The switch still lists both networks.
    const networks = await api(app.url, 'GET', '/api/networks?depth=0', asAdministratorOfB)
    expect(ids(networks.body).sort()).toEqual([String(a), String(b)].sort())
  })

  it('leaves what a shared colleague holds in every network to administrators of all of them', async () => {
    // Rosa works in A and B; the mixed account administers B only, so her name is not theirs to change.
    const refused = await api(app.url, 'PATCH', `/api/users/${rosa}`, { ...as(tokens.mixed, b), body: { name: 'X' } })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(WORKS_ELSEWHERE)
    expect(WORKS_ELSEWHERE).not.toMatch(/[:,]/)
  })
})

describe('an administrator’s own account', () => {
  it('is not theirs to deactivate: in two networks no single network’s administrator could turn it back on', async () => {
    const { user } = (await api(app.url, 'GET', '/api/users/me', as(tokens.mixed, b))).body
    const refused = await api(app.url, 'PATCH', `/api/users/${user.id}`, {
      ...as(tokens.mixed, b),
      body: { active: false },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toBe(OWN_ACCOUNT_STAYS_ACTIVE)
    expect((await app.payload.findByID({ collection: 'users', id: user.id, overrideAccess: true })).active).toBe(true)
    // The same over the whole collection, which a filter could narrow to the caller alone.
    await api(app.url, 'PATCH', `/api/users?where[id][equals]=${user.id}`, {
      ...as(tokens.mixed, b),
      body: { active: false },
    })
    expect((await app.payload.findByID({ collection: 'users', id: user.id, overrideAccess: true })).active).toBe(true)
  })
})

describe('what reads roles', () => {
  it('offers as an Infopunt’s coordinators the coordinators of its own network', async () => {
    const { payload } = app
    const inA = await payload.create({
      collection: 'locations',
      depth: 0,
      data: {
        network: a,
        name: unique('Infopunt A'),
        kern: await kernIn(payload, 'Aa', 'Aa', a),
        coordinators: [rosa],
      },
    })
    expect(inA.coordinators).toEqual([rosa])
    await expect(
      payload.create({
        collection: 'locations',
        data: {
          network: b,
          name: unique('Infopunt B'),
          kern: await kernIn(payload, 'Bee', 'Bee', b),
          coordinators: [rosa],
        },
      }),
    ).rejects.toThrow(/ongeldig/i)
  })

  it('lets communications staff, who read no colleagues, save an Infopunt that has coordinators', async () => {
    const location = await app.payload.create({
      collection: 'locations',
      depth: 0,
      data: {
        network: a,
        name: unique('Infopunt A'),
        kern: await kernIn(app.payload, 'Aa', 'Aa', a),
        coordinators: [rosa],
      },
    })
    const saved = await api(app.url, 'PATCH', `/api/locations/${location.id}?depth=0`, {
      ...as(tokens.communicationsA, a),
      body: { name: unique('Infopunt A hernoemd') },
    })
    expect(`${saved.status} ${saved.status === 200 ? '' : JSON.stringify(saved.body)}`.trim()).toBe('200')
    expect(saved.body.doc.coordinators).toEqual([rosa])
    const refused = await api(app.url, 'PATCH', `/api/locations/${location.id}?depth=0`, {
      ...as(tokens.communicationsA, a),
      body: { coordinators: [adminA] },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain(NOT_A_COORDINATOR)
  })

  it('lists someone in the training overview of the network where they work at the desk', async () => {
    const coordinatorB = await account(null, [[b, 'coordinator']])
    const reader = await app.payload.findByID({ collection: 'users', id: coordinatorB, depth: 0, overrideAccess: true })
    const inB = await loadTrainingOverview(app.payload, withinCurrentNetwork(reader as User, new Headers()))
    expect(inB.staff.find((person) => String(person.id) === String(rosa))?.role).toBe('baliemedewerker')

    const communications = await account(
      null,
      [
        [a, 'communicatie'],
        [b, 'baliemedewerker'],
      ],
      unique('Wisselend'),
    )
    const rosaAccount = await app.payload.findByID({ collection: 'users', id: rosa, depth: 0, overrideAccess: true })
    const inA = await loadTrainingOverview(
      app.payload,
      withinCurrentNetwork(rosaAccount as User, new Headers({ Cookie: `payload-tenant=${a}` })),
    )
    expect(inA.staff.map((person) => String(person.id))).not.toContain(String(communications))
    expect(inA.staff.map((person) => String(person.id))).toContain(String(rosa))
    const inBAgain = await loadTrainingOverview(app.payload, withinCurrentNetwork(reader as User, new Headers()))
    expect(inBAgain.staff.map((person) => String(person.id))).toContain(String(communications))
  })

  it('judges who is in training on a network’s roster by that network’s own required trainings', async () => {
    const { payload } = app
    const coordinatorB = await account(null, [[b, 'coordinator']])
    const dekker = await account(null, [[b, 'baliemedewerker']], unique('Maarten'))
    const trainingA = await payload.create({
      collection: 'trainings',
      data: { network: a, name: unique('Vraagverheldering A'), required: true },
    })
    await payload.create({
      collection: 'training-completions',
      data: { network: a, user: rosa, training: trainingA.id, completedOn: new Date().toISOString() },
    })
    const desk = async (network: Id, name: string) =>
      (
        await payload.create({
          collection: 'locations',
          depth: 0,
          data: { network, name: unique(name), kern: await kernIn(payload, name, name, network) },
        })
      ).id
    const [deskA, deskB] = [await desk(a, 'Infopunt Aa'), await desk(b, 'Infopunt Bee')]
    const alone = async (network: Id, location: Id, person: Id | string, inDays: number) => {
      const date = addDays(localParts(new Date()).date, inDays)
      await payload.create({
        collection: 'roster-shifts',
        data: {
          network,
          location,
          startsAt: localInstant(date, '10:00').toISOString(),
          endsAt: localInstant(date, '12:00').toISOString(),
          // A name is someone without an account.
          ...(typeof person === 'string' ? { externalNames: [person] } : { staff: [person] }),
          role: 'professional',
        },
      })
    }
    /** Those the startpage of B's desk marks as in training, over the coming week. */
    const markedOnStartpage = async () => {
      const account = await payload.findByID({ collection: 'users', id: coordinatorB, depth: 0, overrideAccess: true })
      const { desks } = await loadStartpage(payload, withinCurrentNetwork(account as User, new Headers()))
      return desks
        .flatMap((desk) => [...desk.now, ...desk.laterToday, ...desk.next])
        .flatMap((shift) => shift.people.filter((person) => person.inTraining).map((person) => person.name))
    }
    const flagged = async (reader: Id, network: Id) => {
      const account = await payload.findByID({ collection: 'users', id: reader, depth: 0, overrideAccess: true })
      const user = withinCurrentNetwork(account as User, new Headers({ Cookie: `payload-tenant=${network}` }))
      return (await loadCoverageOutlook(payload, user)).untrained.flatMap((shift) => shift.names)
    }
    const dekkerName = (await payload.findByID({ collection: 'users', id: dekker, depth: 0 })).name
    const rosaName = 'Rosa Tweeërlei'

    // B requires no training: nobody is in training there, whatever A requires, not even someone without an account.
    await alone(b, deskB, dekker, 3)
    await alone(b, deskB, 'Noor Visser', 2)
    expect(await flagged(coordinatorB, b)).toEqual([])
    expect(await markedOnStartpage()).toEqual([])

    // Once B requires one, Rosa is in training on B's roster, though trained in A; in A she is not.
    await payload.create({
      collection: 'trainings',
      data: { network: b, name: unique('Vraagverheldering B'), required: true },
    })
    await alone(b, deskB, rosa, 4)
    await alone(a, deskA, rosa, 5)
    expect(await flagged(coordinatorB, b)).toEqual(expect.arrayContaining([rosaName, dekkerName, 'Noor Visser']))
    expect(await flagged(rosa, a)).not.toContain(rosaName)
    // The startpage marks them too: the new training renewed it.
    expect(await markedOnStartpage()).toEqual(expect.arrayContaining([rosaName, dekkerName, 'Noor Visser']))
  })
})
