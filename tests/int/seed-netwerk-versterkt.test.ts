import { beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Where } from 'payload'

import { toSlug } from '../../src/fields/slug'
import { localParts } from '../../src/lib/localTime'
import { idOf } from '../../src/lib/relations'
import { networkCollections } from '../../src/networks/plugin'
import type { Location, Municipality, Network, Organisation, Registration, User } from '../../src/payload-types'
import { buildReport, type GroupBy } from '../../src/registrations/report'
import { seed, type SeedSummary } from '../../src/seed'
import { DEMO_PASSWORD, users as dalfsenUsers } from '../../src/seed/data/users'
import { PLATFORM_ADMINISTRATOR, REGIONAL_CONSULTANT } from '../../src/seed/regional'
import { login } from '../helpers/api'
import { useTestApp } from '../helpers/useTestApp'

/**
 * Seed 004, Netwerk Versterkt, beside seed 000's Infopunten Dalfsen: each network's records and
 * accounts in their own network only, a second run that adds nothing, and the project year's
 * registrations giving the council letter's tables through the report's own code.
 */
const app = useTestApp()

const PROJECT_YEAR = { from: '2016-05-01', to: '2017-04-30' }
const LETTER = {
  municipality: { 'Den Helder': 21, 'Hollands Kroon': 5, Schagen: 5, Texel: 4 },
  domain: { youth: 24, wmo: 11 },
}
const PARTNERS = [
  "'s Heeren Loo Kop van Noord-Holland",
  'Esdégé-Reigersdaal Kop van Noord-Holland',
  'Humanitas Home-Start Kop van Noord-Holland',
  'MEE & de Wering Kop van Noord-Holland',
  'Noordkopvoorelkaar',
  'Parlan Kop van Noord-Holland',
  'WonenPlus Welzijn Kop van Noord-Holland',
]
const ACCOUNTS = {
  'balie@netwerkversterkt.example': 'baliemedewerker',
  'beheerder@netwerkversterkt.example': 'beheerder',
  'communicatie@netwerkversterkt.example': 'communicatie',
  'coordinator@netwerkversterkt.example': 'coordinator',
}

const find = async <S extends CollectionSlug>(collection: S, where: Where) =>
  (await app.payload.find({ collection, where, depth: 0, pagination: false })).docs

const ids = (docs: { id: number | string }[]) => docs.map((doc) => String(doc.id)).sort()
const networkIdsOf = (user: User) => (user.networks ?? []).map((row) => String(idOf(row.network)))

/** How many documents each collection holds, networks and accounts included. */
const countAll = async () => {
  const collections: CollectionSlug[] = ['networks', 'users', 'themes', ...networkCollections]
  const counts = await Promise.all(
    collections.map(async (collection) => [collection, (await app.payload.count({ collection })).totalDocs] as const),
  )
  return Object.fromEntries(counts)
}

let again: SeedSummary
let before: Record<string, number>
let after: Record<string, number>
let versterkt: Network
let dalfsen: Network
let infopunten: Location[]
let municipalities: Municipality[]
let partners: Organisation[]
let registrations: Registration[]

beforeAll(async () => {
  await seed(app.payload)
  before = await countAll()
  again = await seed(app.payload)
  after = await countAll()
  ;[versterkt] = await find('networks', { name: { equals: 'Netwerk Versterkt' } })
  ;[dalfsen] = await find('networks', { name: { equals: 'Infopunten Dalfsen' } })
  const ofVersterkt = { network: { equals: versterkt.id } }
  infopunten = await find('locations', ofVersterkt)
  municipalities = await find('municipalities', ofVersterkt)
  // The letter's partners; the network keeps one regional organisation besides (see below).
  partners = await find('organisations', { and: [ofVersterkt, { regional: { not_equals: true } }] })
  registrations = await find('registrations', ofVersterkt)
}, 300_000)

