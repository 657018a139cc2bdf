import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'

import type { Role } from '../../src/access/roles'
import { api, login, TEST_PASSWORD } from '../helpers/api'
import { kernIn, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

/**
 * What the pages and their endpoints compute (search, reports, exports, HSDS, imports, the training
 * overview) stays within one network: the caller's current one. Someone in two networks chooses it
 * with the network switch (a cookie the admin's switch shares); without a choice it is their first.
 */
const app = useTestApp()

type Id = number // opaque at run time; the generated types say number
interface Side {
  network: Id
  slug: string
  members: Record<Role, string>
  location: { id: Id; name: string; municipality: Id }
  organisation: string
  organisationId: Id
  deskWorker: string
}

const roles: Role[] = ['beheerder', 'communicatie', 'coordinator', 'baliemedewerker']
const sides = {} as Record<'a' | 'b', Side>
/** An administrator in both networks. */
let both: string
let bothId: Id
let theme: { id: Id; name: string }
const today = new Date().toISOString().slice(0, 10)
const period = `from=${today.slice(0, 4)}-01-01&to=${today.slice(0, 4)}-12-31`

// Distinct words, so a search for one cannot find the other by a shared prefix.
const setUp = async (network: Id, word: string): Promise<Omit<Side, 'slug'>> => {
  const { payload, url } = app
  const members = {} as Record<Role, string>
  let deskWorker = ''
  for (const role of roles) {
    const email = `${unique(role)}@netwerk.example`
    const name = unique(`${word} ${role}`)
    await payload.create({
      collection: 'users',
      data: { name, email, password: TEST_PASSWORD, role, active: true, networks: [{ network, role }] },
    })
    if (role === 'baliemedewerker') deskWorker = name
    members[role] = await login(url, email)
  }
  const location = await payload.create({
    collection: 'locations',
    data: { network, name: `Infopunt ${word}`, kern: await kernIn(payload, word, word, network) },
    depth: 0,
  })
  const organisation = `${word}hulp`
  const { id: organisationId } = await payload.create({
    collection: 'organisations',
    data: { network, name: organisation, shortDescription: 'Hulp.', kindOfHelp: 'formal', status: 'active' },
  })
  await payload.create({
    collection: 'registrations',
    data: {
      network,
      occurredAt: new Date().toISOString(),
      location: location.id,
      themes: [theme.id],
      answerType: 'advice',
      channel: 'desk',
      ageBand: 'unknown',
    },
  })
  return {
    network,
    members,
    location: { id: location.id, name: location.name, municipality: location.municipality as Id },
    organisation,
    organisationId,
    deskWorker,
  }
}

beforeAll(async () => {
  const { payload, url } = app
  const [first] = (await payload.find({ collection: 'networks', depth: 0 })).docs
  const second = await payload.create({ collection: 'networks', data: { name: unique('Netwerk B') } })
  theme = await payload.create({ collection: 'themes', data: { name: unique('Thema') } })
  sides.a = { ...(await setUp(first.id, 'Zonnebloem')), slug: first.slug! }
  sides.b = { ...(await setUp(second.id, 'Vuurtoren')), slug: second.slug! }
  const email = `${unique('beide')}@netwerk.example`
  ;({ id: bothId } = await payload.create({
    collection: 'users',
    data: {
      name: unique('In beide'),
      email,
      password: TEST_PASSWORD,
      role: 'beheerder',
      active: true,
      networks: [
        { network: sides.a.network, role: 'beheerder' },
        { network: sides.b.network, role: 'beheerder' },
      ],
    },
  }))
  both = await login(url, email)
})

const get = (token: string, path: string, network?: Id) =>
  api(app.url, 'GET', path, { token, headers: network === undefined ? {} : { Cookie: `payload-tenant=${network}` } })

const found = async (token: string, q: string, network?: Id) =>
  ((await get(token, `/api/directory/search?q=${q}`, network)).body.results as { name: string }[]).map(
    (result) => result.name,
  )

describe('the Wegwijzer search', () => {
  it.each(roles)('%s of network A finds their own organisations and not those of B', async (role) => {
    const token = sides.a.members[role]
    expect(await found(token, 'Zonnebloemhulp')).toContain(sides.a.organisation)
    expect(await found(token, 'Vuurtorenhulp')).toEqual([])
  })

  it('someone in both networks searches the one chosen in the switch, else their first', async () => {
    expect(await found(both, 'Vuurtorenhulp')).toEqual([])
    expect(await found(both, 'Vuurtorenhulp', sides.b.network)).toEqual([sides.b.organisation])
    expect(await found(both, 'Zonnebloemhulp', sides.b.network)).toEqual([])
    expect(await found(both, 'Zonnebloemhulp', sides.a.network)).toEqual([sides.a.organisation])
  })

  it("a switch to a network one is not in counts for nothing: one's first network", async () => {
    const token = sides.a.members.baliemedewerker
    expect(await found(token, 'Vuurtorenhulp', sides.b.network)).toEqual([])
    expect(await found(token, 'Zonnebloemhulp', sides.b.network)).toEqual([sides.a.organisation])
  })
})

describe('reports and exports', () => {
  const locationsIn = async (token: string, network?: Id) =>
    (
      (await get(token, `/api/registrations/report?groupBy=location&${period}`, network)).body.rows as {
        label: string
      }[]
    ).map((row) => row.label)

  it("count the current network's Infopunten only", async () => {
    expect(await locationsIn(sides.a.members.coordinator)).toEqual([sides.a.location.name])
    expect(await locationsIn(sides.b.members.coordinator)).toEqual([sides.b.location.name])
    expect(await locationsIn(both)).toEqual([sides.a.location.name])
    expect(await locationsIn(both, sides.b.network)).toEqual([sides.b.location.name])
  })

  it("refuse another network's Infopunt as a filter, as an unknown one", async () => {
    const res = await get(
      sides.a.members.coordinator,
      `/api/registrations/report?groupBy=theme&${period}&location=${sides.b.location.id}`,
    )
    expect(res.status).toBe(400)
    expect(res.body.error).toBe('Onbekend Infopunt (location).')
  })

  it("another network's municipality is unknown", async () => {
    const res = await get(
      sides.a.members.coordinator,
      `/api/registrations/report?groupBy=theme&${period}&municipality=${sides.b.location.municipality}`,
    )
    expect(res.status).toBe(400)
    expect(res.body.error).toBe('Onbekende gemeente (municipality).')
  })

  it("export the current network's registrations only", async () => {
    const csv = String((await get(sides.b.members.coordinator, `/api/registrations/export?format=csv&${period}`)).body)
    expect(csv).toContain(sides.b.location.name)
    expect(csv).not.toContain(sides.a.location.name)
    // Its audit record, written once the download is complete, is the network's too.
    const audited = async () =>
      (await app.payload.count({ collection: 'export-audits', where: { network: { equals: sides.b.network } } }))
        .totalDocs
    for (let tries = 0; tries < 50 && (await audited()) === 0; tries++) await new Promise((r) => setTimeout(r, 100))
    expect(await audited()).toBe(1)
  })

  it("the organisations export holds the current network's organisations only", async () => {
    const csv = String((await get(both, '/api/organisations-export?format=csv', sides.b.network)).body)
    expect(csv).toContain(sides.b.organisation)
    expect(csv).not.toContain(sides.a.organisation)
  })

  it("the training overview lists the current network's people only", async () => {
    const csv = String((await get(sides.a.members.coordinator, '/api/trainings/overzicht.csv')).body)
    expect(csv).toContain(sides.a.deskWorker)
    expect(csv).not.toContain(sides.b.deskWorker)
  })
})

describe('the Open Referral (HSDS) export', () => {
  const names = async (path: string, token?: string, network?: Id) => {
    const res = token ? await get(token, path, network) : await api(app.url, 'GET', path)
    return { status: res.status, names: (res.body.contents ?? []).map((row: { name: string }) => row.name) }
  }

  afterEach(() => {
    delete process.env.HSDS_PUBLIC
  })

  it("gives staff their current network's directory, and one of their networks by name", async () => {
    const own = await names('/api/hsds/organizations?per_page=500', sides.a.members.baliemedewerker)
    expect(own.names).toContain(sides.a.organisation)
    expect(own.names).not.toContain(sides.b.organisation)
    const chosen = await names(`/api/hsds/organizations?per_page=500&network=${sides.b.slug}`, both)
    expect(chosen.names).toContain(sides.b.organisation)
    expect(chosen.names).not.toContain(sides.a.organisation)
  })

  it("refuses another network's directory to staff, as one that does not exist", async () => {
    const res = await get(sides.a.members.baliemedewerker, `/api/hsds/organizations?network=${sides.b.slug}`)
    expect(res.status).toBe(404)
    expect(res.body.error).toBe(`Netwerk ${sides.b.slug} niet gevonden.`)
  })

  it('a public feed names its network when the installation has more than one', async () => {
    process.env.HSDS_PUBLIC = 'true'
    const unnamed = await api(app.url, 'GET', '/api/hsds/organizations')
    expect(unnamed.status).toBe(400)
    expect(unnamed.body.error).toMatch(/network=/)
    const named = await names(`/api/hsds/organizations?per_page=500&network=${sides.b.slug}`)
    expect(named.names).toContain(sides.b.organisation)
    expect(named.names).not.toContain(sides.a.organisation)
    expect((await api(app.url, 'GET', '/api/hsds')).status).toBe(200)
    expect((await api(app.url, 'GET', '/api/hsds/organizations?network=bestaat-niet')).status).toBe(404)
  })
})

describe('writing from the pages', () => {
  const post = (token: string, path: string, body: unknown, network?: Id) =>
    api(app.url, 'POST', path, {
      token,
      body,
      headers: network === undefined ? {} : { Cookie: `payload-tenant=${network}` },
    })

  it("a warm referral to another network's organisation is to one that does not exist, and nothing is stored", async () => {
    const before = (await app.payload.count({ collection: 'referrals' })).totalDocs
    const body = { organisation: sides.b.organisationId, consent: true, method: 'phone' }
    const refused = await post(sides.a.members.baliemedewerker, '/api/directory/referrals', body)
    expect([refused.status, refused.body.error]).toEqual([404, 'Deze organisatie bestaat niet of is niet actief.'])
    expect((await app.payload.count({ collection: 'referrals' })).totalDocs).toBe(before)
    // Someone in both networks refers within the one they work in, and the referral is that network's.
    const made = await post(both, '/api/directory/referrals', body, sides.b.network)
    expect(made.status).toBe(201)
    const referral = await app.payload.findByID({ collection: 'referrals', id: made.body.id, depth: 0 })
    expect(String(referral.network)).toBe(String(sides.b.network))
  })

  it('an invitation puts the new colleague in the network the inviter works in', async () => {
    const email = `${unique('nieuw')}@netwerk.example`
    const res = await post(
      both,
      '/api/users/invite',
      { name: 'Nieuwe collega', email, role: 'baliemedewerker' },
      sides.b.network,
    )
    expect(res.status).toBe(201)
    const [invited] = (await app.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 }))
      .docs
    expect((invited.networks ?? []).map((row) => String(row.network))).toEqual([String(sides.b.network)])
  })
})

