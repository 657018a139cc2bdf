import { beforeAll, describe, expect, it } from '@jest/globals'

import { networkCollections } from '../../src/networks/plugin'
import { api, login, TEST_PASSWORD } from '../helpers/api'
import { kernIn, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

/**
 * The platform administrator: in no network, sees every network and its figures in aggregate only
 * (counts of 1 to 4 registrations suppressed), makes networks and invites their administrators, and
 * reads nothing of any one network, through Payload's REST or our own endpoints.
 */
const app = useTestApp()

type Id = number
let platform: string
let platformId: Id
let administrator: string
const networks: { id: Id; name: string; organisation: string }[] = []
const year = new Date().toISOString().slice(0, 4)
const period = `from=${year}-01-01&to=${year}-12-31`

/** A network with an Infopunt, an organisation, an administrator and `registrations` registrations this year. */
const networkWith = async (word: string, registrations: number) => {
  const { payload } = app
  const network = await payload.create({ collection: 'networks', data: { name: unique(`Netwerk ${word}`) } })
  const location = await payload.create({
    collection: 'locations',
    data: {
      network: network.id,
      name: unique(`Infopunt ${word}`),
      kern: await kernIn(payload, word, word, network.id),
    },
  })
  const organisation = unique(`${word}hulp`)
  await payload.create({
    collection: 'organisations',
    data: {
      network: network.id,
      name: organisation,
      shortDescription: 'Hulp.',
      kindOfHelp: 'formal',
      status: 'active',
    },
  })
  const theme = await payload.create({ collection: 'themes', data: { name: unique('Thema') } })
  for (let index = 0; index < registrations; index++)
    await payload.create({
      collection: 'registrations',
      data: {
        network: network.id,
        occurredAt: new Date().toISOString(),
        location: location.id,
        themes: [theme.id],
        answerType: 'advice',
        channel: 'desk',
        ageBand: 'unknown',
      },
    })
  networks.push({ id: network.id, name: network.name, organisation })
}

beforeAll(async () => {
  const { payload, url } = app
  await networkWith('Zonnebloem', 6)
  await networkWith('Vuurtoren', 2)
  const email = `${unique('platform')}@infopunt.example`
  ;({ id: platformId } = await payload.create({
    collection: 'users',
    data: { name: 'Pim Platform', email, password: TEST_PASSWORD, role: 'beheerder', platformAdministrator: true },
  }))
  platform = await login(url, email)
  const adminEmail = `${unique('beheerder')}@infopunt.example`
  await payload.create({
    collection: 'users',
    data: {
      name: 'Bea Beheer',
      email: adminEmail,
      password: TEST_PASSWORD,
      role: 'beheerder',
      networks: [{ network: networks[0].id, role: 'beheerder' }],
    },
  })
  administrator = await login(url, adminEmail)
}, 120_000)

const get = (token: string | undefined, path: string) => api(app.url, 'GET', path, { token })

describe('the platform administrator', () => {
  it('belongs to no network: the account joins none when it is made', async () => {
    const account = await app.payload.findByID({ collection: 'users', id: platformId, depth: 0 })
    expect(account.networks).toEqual([])
  })

  it('sees every network, and their figures only in aggregate, small counts suppressed', async () => {
    const listed = await get(platform, '/api/networks?limit=100&depth=0')
    expect(listed.status).toBe(200)
    expect(listed.body.docs.map((doc: { name: string }) => doc.name)).toEqual(
      expect.arrayContaining(networks.map((network) => network.name)),
    )
    const figures = await get(platform, `/api/networks/figures?${period}`)
    expect(figures.status).toBe(200)
    const row = (name: string) => figures.body.networks.find((item: { name: string }) => item.name === name)
    expect(row(networks[0].name)).toMatchObject({ infopunten: 1, accounts: 1, registrations: 6 })
    expect(row(networks[1].name)).toMatchObject({ infopunten: 1, accounts: 0, registrations: '<5' })
    // The hidden counts add up to under 5: the total would give them away.
    expect(figures.body.total).toBeNull()
    // Every active account in a network once (the platform administrator is in none).
    expect(figures.body.accounts).toBe(1)
    const wrong = await get(platform, '/api/networks/figures?from=gisteren')
    expect(wrong.status).toBe(400)
    expect(wrong.body.error).toMatch(/begindatum/)
    const far = await get(platform, '/api/networks/figures?from=2026-01-01&to=9999-12-31')
    expect([far.status, far.body.error]).toEqual([400, expect.stringMatching(/tussen 2000 en 2099/)])
    // Parameters of the reports that the figures do not know are no reason to refuse.
    expect((await get(platform, `/api/networks/figures?${period}&location=1`)).status).toBe(200)
  })

  it('is the only one who sees the figures across networks', async () => {
    expect((await get(undefined, `/api/networks/figures?${period}`)).status).toBe(401)
    const refused = await get(administrator, `/api/networks/figures?${period}`)
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatch(/platformbeheerder/)
  })

  it.each([...networkCollections, 'users'])('reads no record of any network in %s', async (collection) => {
    const listed = await get(platform, `/api/${collection}?limit=100&depth=0`)
    const docs = (listed.body.docs ?? []) as { id: Id }[]
    if (collection === 'users') expect(docs.map((doc) => doc.id)).toEqual([platformId])
    else if (listed.status === 200) expect(docs).toEqual([])
    else expect([401, 403]).toContain(listed.status)
    const counted = await get(platform, `/api/${collection}/count`)
    expect([collection, counted.status === 200 ? counted.body.totalDocs : 0]).toEqual([
      collection,
      collection === 'users' ? 1 : 0,
    ])
  })

  it.each([
    '/api/directory/search?q=hulp',
    `/api/registrations/report?groupBy=location&${period}`,
    `/api/registrations/report/chart?groupBy=location&${period}`,
    `/api/registrations/export?format=csv&${period}`,
    '/api/organisations-export?format=csv',
    '/api/hsds/organizations',
    '/api/trainings/overzicht.csv',
    '/api/directory/verification',
  ])('gets nothing of any network from %s', async (path) => {
    const res = await get(platform, path)
    expect([path, res.status < 500]).toEqual([path, true])
    const text = JSON.stringify(res.body ?? '')
    for (const network of networks) expect(text).not.toContain(network.organisation)
    expect(text).not.toMatch(/Infopunt (Zonnebloem|Vuurtoren)/)
  })

  it('makes a network, which starts with its own empty startpage', async () => {
    const name = unique('Netwerk Nieuw')
    const made = await api(app.url, 'POST', '/api/networks', { token: platform, body: { name } })
    expect(made.status).toBe(201)
    const startpages = await app.payload.find({
      collection: 'startpages',
      where: { network: { equals: made.body.doc.id } },
    })
    expect(startpages.docs).toHaveLength(1)
    // Nobody else makes networks.
    const refused = await api(app.url, 'POST', '/api/networks', {
      token: administrator,
      body: { name: unique('Eigen') },
    })
    expect(refused.status).toBe(403)
  })

  it("invites a network's first administrator, who joins that network as beheerder", async () => {
    const email = `${unique('eerste')}@netwerk.example`
    const res = await api(app.url, 'POST', `/api/networks/${networks[1].id}/administrators`, {
      token: platform,
      body: { name: 'Eerste Beheerder', email },
    })
    expect(res.status).toBe(201)
    const { docs } = await app.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
    expect(docs[0]).toMatchObject({
      role: 'beheerder',
      networks: [expect.objectContaining({ network: networks[1].id })],
    })
    const unknown = await api(app.url, 'POST', '/api/networks/999999/administrators', {
      token: platform,
      body: { name: 'Niemand', email: `${unique('niemand')}@netwerk.example` },
    })
    expect(unknown.status).toBe(404)
    const bad = await api(app.url, 'POST', `/api/networks/${networks[1].id}/administrators`, {
      token: platform,
      body: { name: 'Zonder adres', email: 'geen-adres' },
    })
    expect([bad.status, bad.body.error]).toEqual([400, expect.stringMatching(/e-mailadres/)])
    const byAdministrator = await api(app.url, 'POST', `/api/networks/${networks[0].id}/administrators`, {
      token: administrator,
      body: { name: 'Via beheerder', email: `${unique('via')}@netwerk.example` },
    })
    expect(byAdministrator.status).toBe(403)
  })

  it('is made on the server only: nobody becomes one through the API', async () => {
    const me = await api(app.url, 'GET', '/api/users/me', { token: administrator })
    const promoted = await api(app.url, 'PATCH', `/api/users/${me.body.user.id}`, {
      token: administrator,
      body: { platformAdministrator: true },
    })
    expect(promoted.status).toBeLessThan(500)
    const account = await app.payload.findByID({ collection: 'users', id: me.body.user.id, depth: 0 })
    expect(account.platformAdministrator).toBe(false)
    // Nor can an administrator of a network reach the platform administrator's account.
    const reached = await api(app.url, 'PATCH', `/api/users/${platformId}`, {
      token: administrator,
      body: { name: 'X' },
    })
    expect([403, 404]).toContain(reached.status)
  })
})