describe('seed 004: Netwerk Versterkt', () => {
  it('is a second network beside Infopunten Dalfsen', async () => {
    expect(versterkt).toBeDefined()
    expect(dalfsen).toBeDefined()
    expect((await find('networks', {})).map((network) => network.name).sort()).toEqual([
      'Infopunten Dalfsen',
      'Netwerk Versterkt',
    ])
  })

  it('has an Infopunt in the library of each municipality of the project, with hours, staffing, back-up and a mailbox', async () => {
    const nameOf = (id: unknown) => municipalities.find((municipality) => municipality.id === id)?.name
    expect(municipalities.map((municipality) => municipality.name).sort()).toEqual(Object.keys(LETTER.municipality))
    expect(infopunten.map((infopunt) => nameOf(infopunt.municipality)).sort()).toEqual(Object.keys(LETTER.municipality))
    const [coordinator] = await find('users', { email: { equals: 'coordinator@netwerkversterkt.example' } })
    const mailboxes = await find('referral-mailboxes', { location: { in: ids(infopunten) } })
    for (const infopunt of infopunten) {
      expect(infopunt.venue).toMatch(/^Bibliotheek /)
      expect(infopunt.kern).toBeTruthy()
      expect(infopunt.address?.postalCode).toBeTruthy()
      expect(infopunt.openingHours?.length).toBeGreaterThan(0)
      expect(infopunt.staffing).toMatchObject({ minimumStaff: 2, requireProfessional: true })
      expect(ids(partners)).toContain(String(idOf(infopunt.backup?.organisation)))
      expect((infopunt.coordinators ?? []).map((user) => String(idOf(user)))).toEqual([String(coordinator.id)])
      const own = mailboxes.filter((mailbox) => String(idOf(mailbox.location)) === String(infopunt.id))
      expect(own).toHaveLength(1)
      expect(String(idOf(own[0].network))).toBe(String(versterkt.id))
      expect((own[0].monitoredBy ?? []).map((user) => String(idOf(user)))).toEqual([String(coordinator.id)])
    }
  })

  it('lists the seven partners of the letter, formal care and informal help, each with its services', async () => {
    expect(partners.map((partner) => partner.name).sort()).toEqual(PARTNERS)
    expect(
      partners
        .filter((partner) => partner.kindOfHelp === 'formal')
        .map((partner) => partner.name)
        .sort(),
    ).toEqual([
      "'s Heeren Loo Kop van Noord-Holland",
      'Esdégé-Reigersdaal Kop van Noord-Holland',
      'Parlan Kop van Noord-Holland',
    ])
    const services = await find('services', { organisation: { in: ids(partners) } })
    for (const partner of partners)
      expect(services.some((service) => String(idOf(service.organisation)) === String(partner.id))).toBe(true)
    // Seed 000 has these organisations too: under other names, so each slug is its own name's (no "-2").
    const others = await find('organisations', { network: { equals: dalfsen.id } })
    expect(others.map((other) => other.name).filter((name) => PARTNERS.includes(name))).toEqual([])
    for (const organisation of [...partners, ...services]) expect(organisation.slug).toBe(toSlug(organisation.name))
  })

  it('keeps the Juridisch Loket as a regional organisation, which Infopunten Dalfsen offers with its own notes', async () => {
    const [loket] = await find('organisations', {
      and: [{ network: { equals: versterkt.id } }, { regional: { equals: true } }],
    })
    expect(loket.name).toBe('Het Juridisch Loket')
    const offers = await find('regional-offers', { organisation: { equals: loket.id } })
    expect(offers.map((offer) => String(idOf(offer.network)))).toEqual([String(dalfsen.id)])
    expect(offers[0].referral?.instructions).toContain('Bibliotheek Dalfsen')
  })

  it("gives its four demo accounts only Netwerk Versterkt, and keeps Dalfsen's accounts only in Dalfsen", async () => {
    const accounts = await find('users', { email: { contains: '@netwerkversterkt.example' } })
    expect(Object.fromEntries(accounts.map((user) => [user.email, user.role]))).toEqual(ACCOUNTS)
    for (const user of accounts) {
      expect(networkIdsOf(user)).toEqual([String(versterkt.id)])
      if (user.organisation) expect(ids(partners)).toContain(String(idOf(user.organisation)))
    }
    const desk = accounts.find((user) => user.role === 'baliemedewerker')!
    expect(ids(infopunten)).toContain(String(idOf(desk.defaultLocation)))
    expect(desk.staffKind).toBe('professional')
    const dalfsenAccounts = await find('users', { email: { contains: '@infopunt.example' } })
    expect(dalfsenAccounts).toHaveLength(dalfsenUsers.length)
    for (const user of dalfsenAccounts) expect(networkIdsOf(user)).toEqual([String(dalfsen.id)])
    for (const email of Object.keys(ACCOUNTS)) await expect(login(app.url, email, DEMO_PASSWORD)).resolves.toBeTruthy()
  })

  it('makes the consultant communications staff in Dalfsen and the administrator of Netwerk Versterkt', async () => {
    const [account] = await find('users', { email: { equals: REGIONAL_CONSULTANT } })
    expect((account.networks ?? []).map((row) => [String(idOf(row.network)), row.role])).toEqual([
      [String(dalfsen.id), 'communicatie'],
      [String(versterkt.id), 'beheerder'],
    ])
    await expect(login(app.url, REGIONAL_CONSULTANT, DEMO_PASSWORD)).resolves.toBeTruthy()
  })

  it('makes the platform administrator, in no network', async () => {
    const [account] = await find('users', { email: { equals: PLATFORM_ADMINISTRATOR } })
    expect(account).toMatchObject({ platformAdministrator: true, networks: [] })
    await expect(login(app.url, PLATFORM_ADMINISTRATOR, DEMO_PASSWORD)).resolves.toBeTruthy()
  })

  it('puts every demo record in a network, and points Netwerk Versterkt only at its own records', async () => {
    for (const collection of networkCollections)
      expect([collection, await app.payload.count({ collection, where: { network: { exists: false } } })]).toEqual([
        collection,
        expect.objectContaining({ totalDocs: 0 }),
      ])
    const own = (relation: Parameters<typeof idOf>[0], docs: { id: number | string }[]) =>
      expect(ids(docs)).toContain(String(idOf(relation)))
    const services = await find('services', { network: { equals: versterkt.id } })
    for (const service of services) own(service.organisation, partners)
    for (const registration of registrations) {
      own(registration.location, infopunten)
      for (const organisation of registration.referredOrganisations ?? []) own(organisation, partners)
    }
    // And what belongs to its partners and Infopunten is all in its network.
    expect(ids(await find('services', { organisation: { in: ids(partners) } }))).toEqual(ids(services))
    expect(ids(await find('registrations', { location: { in: ids(infopunten) } }))).toEqual(ids(registrations))
  })

  it('adds nothing when it runs again', () => {
    expect(again).toMatchObject({ newContent: 0, shifts: 0, registrations: 0 })
    expect(after).toEqual(before)
  })
})