describe('accounts', () => {
  it('an administrator of one network cannot change, deactivate or delete an account that also opens another', async () => {
    const before = await app.payload.findByID({ collection: 'users', id: bothId, depth: 0, showHiddenFields: true })
    const token = sides.b.members.beheerder
    const patched = await api(app.url, 'PATCH', `/api/users/${bothId}`, {
      token,
      body: { password: 'overgenomen-wachtwoord-12345', role: 'baliemedewerker' },
    })
    expect(patched.status).toBe(403)
    expect(JSON.stringify(patched.body)).toMatch(/werkt ook in een netwerk dat jij niet beheert/)
    expect((await api(app.url, 'DELETE', `/api/users/${bothId}`, { token })).status).toBe(403)
    // Leaving is this network's business: they would leave it only (tests/int/people.test.ts), not be deactivated.
    const leaving = await api(app.url, 'GET', `/api/users/${bothId}/deactivation`, { token })
    const { name } = await app.payload.findByID({ collection: 'networks', id: sides.b.network, depth: 0 })
    expect([leaving.status, leaving.body.leaves]).toEqual([200, name])
    const after = await app.payload.findByID({ collection: 'users', id: bothId, depth: 0, showHiddenFields: true })
    expect(after).toEqual(before)
    // The account's owner still changes their own name.
    expect(
      (await api(app.url, 'PATCH', `/api/users/${bothId}`, { token: both, body: { name: 'Rosa Regio' } })).status,
    ).toBe(200)
  })

  it("another network's colleague cannot be deactivated or looked into: they do not exist (404)", async () => {
    const [deskWorker] = (
      await app.payload.find({ collection: 'users', where: { name: { equals: sides.a.deskWorker } }, depth: 0 })
    ).docs
    const token = sides.b.members.beheerder
    for (const method of ['GET', 'POST'])
      expect(
        (
          await api(app.url, method, `/api/users/${deskWorker.id}/deactivation`, {
            token,
            body: method === 'POST' ? { confirm: true } : undefined,
          })
        ).status,
      ).toBe(404)
    const after = await app.payload.findByID({ collection: 'users', id: deskWorker.id, depth: 0 })
    expect(after.active).not.toBe(false)
  })
})

