/**
 * Every collection × create/read/update/delete × every role and anonymous, over real HTTP.
 * The expected matrix below is the specification; each cell is its own test.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'

import type { Role } from '../../src/access/roles'
import { api, createRoleUsers, TEST_PASSWORD } from '../helpers/api'
import { createBasics, tinyPdf, tinyPng, unique } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/testApp'

type Actor = Role | 'anonymous'
type Op = 'create' | 'read' | 'update' | 'delete'
/** true: allowed; false: refused; 'own': only the actor's own documents. */
type Rule = boolean | 'own'
type Ops = Record<Op, Rule>

const all: Ops = { create: true, read: true, update: true, delete: true }
const readOnly: Ops = { create: false, read: true, update: false, delete: false }
const none: Ops = { create: false, read: false, update: false, delete: false }
const self: Ops = { create: false, read: 'own', update: 'own', delete: false }

const content = [
  'organisations',
  'services',
  'themes',
  'locations',
  'referral-mailboxes',
  'digital-sources',
  'work-documents',
  'media',
] as const
type Target =
  (typeof content)[number] | 'roster-shifts' | 'registrations' | 'users' | 'incorrect-info-reports' | 'referrals'

const contentWith = (ops: Ops) =>
  Object.fromEntries(content.map((slug) => [slug, ops])) as Record<(typeof content)[number], Ops>

/** Anyone on staff reports wrong details and sees their own reports; editors handle them. */
const reporter: Ops = { create: true, read: 'own', update: false, delete: false }

/** Referrals are written by the referral endpoint only; everyone sees their own, coordinators all. */
const ownReferrals: Ops = { create: false, read: 'own', update: false, delete: false }

const expected: Record<Actor, Record<Target, Ops>> = {
  beheerder: {
    ...contentWith(all),
    'roster-shifts': all,
    registrations: all,
    users: all,
    'incorrect-info-reports': all,
    referrals: { create: false, read: true, update: false, delete: true },
  },
  communicatie: {
    ...contentWith(all),
    'roster-shifts': readOnly,
    registrations: none,
    users: self,
    'incorrect-info-reports': { create: true, read: true, update: true, delete: false },
    referrals: ownReferrals,
  },
  coordinator: {
    ...contentWith(readOnly),
    'roster-shifts': all,
    registrations: readOnly,
    users: self,
    'incorrect-info-reports': reporter,
    referrals: readOnly,
  },
  baliemedewerker: {
    ...contentWith(readOnly),
    'roster-shifts': readOnly,
    registrations: { create: true, read: 'own', update: 'own', delete: false },
    users: self,
    'incorrect-info-reports': reporter,
    referrals: ownReferrals,
  },
  anonymous: {
    ...contentWith(none),
    'roster-shifts': none,
    registrations: none,
    users: none,
    'incorrect-info-reports': none,
    referrals: none,
  },
}

const brandExpected: Record<Actor, { read: boolean; update: boolean }> = {
  beheerder: { read: true, update: true },
  communicatie: { read: true, update: true },
  coordinator: { read: true, update: false },
  baliemedewerker: { read: true, update: false },
  anonymous: { read: false, update: false },
}

const REFUSED = [401, 403]
const REFUSED_BY_ID = [401, 403, 404]

let app: TestApp
let users: Awaited<ReturnType<typeof createRoleUsers>>
let basics: Awaited<ReturnType<typeof createBasics>>
let otherDeskWorker: { id: number | string }

const tokenOf = (actor: Actor) => (actor === 'anonymous' ? undefined : users[actor].token)
const idOf = (actor: Actor) => (actor === 'anonymous' ? undefined : users[actor].id)

type Id = number | string
interface Spec {
  /** A document through the Local API; `owner` is whose it is, where that matters. */
  fixture: (owner?: Id) => Promise<Id>
  createBody: () => Promise<Record<string, unknown> | FormData>
  change: () => Record<string, unknown>
}