describe("the project year's registrations", () => {
  /**
   * Report rows with a count, by key (by name for municipalities, which the report keys by id), of the
   * project year in one network (the report's own filter, a municipality by name).
   */
  const report = async (groupBy: GroupBy, filter: { network?: Network; municipality?: string } = {}) => {
    const municipality = municipalities.find((candidate) => candidate.name === filter.municipality)
    const { rows, total } = await buildReport(app.payload, groupBy, {
      ...PROJECT_YEAR,
      network: (filter.network ?? versterkt).id,
      municipality: municipality?.id,
    })
    const key = (row: (typeof rows)[number]) => (groupBy === 'municipality' ? row.label : row.key)
    return {
      counts: Object.fromEntries(rows.filter((row) => row.count > 0).map((row) => [key(row), row.count])),
      total,
    }
  }

  it('give the letter\'s clients per municipality and cases per domain in the report ("Gemeente", "Domein")', async () => {
    expect((await report('municipality')).counts).toEqual(LETTER.municipality)
    expect((await report('domain')).counts).toEqual(LETTER.domain)
    expect((await report('domain')).total).toBe(35)
  })

  it("give the same figures through the report's filter on a municipality, and none in Dalfsen's network", async () => {
    for (const [municipality, clients] of Object.entries(LETTER.municipality))
      expect((await report('municipality', { municipality })).counts).toEqual({ [municipality]: clients })
    expect((await report('municipality', { network: dalfsen })).total).toBe(0)
  })

  it('lie in the project year, each when its Infopunt was open, and hold no free text', () => {
    expect(registrations).toHaveLength(35)
    for (const registration of registrations) {
      const { date, weekday, time } = localParts(new Date(registration.occurredAt))
      expect(date >= PROJECT_YEAR.from && date <= PROJECT_YEAR.to).toBe(true)
      const infopunt = infopunten.find((candidate) => String(candidate.id) === String(idOf(registration.location)))!
      const open = (infopunt.openingHours ?? []).some(
        (period) => period.weekday === weekday && period.opens <= time && time < period.closes,
      )
      expect([registration.occurredAt, infopunt.name, open]).toEqual([registration.occurredAt, infopunt.name, true])
      expect(registration.summary ?? null).toBeNull()
    }
  })

  it('are mostly referrals to informal help, the rest warm referrals to the care organisations', async () => {
    const answers = (await report('answerType')).counts
    expect(Object.keys(answers).sort()).toEqual(['informal-referral', 'warm-referral'])
    expect(answers['informal-referral']).toBeGreaterThan(answers['warm-referral'] * 2)
    expect((await report('referralKind')).counts.formal).toBe(answers['warm-referral'])
  })
})