describe("another network's history", () => {
  it('lists no version of its organisations, and a version by id does not exist', async () => {
    const versionOf = async (name: string) =>
      (
        await app.payload.findVersions({
          collection: 'organisations',
          where: { 'version.name': { equals: name } },
          depth: 0,
        })
      ).docs[0]
    const [own, version] = [await versionOf(sides.a.organisation), await versionOf(sides.b.organisation)]
    expect(version).toBeDefined()
    const token = sides.a.members.communicatie
    const listed = await get(token, '/api/organisations/versions?depth=0&limit=500')
    expect(listed.status).toBe(200)
    const names = listed.body.docs.map((doc: { version: { name: string } }) => doc.version.name)
    expect(names).toContain(sides.a.organisation)
    expect(names).not.toContain(sides.b.organisation)
    expect((await get(token, `/api/organisations/versions/${own.id}?depth=0`)).status).toBe(200)
    expect((await get(token, `/api/organisations/versions/${version.id}?depth=0`)).status).toBe(404)
  })
})

describe('the registrations import', () => {
  it("finds only the current network's Infopunten by name, and stores nothing for another's", async () => {
    const before = (await app.payload.count({ collection: 'registrations' })).totalDocs
    const form = new FormData()
    const file = [
      "Registratienummer;Datum;Tijd;Infopunt;Thema's;Hoe beantwoord",
      `${unique('oud')};03-02-2025;10:15;${sides.b.location.name};${theme.name};Informatie gegeven`,
      '',
    ].join('\r\n')
    form.append('file', new Blob([new TextEncoder().encode(file)]), 'registraties.csv')
    const res = await api(app.url, 'POST', '/api/registrations/import', {
      token: sides.a.members.coordinator,
      body: form,
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ rows: 1, added: 0, rejected: 1 })
    expect((await app.payload.count({ collection: 'registrations' })).totalDocs).toBe(before)
    // The import's own record is kept, in the importer's network.
    const [record] = (await app.payload.find({ collection: 'registration-imports', depth: 0, sort: '-createdAt' })).docs
    expect([record?.filename, String(record?.network)]).toEqual(['registraties.csv', String(sides.a.network)])
  })
})