const hour = (offsetHours: number) => new Date(Date.UTC(2030, 0, 1, 8) + offsetHours * 3600_000).toISOString()
let shiftSlot = 0

const specs: Record<Target, Spec> = {
  organisations: {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'organisations',
          data: { name: unique('Org'), shortDescription: 'Kort.', kindOfHelp: 'formal', status: 'active' },
        })
      ).id,
    createBody: async () => ({ name: unique('Nieuwe organisatie'), shortDescription: 'Kort.', kindOfHelp: 'informal' }),
    change: () => ({ shortDescription: unique('Gewijzigd') }),
  },
  services: {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'services',
          data: {
            name: unique('Dienst'),
            organisation: basics.organisation.id,
            description: 'Omschrijving.',
            kindOfHelp: 'formal',
            status: 'active',
          },
        })
      ).id,
    createBody: async () => ({
      name: unique('Nieuwe dienst'),
      organisation: basics.organisation.id,
      description: 'Omschrijving.',
      kindOfHelp: 'informal',
    }),
    change: () => ({ description: unique('Gewijzigd') }),
  },
  themes: {
    fixture: async () => (await app.payload.create({ collection: 'themes', data: { name: unique('Thema') } })).id,
    createBody: async () => ({ name: unique('Nieuw thema'), synonyms: ['test'] }),
    change: () => ({ description: unique('Gewijzigd') }),
  },
  locations: {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'locations',
          data: { name: unique('Infopunt'), kern: 'Dalfsen', municipality: 'Dalfsen' },
        })
      ).id,
    createBody: async () => ({ name: unique('Nieuw Infopunt'), kern: 'Nieuwleusen', municipality: 'Dalfsen' }),
    change: () => ({ venue: unique('Kulturhus') }),
  },
  'referral-mailboxes': {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'referral-mailboxes',
          data: { email: `${unique('mb')}@example.org`, location: basics.location.id },
        })
      ).id,
    createBody: async () => ({ email: `${unique('nieuw')}@example.org`, location: basics.location.id }),
    change: () => ({ purpose: unique('Gewijzigd') }),
  },
  'digital-sources': {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'digital-sources',
          data: {
            title: unique('Bron'),
            url: 'https://www.example.org',
            category: 'other',
            audienceRoles: ['beheerder', 'communicatie', 'coordinator', 'baliemedewerker'],
          },
        })
      ).id,
    createBody: async () => ({ title: unique('Nieuwe bron'), url: 'https://www.example.org/nieuw', category: 'money' }),
    change: () => ({ description: unique('Gewijzigd') }),
  },
  'work-documents': {
    fixture: async () => {
      const data = tinyPdf()
      const doc = await app.payload.create({
        collection: 'work-documents',
        data: {
          title: unique('Document'),
          category: 'protocol',
          versionDate: new Date().toISOString(),
          audienceRoles: ['beheerder', 'communicatie', 'coordinator', 'baliemedewerker'],
        },
        file: { data, mimetype: 'application/pdf', name: `${unique('doc')}.pdf`, size: data.length },
      })
      return doc.id
    },
    createBody: async () => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(tinyPdf())], { type: 'application/pdf' }), `${unique('upload')}.pdf`)
      form.append(
        '_payload',
        JSON.stringify({
          title: unique('Nieuw document'),
          category: 'training',
          versionDate: new Date().toISOString(),
        }),
      )
      return form
    },
    change: () => ({ title: unique('Gewijzigd') }),
  },
  media: {
    fixture: async () => {
      const data = await tinyPng()
      return (
        await app.payload.create({
          collection: 'media',
          data: { alt: 'Logo' },
          file: { data, mimetype: 'image/png', name: `${unique('img')}.png`, size: data.length },
        })
      ).id
    },
    createBody: async () => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await tinyPng())], { type: 'image/png' }), `${unique('logo')}.png`)
      form.append('_payload', JSON.stringify({ alt: 'Een logo' }))
      return form
    },
    change: () => ({ alt: unique('Gewijzigd') }),
  },
  'roster-shifts': {
    fixture: async () => {
      shiftSlot += 2
      return (
        await app.payload.create({
          collection: 'roster-shifts',
          data: {
            location: basics.location.id,
            startsAt: hour(shiftSlot),
            endsAt: hour(shiftSlot + 1),
            externalNames: [unique('Vrijwilliger')],
            role: 'volunteer',
          },
        })
      ).id
    },
    createBody: async () => {
      shiftSlot += 2
      return {
        location: basics.location.id,
        startsAt: hour(shiftSlot),
        endsAt: hour(shiftSlot + 1),
        externalNames: [unique('Nieuwe vrijwilliger')],
        role: 'volunteer',
      }
    },
    change: () => ({ notes: unique('Gewijzigd') }),
  },
  registrations: {
    fixture: async (owner) =>
      (
        await app.payload.create({
          collection: 'registrations',
          data: {
            occurredAt: new Date().toISOString(),
            channel: 'desk',
            targetGroup: 'unknown',
            location: basics.location.id,
            themes: [basics.theme.id],
            answerType: 'information',
            registeredBy: (owner ?? otherDeskWorker.id) as number,
          },
        })
      ).id,
    createBody: async () => ({
      location: basics.location.id,
      themes: [basics.theme.id],
      answerType: 'advice',
      targetGroup: 'senior',
    }),
    change: () => ({ summary: unique('Gewijzigd') }),
  },
  'incorrect-info-reports': {
    fixture: async (owner) =>
      (
        await app.payload.create({
          collection: 'incorrect-info-reports',
          data: {
            organisation: basics.organisation.id,
            kind: 'phone',
            status: 'open',
            reportedBy: (owner ?? otherDeskWorker.id) as number,
          },
        })
      ).id,
    createBody: async () => ({ organisation: basics.organisation.id, kind: 'hours', note: 'Dinsdag gesloten.' }),
    change: () => ({ note: unique('Gewijzigd') }),
  },
  referrals: {
    fixture: async (owner) =>
      (
        await app.payload.create({
          collection: 'referrals',
          data: {
            organisation: basics.organisation.id,
            method: 'mailto',
            referredBy: (owner ?? otherDeskWorker.id) as number,
          },
        })
      ).id,
    createBody: async () => ({ organisation: basics.organisation.id, method: 'email', referredBy: users.beheerder.id }),
    change: () => ({ method: 'email' }),
  },
  users: {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'users',
          data: {
            email: `${unique('collega')}@test.example`,
            password: TEST_PASSWORD,
            name: 'Collega',
            role: 'baliemedewerker',
          },
        })
      ).id,
    createBody: async () => ({
      email: `${unique('nieuw')}@test.example`,
      password: TEST_PASSWORD,
      name: 'Nieuwe collega',
      role: 'baliemedewerker',
    }),
    change: () => ({ name: unique('Gewijzigd') }),
  },
}

