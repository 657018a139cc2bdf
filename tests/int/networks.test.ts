import { beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'

import type { Role } from '../../src/access/roles'
import { api, login, TEST_PASSWORD } from '../helpers/api'
import { kernIn, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

/**
 * Two networks on one installation: the one the migration made (every existing record's) and a second.
 * A colleague of one network cannot read, list, count, filter, change or delete the other's records.
 */
const app = useTestApp()

type Id = number // opaque at run time; the generated types say number
type Member = { id: Id; token: string }
interface NetworkFixture {
  id: Id
  members: Record<Role, Member>
  location: Id
  organisation: Id
  registration: Id
  source: Id
}

const roles: Role[] = ['beheerder', 'communicatie', 'coordinator', 'baliemedewerker']
const fixtures: Record<'a' | 'b', NetworkFixture> = {} as never
let theme: Id

const setUp = async (networkId: Id): Promise<NetworkFixture> => {
  const network = networkId as number // ids are opaque; the generated types say number
  const { payload, url } = app
  const members = {} as Record<Role, Member>
  for (const role of roles) {
    const email = `${unique(role)}@netwerk.example`
    const user = await payload.create({
      collection: 'users',
      data: {
        name: unique('Collega'),
        email,
        password: TEST_PASSWORD,
        role,
        active: true,
        networks: [{ network, role }],
      },
    })
    members[role] = { id: user.id, token: await login(url, email) }
  }
  const location = await payload.create({
    collection: 'locations',
    data: { network, name: unique('Infopunt'), kern: await kernIn(payload, 'Dalfsen', 'Dalfsen', network) },
  })
  const organisation = await payload.create({
    collection: 'organisations',
    data: { network, name: unique('Organisatie'), shortDescription: 'Hulp.', kindOfHelp: 'formal', status: 'active' },
  })
  const registration = await payload.create({
    collection: 'registrations',
    data: {
      network,
      occurredAt: new Date().toISOString(),
      location: location.id,
      themes: [theme],
      answerType: 'advice',
      channel: 'desk',
      ageBand: 'unknown',
      registeredBy: members.baliemedewerker.id,
    },
  })
  const source = await payload.create({
    collection: 'digital-sources',
    data: {
      network,
      title: unique('Bron'),
      url: 'https://example.org/',
      category: 'money',
      audienceRoles: ['baliemedewerker'],
    },
  })
  return {
    id: network,
    members,
    location: location.id,
    organisation: organisation.id,
    registration: registration.id,
    source: source.id,
  }
}

beforeAll(async () => {
  const [first] = (await app.payload.find({ collection: 'networks', depth: 0 })).docs
  const second = await app.payload.create({ collection: 'networks', data: { name: 'Netwerk Versterkt' } })
  theme = (await app.payload.create({ collection: 'themes', data: { name: unique('Thema') } })).id
  fixtures.a = await setUp(first.id)
  fixtures.b = await setUp(second.id)
})

const get = (token: string, path: string) => api(app.url, 'GET', path, { token })
const ids = (body: { docs?: { id: Id }[] }) => (body.docs ?? []).map((doc) => String(doc.id))

const records: { collection: CollectionSlug; of: (f: NetworkFixture) => Id }[] = [
  { collection: 'locations', of: (f) => f.location },
  { collection: 'organisations', of: (f) => f.organisation },
  { collection: 'registrations', of: (f) => f.registration },
  { collection: 'digital-sources', of: (f) => f.source },
]

describe.each(records)('$collection of another network', ({ collection, of }) => {
  it.each(roles)('%s of network A cannot read one of B by id, list, filter or count it', async (role) => {
    const { token } = fixtures.a.members[role]
    const own = await get(token, `/api/${collection}/${of(fixtures.a)}?depth=0`)
    if (own.status !== 200) return // this role does not read this collection at all (the access matrix)
    expect((await get(token, `/api/${collection}/${of(fixtures.b)}?depth=0`)).status).toBe(404)
    const list = await get(token, `/api/${collection}?depth=0&limit=100`)
    expect(ids(list.body)).toContain(String(of(fixtures.a)))
    expect(ids(list.body)).not.toContain(String(of(fixtures.b)))
    const byId = await get(token, `/api/${collection}?depth=0&where[id][equals]=${of(fixtures.b)}`)
    expect(byId.body.totalDocs).toBe(0)
    const byNetwork = await get(token, `/api/${collection}?depth=0&where[network][equals]=${fixtures.b.id}`)
    expect(byNetwork.body.totalDocs).toBe(0)
    const count = await get(token, `/api/${collection}/count?where[network][equals]=${fixtures.b.id}`)
    expect(count.body.totalDocs).toBe(0)
  })

  it('an administrator of network A cannot change or delete one of B (404), and it stays as it was', async () => {
    const { token } = fixtures.a.members.beheerder
    const path = `/api/${collection}/${of(fixtures.b)}`
    const before = await app.payload.findByID({ collection, id: of(fixtures.b), depth: 0 })
    const patched = await api(app.url, 'PATCH', path, { token, body: { notes: 'overgenomen' } })
    expect(patched.status).toBe(404)
    expect((await api(app.url, 'DELETE', path, { token })).status).toBe(404)
    expect(await app.payload.findByID({ collection, id: of(fixtures.b), depth: 0 })).toEqual(before)
  })
})

describe('writing into a network', () => {
  it('puts what a colleague makes in their own network', async () => {
    const { token } = fixtures.b.members.communicatie
    const res = await api(app.url, 'POST', '/api/organisations', {
      token,
      body: { name: unique('Nieuw'), shortDescription: 'Hulp.', kindOfHelp: 'formal', status: 'active' },
    })
    expect(res.status).toBe(201)
    expect(String(res.body.doc.network?.id ?? res.body.doc.network)).toBe(String(fixtures.b.id))
  })

  it('refuses to make a record in a network one does not belong to, with a reason, and keeps nothing', async () => {
    const { token } = fixtures.a.members.communicatie
    const name = unique('Indringer')
    const res = await api(app.url, 'POST', '/api/organisations', {
      token,
      body: { network: fixtures.b.id, name, shortDescription: 'Hulp.', kindOfHelp: 'formal', status: 'active' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/ongeldige selectie/i)
    const { totalDocs } = await app.payload.count({ collection: 'organisations', where: { name: { equals: name } } })
    expect(totalDocs).toBe(0)
  })

  it('refuses to move a record of one network to another', async () => {
    const { token } = fixtures.a.members.beheerder
    const res = await api(app.url, 'PATCH', `/api/locations/${fixtures.a.location}`, {
      token,
      body: { network: fixtures.b.id },
    })
    expect(res.status).toBe(400)
    const stored = await app.payload.findByID({ collection: 'locations', id: fixtures.a.location, depth: 0 })
    expect(String(stored.network)).toBe(String(fixtures.a.id))
  })
})

describe('names per network', () => {
  it.each([
    ['trainings', 'Dit netwerk heeft al een training met deze naam.'],
    ['locations', 'Dit netwerk heeft al een Infopunt met deze naam.'],
  ] as const)(
    'lets a network name one of its %s as another network did, and refuses a name its own network has, in Dutch',
    async (collection, taken) => {
      const name = unique('Gastvrijheid aan de balie')
      const make = async (network: NetworkFixture) => {
        const kern = collection === 'locations' ? { kern: await kernIn(app.payload, 'Aa', 'Aa', network.id) } : {}
        return api(app.url, 'POST', `/api/${collection}`, {
          token: network.members.beheerder.token,
          body: { name, ...kern },
        })
      }
      expect((await make(fixtures.a)).status).toBe(201)
      // Network B may use the same name, and learns nothing of A's.
      expect((await make(fixtures.b)).status).toBe(201)
      const again = await make(fixtures.b)
      expect(again.status).toBe(400)
      expect(JSON.stringify(again.body)).toContain(taken)
      const { totalDocs } = await app.payload.count({ collection, where: { name: { equals: name } } })
      expect(totalDocs).toBe(2)
    },
  )
})

describe('accounts and networks', () => {
  it('shows an administrator only the colleagues of their own network', async () => {
    const list = await get(fixtures.a.members.beheerder.token, '/api/users?depth=0&limit=100')
    expect(list.status).toBe(200)
    for (const role of roles) {
      expect(ids(list.body)).toContain(String(fixtures.a.members[role].id))
      expect(ids(list.body)).not.toContain(String(fixtures.b.members[role].id))
    }
    const other = await get(fixtures.a.members.beheerder.token, `/api/users/${fixtures.b.members.beheerder.id}`)
    expect(other.status).toBe(404)
  })

  it('shows each colleague only their own network', async () => {
    const list = await get(fixtures.a.members.baliemedewerker.token, '/api/networks?depth=0')
    expect(ids(list.body)).toEqual([String(fixtures.a.id)])
    expect((await get(fixtures.a.members.baliemedewerker.token, `/api/networks/${fixtures.b.id}`)).status).toBe(404)
  })

  it('does not let anyone add themselves to another network', async () => {
    const { id, token } = fixtures.a.members.beheerder
    const res = await api(app.url, 'PATCH', `/api/users/${id}`, {
      token,
      body: { networks: [{ network: fixtures.a.id }, { network: fixtures.b.id }] },
    })
    const stored = await app.payload.findByID({ collection: 'users', id, depth: 0 })
    expect(stored.networks?.map((row) => String(row.network))).toEqual([String(fixtures.a.id)])
    expect(res.status).toBeLessThan(500)
  })

  it('refuses a record that points at a record of another network', async () => {
    const { token } = fixtures.a.members.baliemedewerker
    const before = await app.payload.count({ collection: 'registrations' })
    const res = await api(app.url, 'POST', '/api/registrations', {
      token,
      body: {
        occurredAt: new Date().toISOString(),
        location: fixtures.b.location,
        themes: [theme],
        answerType: 'advice',
        channel: 'desk',
        ageBand: 'unknown',
      },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/Infopunt/)
    expect((await app.payload.count({ collection: 'registrations' })).totalDocs).toBe(before.totalDocs)
  })
})
