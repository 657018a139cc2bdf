import { beforeAll, describe, expect, it } from '@jest/globals'

import type { Role } from '../../src/access/roles'
import { api, createLoggedInUser, login, TEST_PASSWORD } from '../helpers/api'
import { kernIn, tinyPng, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

/**
 * A network's own brand (name, logo, colour, welcome text) on the network itself: its administrators
 * set it, with the same readability rule as the installation's colour and only the network's own images.
 */
const app = useTestApp()

type Id = number // opaque at run time; the generated types say number
const roles: Role[] = ['beheerder', 'communicatie', 'coordinator', 'baliemedewerker']
const tokens = {} as Record<Role, string>
let network: Id
let otherNetwork: Id

const image = async (owner: Id) =>
  (
    await app.payload.create({
      collection: 'media',
      data: { network: owner, alt: unique('Logo') },
      file: { data: await tinyPng(), name: `${unique('logo')}.png`, mimetype: 'image/png', size: 0 },
    })
  ).id

beforeAll(async () => {
  network = (await app.payload.find({ collection: 'networks', depth: 0, sort: 'createdAt' })).docs[0].id
  otherNetwork = (await app.payload.create({ collection: 'networks', data: { name: unique('Ander netwerk') } })).id
  for (const role of roles) tokens[role] = (await createLoggedInUser(app.payload, app.url, role, { network })).token
})

const setBrand = (role: Role, brand: Record<string, unknown>, id: Id = network) =>
  api(app.url, 'PATCH', `/api/networks/${id}`, { token: tokens[role], body: { brand } })

const storedBrand = async (id: Id = network) =>
  (await app.payload.findByID({ collection: 'networks', id, depth: 0 })).brand

describe("a network's brand", () => {
  it('is set by its administrators, with one of its own images as logo', async () => {
    const logo = await image(network)
    const res = await setBrand('beheerder', { name: 'Infopunten Noord', primaryColour: '#1f4e8c', logo })
    expect(res.status).toBe(200)
    expect(await storedBrand()).toMatchObject({ name: 'Infopunten Noord', primaryColour: '#1f4e8c', logo })
  })

  it("colours the report's charts", async () => {
    const location = await app.payload.create({
      collection: 'locations',
      data: { network, name: unique('Infopunt Huisstijl'), kern: await kernIn(app.payload, 'Noord', 'Noord', network) },
    })
    const theme = await app.payload.create({ collection: 'themes', data: { name: unique('Thema') } })
    await app.payload.create({
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
    const year = new Date().getFullYear()
    const chart = await api(
      app.url,
      'GET',
      `/api/registrations/report/chart?groupBy=location&from=${year}-01-01&to=${year}-12-31`,
      {
        token: tokens.coordinator,
      },
    )
    expect(chart.status).toBe(200)
    expect(String(chart.body)).toContain('#1f4e8c')
  })

  it.each(['communicatie', 'coordinator', 'baliemedewerker'] as const)('is not set by a %s', async (role) => {
    const before = await storedBrand()
    expect((await setBrand(role, { name: 'Overgenomen' })).status).toBe(403)
    expect(await storedBrand()).toEqual(before)
  })

  it('is not set for another network, not even by an administrator', async () => {
    expect([403, 404]).toContain((await setBrand('beheerder', { name: 'Overgenomen' }, otherNetwork)).status)
    expect((await storedBrand(otherNetwork))?.name ?? null).toBeNull()
  })

  it.each([
    ['#ffff00', 'slecht leesbaar'],
    ['blauw', 'als #rrggbb'],
  ])('refuses the colour %s with a Dutch reason, and keeps the brand', async (colour, reason) => {
    const before = await storedBrand()
    const res = await setBrand('beheerder', { primaryColour: colour })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain(reason)
    expect(await storedBrand()).toEqual(before)
  })

  it("refuses another network's image as logo", async () => {
    const before = await storedBrand()
    const res = await setBrand('beheerder', { logo: await image(otherNetwork) })
    expect(res.status).toBe(400)
    expect(await storedBrand()).toEqual(before)
  })

  it('may be left empty: the installation’s brand applies', async () => {
    const res = await setBrand('beheerder', { name: null, primaryColour: null, logo: null, introText: null })
    expect(res.status).toBe(200)
    expect(await storedBrand()).toMatchObject({ name: null, primaryColour: null, logo: null })
  })
})

describe("the installation's brand, once there are two networks", () => {
  const setInstallationBrand = (token: string, name: string) =>
    api(app.url, 'POST', '/api/globals/brand', { token, body: { name } })

  it("is not a network's editors' to change: it is the others' fallback", async () => {
    const before = (await app.payload.findGlobal({ slug: 'brand' })).name
    for (const role of ['beheerder', 'communicatie'] as const)
      expect((await setInstallationBrand(tokens[role], 'Overgenomen')).status).toBe(403)
    expect((await app.payload.findGlobal({ slug: 'brand' })).name).toBe(before)
  })

  it("is the platform administrator's", async () => {
    const email = `${unique('platform')}@huisstijl.example`
    await app.payload.create({
      collection: 'users',
      data: {
        name: 'Platform',
        email,
        password: TEST_PASSWORD,
        role: 'beheerder',
        platformAdministrator: true,
        networks: [],
      },
    })
    const res = await setInstallationBrand(await login(app.url, email), 'Infopunt Regio')
    expect(res.status).toBe(200)
    expect((await app.payload.findGlobal({ slug: 'brand' })).name).toBe('Infopunt Regio')
  })
})