const findById = async (collection: CollectionSlug, id: Id) =>
  (await app.payload.find({ collection, where: { id: { equals: id } }, depth: 0, limit: 1 })).docs[0] as unknown as
    Record<string, unknown> | undefined

const send = (actor: Actor, method: string, path: string, body?: Record<string, unknown> | FormData) =>
  body instanceof FormData
    ? fetch(`${app.url}${path}`, {
        method,
        body,
        headers: tokenOf(actor) ? { Authorization: `JWT ${tokenOf(actor)}` } : {},
      }).then(async (res) => ({ status: res.status, body: await res.json().catch(() => undefined) }))
    : api(app.url, method, path, { token: tokenOf(actor), body })

/** Whose a document is: the account itself for users, the author for registrations. */
const ownerOf = async (target: Target, id: Id) => {
  if (target === 'users') return id
  const doc = await findById(target as CollectionSlug, id)
  if (target === 'incorrect-info-reports') return doc?.reportedBy
  return target === 'referrals' ? doc?.referredBy : doc?.registeredBy
}

/** An owner for 'own' rules: the actor itself (for users: their own account). */
const ownFixture = async (target: Target, actor: Actor) =>
  target === 'users' ? (idOf(actor) as Id) : specs[target].fixture(idOf(actor))

const checks: Record<Op, (actor: Actor, target: Target, rule: Rule) => Promise<void>> = {
  create: async (actor, target, rule) => {
    const before = (await app.payload.count({ collection: target })).totalDocs
    const res = await send(actor, 'POST', `/api/${target}`, await specs[target].createBody())
    if (rule === true) {
      expect(res.status).toBe(201)
      expect(await findById(target, res.body.doc.id)).toBeDefined()
    } else {
      expect(REFUSED).toContain(res.status)
      expect((await app.payload.count({ collection: target })).totalDocs).toBe(before)
    }
  },
  read: async (actor, target, rule) => {
    const other = await specs[target].fixture()
    const own = rule === 'own' ? await ownFixture(target, actor) : undefined
    const list = await send(actor, 'GET', `/api/${target}?limit=1000&depth=0`)
    const byId = await send(actor, 'GET', `/api/${target}/${other}?depth=0`)
    if (rule === false) {
      expect(REFUSED).toContain(list.status)
      expect(REFUSED_BY_ID).toContain(byId.status)
      return
    }
    expect(list.status).toBe(200)
    const listed = (list.body.docs as { id: Id }[]).map((doc) => String(doc.id))
    if (rule === true) {
      expect(listed).toContain(String(other))
      expect(byId.status).toBe(200)
    } else {
      expect(listed).toContain(String(own))
      expect(listed).not.toContain(String(other))
      for (const id of listed) expect(String(await ownerOf(target, id))).toBe(String(idOf(actor)))
      expect(REFUSED_BY_ID).toContain(byId.status)
      expect((await send(actor, 'GET', `/api/${target}/${own}?depth=0`)).status).toBe(200)
    }
  },
  update: async (actor, target, rule) => {
    const other = await specs[target].fixture()
    const change = specs[target].change()
    const [field, value] = Object.entries(change)[0]
    const res = await send(actor, 'PATCH', `/api/${target}/${other}`, change)
    if (rule === true) {
      expect(res.status).toBe(200)
      expect((await findById(target, other))?.[field]).toBe(value)
      return
    }
    expect(REFUSED_BY_ID).toContain(res.status)
    expect((await findById(target, other))?.[field]).not.toBe(value)
    if (rule === 'own') {
      const own = await ownFixture(target, actor)
      const ownChange = specs[target].change()
      const ownRes = await send(actor, 'PATCH', `/api/${target}/${own}`, ownChange)
      expect(ownRes.status).toBe(200)
      expect((await findById(target, own))?.[field]).toBe(ownChange[field])
    }
  },
  delete: async (actor, target, rule) => {
    const doc = await specs[target].fixture()
    const res = await send(actor, 'DELETE', `/api/${target}/${doc}`)
    if (rule === true) {
      expect(res.status).toBe(200)
      expect(await findById(target, doc)).toBeUndefined()
    } else {
      expect(REFUSED_BY_ID).toContain(res.status)
      expect(await findById(target, doc)).toBeDefined()
    }
  },
}

