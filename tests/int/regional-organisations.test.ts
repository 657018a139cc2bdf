import { beforeAll, describe, expect, it } from '@jest/globals'

import { findActiveOrganisation } from '../../src/directory/organisationBySlug'
import type { Organisation } from '../../src/payload-types'
import { api, createLoggedInUser } from '../helpers/api'
import { kernIn, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

/**
 * A regional organisation belongs to one network (which keeps its details) and is offered to the
 * region: another network shows it in its Wegwijzer, its HSDS feed and its referrals once it offers
 * it, with its own referral notes, and cannot change it.
 */
const app = useTestApp()

type Id = number // opaque at run time; the generated types say number
interface Side {
  network: Id
  editor: string
  desk: string
}
const sides = {} as Record<'home' | 'other', Side>
let regional: Organisation
let notRegional: Organisation
let notOffered: Organisation
let offerId: Id

const word = unique('Rechtswinkel').replace(/\W/g, '')

const member = async (network: Id, role: 'beheerder' | 'communicatie' | 'coordinator' | 'baliemedewerker') =>
  (await createLoggedInUser(app.payload, app.url, role, { network })).token

const organisation = (network: Id, name: string, regionalFlag: boolean) =>
  app.payload.create({
    collection: 'organisations',
    data: {
      network,
      name,
      shortDescription: 'Gratis juridisch advies.',
      kindOfHelp: 'formal',
      status: 'active',
      regional: regionalFlag,
      referral: { instructions: 'Bel het spreekuur in de thuisregio.', email: 'verwijzen@rechtswinkel.example' },
    },
  }) as Promise<Organisation>

beforeAll(async () => {
  const [first] = (await app.payload.find({ collection: 'networks', depth: 0, sort: 'createdAt' })).docs
  const second = await app.payload.create({ collection: 'networks', data: { name: unique('Regio') } })
  for (const [side, network] of [
    ['home', second.id],
    ['other', first.id],
  ] as const)
    sides[side] = {
      network,
      editor: await member(network, 'communicatie'),
      desk: await member(network, 'baliemedewerker'),
    }
  regional = await organisation(sides.home.network, `${word} Regio`, true)
  notRegional = await organisation(sides.home.network, `${word} Buurt`, false)
  notOffered = await organisation(sides.home.network, `${word} Elders`, true)
  await app.payload.create({
    collection: 'services',
    data: {
      network: sides.home.network,
      organisation: regional.id,
      name: `${word} spreekuur`,
      description: 'Spreekuur.',
      kindOfHelp: 'formal',
      status: 'active',
    },
  })
})

const search = async (token: string, q = word) =>
  (await api(app.url, 'GET', `/api/directory/search?q=${encodeURIComponent(q)}`, { token })).body.results as {
    name: string
    type: string
    referral: { instructions?: string }
  }[]

const offer = (token: string, body: Record<string, unknown>) =>
  api(app.url, 'POST', '/api/regional-offers', { token, body })

describe('a regional organisation before another network offers it', () => {
  it('is in its own network’s Wegwijzer only', async () => {
    expect((await search(sides.home.desk)).map((hit) => hit.name)).toContain(regional.name)
    expect(await search(sides.other.desk)).toEqual([])
  })

  it('can be read by the region’s staff, unlike a local organisation of another network', async () => {
    expect((await api(app.url, 'GET', `/api/organisations/${regional.id}`, { token: sides.other.desk })).status).toBe(
      200,
    )
    expect(
      (await api(app.url, 'GET', `/api/organisations/${notRegional.id}`, { token: sides.other.desk })).status,
    ).toBe(404)
  })

  it('cannot be named in a referral of the other network yet', async () => {
    const referral = await api(app.url, 'POST', '/api/directory/referrals', {
      token: sides.other.desk,
      body: { organisation: regional.id, consent: true, method: 'phone' },
    })
    expect(referral.status).toBe(404)
  })
})

describe('offering it', () => {
  it('a desk worker may not; a communications editor may, with their own referral notes', async () => {
    expect((await offer(sides.other.desk, { organisation: regional.id })).status).toBe(403)
    const made = await offer(sides.other.editor, {
      organisation: regional.id,
      referral: { instructions: 'Maak een afspraak voor het spreekuur in onze bibliotheek.' },
    })
    expect(made.status).toBe(201)
    offerId = made.body.doc.id
    expect(made.body.doc).toMatchObject({ organisationName: regional.name, network: { id: sides.other.network } })
  })

  it.each([
    ['twice', () => regional.id, 'staat al in de Wegwijzer van je netwerk'],
    ['a local organisation of another network', () => notRegional.id, 'Kies een regionale organisatie'],
    ['an organisation that does not exist', () => 999_999_999, 'bestaat niet'],
  ])('refuses %s with a Dutch reason', async (_, id, reason) => {
    const refused = await offer(sides.other.editor, { organisation: id() })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain(reason)
  })

  it('refuses one of the editor’s own network', async () => {
    const own = await organisation(sides.other.network, unique('Eigen regionaal'), true)
    const refused = await offer(sides.other.editor, { organisation: own.id })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('van je eigen netwerk')
  })
})

describe('once offered', () => {
  it('the other network’s Wegwijzer shows it and its services, with that network’s referral notes', async () => {
    const hits = await search(sides.other.desk)
    expect(hits.map((hit) => hit.name).sort()).toEqual([regional.name, `${word} spreekuur`].sort())
    const own = (await search(sides.home.desk)).find((hit) => hit.name === regional.name)!
    const offered = hits.find((hit) => hit.name === regional.name)!
    expect(offered.referral.instructions).toBe('Maak een afspraak voor het spreekuur in onze bibliotheek.')
    expect(own.referral.instructions).toBe('Bel het spreekuur in de thuisregio.')
  })

  it('its page in the other network reads that network’s notes; a regional one not offered has none', async () => {
    const page = await findActiveOrganisation(app.payload, regional.slug!, sides.other.network)
    expect(page?.referral?.instructions).toBe('Maak een afspraak voor het spreekuur in onze bibliotheek.')
    // The e-mail address the offer left empty is the organisation's own.
    expect(page?.referral?.email).toBe('verwijzen@rechtswinkel.example')
    expect(await findActiveOrganisation(app.payload, notOffered.slug!, sides.other.network)).toBeUndefined()
  })

  it('is in the other network’s HSDS feed', async () => {
    const feed = await api(app.url, 'GET', '/api/hsds/organizations?per_page=100', { token: sides.other.editor })
    expect(feed.status).toBe(200)
    expect((feed.body.contents as { name: string }[]).map((row) => row.name)).toContain(regional.name)
  })

  it('its services there carry that network’s notes too, not the services’ own', async () => {
    await app.payload.update({
      collection: 'services',
      where: { organisation: { equals: regional.id } },
      data: { referral: { instructions: 'Mail de teamleider in de thuisregio.' } },
    })
    const service = (await search(sides.other.desk)).find((hit) => hit.name === `${word} spreekuur`)!
    expect(service.referral.instructions).toBe('Maak een afspraak voor het spreekuur in onze bibliotheek.')
    const page = await findActiveOrganisation(app.payload, regional.slug!, sides.other.network)
    const services = (page?.services?.docs ?? []) as { referral?: unknown }[]
    expect(services.length).toBe(1)
    expect(services[0].referral ?? null).toBeNull()
    const home = (await search(sides.home.desk)).find((hit) => hit.name === `${word} spreekuur`)!
    expect(home.referral.instructions).toBe('Mail de teamleider in de thuisregio.')
  })

  it('a desk worker of the other network reports incorrect information about it to their own network', async () => {
    const reported = await api(app.url, 'POST', '/api/incorrect-info-reports', {
      token: sides.other.desk,
      body: { organisation: regional.id, kind: 'phone', note: 'Het nummer is veranderd.' },
    })
    expect(reported.status).toBe(201)
    const stored = await app.payload.findByID({
      collection: 'incorrect-info-reports',
      id: reported.body.doc.id,
      depth: 0,
    })
    expect(stored.network).toBe(sides.other.network)
    const notOfferedReport = await api(app.url, 'POST', '/api/incorrect-info-reports', {
      token: sides.other.desk,
      body: { organisation: notOffered.id, kind: 'phone' },
    })
    expect(notOfferedReport.status).toBe(400)
  })

  it('a desk worker of the other network refers to it, and the referral is their network’s', async () => {
    const referral = await api(app.url, 'POST', '/api/directory/referrals', {
      token: sides.other.desk,
      body: { organisation: regional.id, consent: true, method: 'phone' },
    })
    expect(referral.status).toBe(201)
    const stored = await app.payload.findByID({ collection: 'referrals', id: referral.body.id, depth: 0 })
    expect(stored.network).toBe(sides.other.network)
    const notYet = await api(app.url, 'POST', '/api/directory/referrals', {
      token: sides.other.desk,
      body: { organisation: notOffered.id, consent: true, method: 'phone' },
    })
    expect(notYet.status).toBe(404)
  })

  it('a registration of the other network names it; one it does not offer is refused with a reason', async () => {
    const location = await app.payload.create({
      collection: 'locations',
      data: {
        network: sides.other.network,
        name: unique('Infopunt Regio'),
        kern: await kernIn(app.payload, 'Regio', 'Regio', sides.other.network),
      },
    })
    const theme = await app.payload.create({ collection: 'themes', data: { name: unique('Recht') } })
    const register = (organisation: Id) =>
      api(app.url, 'POST', '/api/registrations', {
        token: sides.other.desk,
        body: {
          location: location.id,
          themes: [theme.id],
          answerType: 'warm-referral',
          referredOrganisations: [organisation],
        },
      })
    expect((await register(regional.id)).status).toBe(201)
    const refused = await register(notOffered.id)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('Doorverwezen naar')
  })

  it('the other network cannot change or delete the organisation; the offer is theirs alone', async () => {
    const changed = await api(app.url, 'PATCH', `/api/organisations/${regional.id}`, {
      token: sides.other.editor,
      body: { shortDescription: 'Overgenomen.' },
    })
    expect([403, 404]).toContain(changed.status)
    expect(
      (await api(app.url, 'DELETE', `/api/organisations/${regional.id}`, { token: sides.other.editor })).status,
    ).toBeGreaterThanOrEqual(403)
    const stored = await app.payload.findByID({ collection: 'organisations', id: regional.id, depth: 0 })
    expect(stored.shortDescription).toBe('Gratis juridisch advies.')
    expect((await api(app.url, 'GET', `/api/regional-offers/${offerId}`, { token: sides.home.editor })).status).toBe(
      404,
    )
    const list = await api(app.url, 'GET', '/api/regional-offers?limit=100', { token: sides.home.editor })
    expect((list.body.docs as { id: Id }[]).map((doc) => doc.id)).not.toContain(offerId)
  })

  it('a rename reaches the offer’s name', async () => {
    const renamed = `${word} Regio Noord`
    await app.payload.update({ collection: 'organisations', id: regional.id, data: { name: renamed } })
    const stored = await app.payload.findByID({ collection: 'regional-offers', id: offerId, depth: 0 })
    expect(stored.organisationName).toBe(renamed)
    expect((await search(sides.other.desk, 'Noord')).map((hit) => hit.name)).toContain(renamed)
    regional = { ...regional, name: renamed }
  })
})

/** Per role: C create, R read, U update, D delete (as the access matrix writes them). */
// prettier-ignore
const MATRIX = {
  beheerder:       'CRUD',
  communicatie:    'CRUD',
  coordinator:     '-R--',
  baliemedewerker: '-R--',
  anonymous:       '----',
} as const

describe('regional offers, role by role', () => {
  const tokens = {} as Record<keyof typeof MATRIX, string | undefined>
  beforeAll(async () => {
    for (const role of ['beheerder', 'communicatie', 'coordinator', 'baliemedewerker'] as const)
      tokens[role] = await member(sides.other.network, role)
    tokens.anonymous = undefined
  })

  const offerFor = async () =>
    app.payload.create({
      collection: 'regional-offers',
      data: {
        network: sides.other.network,
        organisation: (await organisation(sides.home.network, unique(`${word} Rol`), true)).id,
      },
    })

  it.each(Object.entries(MATRIX))('%s: %s', async (role, rule) => {
    const token = tokens[role as keyof typeof MATRIX]
    const refused = token ? [403] : [401, 403]
    const fresh = await organisation(sides.home.network, unique(`${word} Nieuw`), true)
    const created = await offer(token as string, { organisation: fresh.id })
    expect(rule.includes('C') ? [201] : refused).toContain(created.status)
    expect(
      (await app.payload.count({ collection: 'regional-offers', where: { organisation: { equals: fresh.id } } }))
        .totalDocs,
    ).toBe(rule.includes('C') ? 1 : 0)

    const existing = await offerFor()
    const read = await api(app.url, 'GET', `/api/regional-offers/${existing.id}`, { token })
    expect(rule.includes('R') ? [200] : refused).toContain(read.status)

    const changed = await api(app.url, 'PATCH', `/api/regional-offers/${existing.id}`, {
      token,
      body: { referral: { instructions: 'Gewijzigd.' } },
    })
    expect(rule.includes('U') ? [200] : refused).toContain(changed.status)
    const after = await app.payload.findByID({ collection: 'regional-offers', id: existing.id, depth: 0 })
    expect(after.referral?.instructions ?? null).toBe(rule.includes('U') ? 'Gewijzigd.' : null)

    const deleted = await api(app.url, 'DELETE', `/api/regional-offers/${existing.id}`, { token })
    expect(rule.includes('D') ? [200] : refused).toContain(deleted.status)
    expect(
      (await app.payload.count({ collection: 'regional-offers', where: { id: { equals: existing.id } } })).totalDocs,
    ).toBe(rule.includes('D') ? 0 : 1)
  })

  it('no role of the organisation’s own network reads, counts, changes or deletes another network’s offer', async () => {
    const theirs = await offerFor()
    for (const role of ['beheerder', 'communicatie', 'coordinator', 'baliemedewerker'] as const) {
      const token = await member(sides.home.network, role)
      expect((await api(app.url, 'GET', `/api/regional-offers/${theirs.id}`, { token })).status).toBe(404)
      const counted = await api(app.url, 'GET', `/api/regional-offers/count?where[id][equals]=${theirs.id}`, { token })
      expect(counted.body.totalDocs).toBe(0)
      const changed = await api(app.url, 'PATCH', `/api/regional-offers/${theirs.id}`, {
        token,
        body: { referral: { instructions: 'Overgenomen.' } },
      })
      expect([403, 404]).toContain(changed.status)
      expect([403, 404]).toContain(
        (await api(app.url, 'DELETE', `/api/regional-offers/${theirs.id}`, { token })).status,
      )
    }
    const after = await app.payload.findByID({ collection: 'regional-offers', id: theirs.id, depth: 0 })
    expect(after.referral?.instructions ?? null).toBeNull()
  })
})

describe('when it stops being regional or is deleted', () => {
  it('it leaves the other network’s Wegwijzer and reads, and comes back when regional again', async () => {
    await app.payload.update({ collection: 'organisations', id: regional.id, data: { regional: false } })
    expect((await search(sides.other.desk, 'Noord')).map((hit) => hit.name)).not.toContain(regional.name)
    expect((await api(app.url, 'GET', `/api/organisations/${regional.id}`, { token: sides.other.desk })).status).toBe(
      404,
    )
    await app.payload.update({ collection: 'organisations', id: regional.id, data: { regional: true } })
    expect((await search(sides.other.desk, 'Noord')).map((hit) => hit.name)).toContain(regional.name)
  })

  it('deleting it takes its offers with it', async () => {
    const gone = await organisation(sides.home.network, `${word} Tijdelijk`, true)
    const made = await offer(sides.other.editor, { organisation: gone.id })
    expect(made.status).toBe(201)
    await app.payload.delete({ collection: 'organisations', id: gone.id })
    const left = await app.payload.count({
      collection: 'regional-offers',
      where: { organisation: { equals: gone.id } },
    })
    expect(left.totalDocs).toBe(0)
  })
})