const describeRule = (rule: Rule) => (rule === true ? 'may' : rule === 'own' ? 'may, for their own only,' : 'may not')

beforeAll(async () => {
  app = await startTestApp()
  users = await createRoleUsers(app.payload, app.url)
  basics = await createBasics(app.payload)
  otherDeskWorker = await app.payload.create({
    collection: 'users',
    data: {
      email: 'andere-balie@test.example',
      password: TEST_PASSWORD,
      name: 'Andere Balie',
      role: 'baliemedewerker',
    },
  })
}, 120_000)

afterAll(async () => {
  await app?.close()
})

describe.each(Object.keys(expected) as Actor[])('%s', (actor) => {
  for (const target of Object.keys(expected[actor]) as Target[]) {
    for (const op of ['create', 'read', 'update', 'delete'] as Op[]) {
      const rule = expected[actor][target][op]
      it(`${describeRule(rule)} ${op} ${target}`, () => checks[op](actor, target, rule))
    }
  }

  const brand = brandExpected[actor]
  it(`${describeRule(brand.read)} read the brand settings`, async () => {
    const res = await send(actor, 'GET', '/api/globals/brand')
    if (brand.read) expect(res.status).toBe(200)
    else expect(REFUSED).toContain(res.status)
  })
  it(`${describeRule(brand.update)} update the brand settings`, async () => {
    const introText = unique('Welkom')
    const res = await send(actor, 'POST', '/api/globals/brand', { introText })
    const stored = await app.payload.findGlobal({ slug: 'brand' })
    if (brand.update) {
      expect(res.status).toBe(200)
      expect(stored.introText).toBe(introText)
    } else {
      expect(REFUSED).toContain(res.status)
      expect(stored.introText).not.toBe(introText)
    }
  })
})

describe('audiences of sources and documents', () => {
  it.each(['digital-sources', 'work-documents'] as const)(
    '%s meant for coordinators only stay hidden from desk workers',
    async (target) => {
      const id = await specs[target].fixture()
      await app.payload.update({ collection: target, id, data: { audienceRoles: ['coordinator'] } })
      const asDesk = await send('baliemedewerker', 'GET', `/api/${target}/${id}`)
      expect(REFUSED_BY_ID).toContain(asDesk.status)
      const deskList = await send('baliemedewerker', 'GET', `/api/${target}?limit=1000&depth=0`)
      expect((deskList.body.docs as { id: Id }[]).map((doc) => String(doc.id))).not.toContain(String(id))
      expect((await send('coordinator', 'GET', `/api/${target}/${id}`)).status).toBe(200)
      expect((await send('communicatie', 'GET', `/api/${target}/${id}`)).status).toBe(200)
    },
  )
})

describe('desk workers and their own registrations', () => {
  it('cannot see or correct their own registration after 7 days', async () => {
    const id = await specs.registrations.fixture(users.baliemedewerker.id)
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600_000).toISOString()
    await app.payload.update({ collection: 'registrations', id, data: { createdAt: eightDaysAgo } })
    expect((await findById('registrations', id))?.createdAt).toBe(eightDaysAgo)
    expect(REFUSED_BY_ID).toContain((await send('baliemedewerker', 'GET', `/api/registrations/${id}`)).status)
    const res = await send('baliemedewerker', 'PATCH', `/api/registrations/${id}`, { summary: 'te laat' })
    expect(REFUSED_BY_ID).toContain(res.status)
    expect((await findById('registrations', id))?.summary).not.toBe('te laat')
  })

  it('coordinators read registrations of every desk worker', async () => {
    const id = await specs.registrations.fixture(otherDeskWorker.id)
    expect((await send('coordinator', 'GET', `/api/registrations/${id}`)).status).toBe(200)
  })
})

describe('role escalation', () => {
  it('a desk worker cannot make themselves beheerder or reactivate themselves', async () => {
    const res = await send('baliemedewerker', 'PATCH', `/api/users/${users.baliemedewerker.id}`, {
      role: 'beheerder',
      active: true,
      name: 'Bea',
    })
    expect([200, 400, 403]).toContain(res.status)
    const stored = await findById('users', users.baliemedewerker.id)
    expect(stored?.role).toBe('baliemedewerker')
    expect((await send('baliemedewerker', 'GET', '/api/users?limit=100')).body.docs).toHaveLength(1)
    expect(REFUSED).toContain(
      (await send('baliemedewerker', 'DELETE', `/api/organisations/${basics.organisation.id}`)).status,
    )
  })

  it('a coordinator cannot change another user', async () => {
    const res = await send('coordinator', 'PATCH', `/api/users/${users.baliemedewerker.id}`, { role: 'coordinator' })
    expect(REFUSED_BY_ID).toContain(res.status)
    expect((await findById('users', users.baliemedewerker.id))?.role).toBe('baliemedewerker')
  })
})
