/**
 * The data of bench:region: networks of the same size each (NETWORK_SIZE), built one network at a
 * time, so that a region of fifty and an installation of one are built by the same code.
 * Directory, Infopunten, sources and mailboxes go through the Local API (with its hooks); staff,
 * shifts and registrations, which come in thousands, straight through the database adapter in
 * transactions, registrations with their report tallies as the demo seed stores them.
 */
import { randomBytes } from 'node:crypto'

import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { roles } from '../../src/access/roles'
import { inTransaction } from '../../src/db/transaction'
import { markDirectoryChanged } from '../../src/directory/freshness'
import { addDays, localInstant, localParts, weekdayOf } from '../../src/lib/localTime'
import type { Id } from '../../src/lib/relations'
import type { User } from '../../src/payload-types'
import type { KindsOf } from '../../src/registrations/tallies'
import { answerTypeWeights, storeRegistrations } from '../../src/seed/registrations'
import { seededRandom } from '../../src/seed/random'
import { DEFER_STARTPAGE_STAMP, markStartpageChanged } from '../../src/startpage/freshness'
import { TEST_PASSWORD } from '../helpers/api'
import { kernIn } from '../helpers/fixtures'
import { round } from './stats'
import { createSyntheticDirectory, createSyntheticThemes, type SyntheticService } from './syntheticDirectory'

/** One network, the same in the region and on the single-network installation. */
export const NETWORK_SIZE = {
  infopunten: 5,
  staff: 100,
  /** The network's own organisations' services; with one organisation per ten services, 160 entries. */
  ownServices: 145,
  /** Services of regional organisations: 36 under 4 organisations, 40 entries (a fifth of 200). */
  regionalServices: 36,
  /** The networks that show each regional organisation: the one that keeps it, and four that offer it. */
  regionalSpread: 5,
}
/** The directory entries (organisations and services) of one network. */
export const ENTRIES_PER_NETWORK =
  NETWORK_SIZE.ownServices +
  Math.ceil(NETWORK_SIZE.ownServices / 10) +
  NETWORK_SIZE.regionalServices +
  Math.ceil(NETWORK_SIZE.regionalServices / 10)
export const REGIONAL_ENTRIES_PER_NETWORK =
  NETWORK_SIZE.regionalServices + Math.ceil(NETWORK_SIZE.regionalServices / 10)

const places = ['Dalfsen', 'Nieuwleusen', 'Lemelerveld', 'Ommen', 'Raalte']
const extraThemes = [
  'Toeslagen en regelingen',
  'Digitale vaardigheden',
  'Zorg thuis',
  'Werk en inkomen',
  'Vervoer',
  'Dementie',
  'Nieuwkomers',
  'Opvoeden en opgroeien',
]
const summaries = [
  'Vraag over de huurtoeslag',
  'Hulp bij het aanvragen van DigiD',
  'Vraag over een brief van de gemeente',
  'Zoekt vervoer naar het ziekenhuis',
  'Vraag over mantelzorgwaardering',
]

export const networkName = (index: number) => `Netwerk ${String(index + 1).padStart(2, '0')}`

/** A group's regional organisations, kept by its first network and offered by the others. */
interface RegionalGroup {
  organisations: Id[]
  services: SyntheticService[]
}

/** What every network of an installation shares: the themes, and one password hash for all staff. */
export interface Shared {
  directoryThemes: { id: Id }[]
  themes: Id[]
  credentials: { hash: string; salt: string }
  /** Filled as the networks are built, in order: each group's regional organisations. */
  regionalGroups: Map<number, RegionalGroup>
}

/**
 * The shared themes, and the installation's first account (an administrator of the first network)
 * made through the Local API: the staff made past the hooks share its password hash.
 */
export const prepareInstallation = async (payload: Payload, firstNetwork: Id): Promise<Shared> => {
  const directoryThemes = await createSyntheticThemes(payload, 1)
  const more = await Promise.all(extraThemes.map((name) => payload.create({ collection: 'themes', data: { name } })))
  const template = await payload.create({
    collection: 'users',
    data: {
      name: 'Beheerder regio',
      email: 'beheer@regio.example',
      password: TEST_PASSWORD,
      role: 'beheerder',
      networks: [{ network: firstNetwork as number, role: 'beheerder' }],
    },
  })
  const stored = (await payload.db.findOne({ collection: 'users', where: { id: { equals: template.id } } })) as {
    hash?: string
    salt?: string
  } | null
  if (!stored?.hash || !stored.salt) throw new Error('the template account has no password hash')
  return {
    directoryThemes,
    themes: [...directoryThemes, ...more].map((theme) => theme.id),
    credentials: { hash: stored.hash, salt: stored.salt },
    regionalGroups: new Map(),
  }
}

export interface BuiltNetwork {
  /** The network's position in the installation, from 0. */
  index: number
  id: Id
  name: string
  locations: Id[]
  organisations: Id[]
  /** The desk workers (baliemedewerkers) of each Infopunt, by the Infopunt's position. */
  deskWorkers: Id[][]
  /** Every service of the network's view, its own and the regional ones: the targets of the search queries. */
  services: SyntheticService[]
  /** Seconds per step. */
  seconds: { directory: number; people: number }
}

/** The regional organisations of network `index`'s group: made by the group's first network, offered by the others. */
const regionalDirectory = async (payload: Payload, shared: Shared, index: number, network: Id) => {
  const group = Math.floor(index / NETWORK_SIZE.regionalSpread)
  const kept = shared.regionalGroups.get(group)
  if (kept) {
    for (const organisation of kept.organisations)
      await payload.create({
        collection: 'regional-offers',
        data: { network: network as number, organisation: organisation as number },
        depth: 0,
      })
    return kept.services
  }
  const services = await createSyntheticDirectory(payload, NETWORK_SIZE.regionalServices, 500_000 + group, {
    network,
    themes: shared.directoryThemes,
    regional: true,
  })
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { and: [{ network: { equals: network } }, { regional: { equals: true } }] },
    depth: 0,
    pagination: false,
    select: { name: true },
  })
  shared.regionalGroups.set(group, { organisations: docs.map((doc) => doc.id), services })
  return services
}

/** The weekdays an Infopunt is open: three of Monday to Friday, by its position. */
const openDays = (position: number) => ['mon', 'tue', 'wed', 'thu', 'fri'].filter((_, day) => (day + position) % 5 < 3)

/** The period the registrations fall in: the 365 days up to yesterday; a report reads "a year" as today's 365. */
export const registrationPeriod = (now = new Date()) => {
  const today = localParts(now).date
  return { from: addDays(today, -364), to: today }
}

/**
 * A full garbage collection, then a turn of the event loop. Each SQLite statement holds some 30 KB of
 * native memory until its JavaScript object is collected and finalised; V8 does not see that memory,
 * so in a loop of thousands of writes it would collect too rarely, and the finalisers need the event
 * loop. Without this the build grows by about 100 MB per 2,000 registrations. Needs --expose-gc.
 */
export const releaseNativeMemory = async () => {
  global.gc?.()
  await new Promise((resolve) => setTimeout(resolve, 0))
}

const timer = () => {
  const started = performance.now()
  return () => round((performance.now() - started) / 1000)
}

/**
 * Builds network number `index` (its name from `networkName`) into the network `id`: directory,
 * Infopunten, staff, the coming two weeks' roster, sources and mailboxes.
 */
export const buildNetwork = async (payload: Payload, shared: Shared, index: number, id: Id): Promise<BuiltNetwork> => {
  const name = networkName(index)
  const network = id as number
  const bulk = { [DEFER_STARTPAGE_STAMP]: true }

  // The directory: the network's own organisations, and its group's regional ones, which the group's
  // first network keeps and the others offer.
  const directoryTime = timer()
  const own = await createSyntheticDirectory(payload, NETWORK_SIZE.ownServices, 1_000 + index, {
    network,
    themes: shared.directoryThemes,
  })
  const regional = await regionalDirectory(payload, shared, index, network)
  const organisations = (
    await payload.find({
      collection: 'organisations',
      where: { network: { equals: network } },
      depth: 0,
      pagination: false,
      select: { name: true },
    })
  ).docs.map((organisation) => organisation.id)
  const directory = directoryTime()

  // Infopunten, each open on three weekdays, with a back-up organisation and a referral mailbox.
  const peopleTime = timer()
  const number = String(index + 1).padStart(2, '0')
  const locations: Id[] = []
  for (let position = 0; position < NETWORK_SIZE.infopunten; position++) {
    const location = await payload.create({
      collection: 'locations',
      context: bulk,
      data: {
        network,
        name: `Infopunt ${places[position]} ${number}`,
        kern: await kernIn(payload, `Gemeente ${number}`, places[position], network),
        openingHours: openDays(position).flatMap((weekday) => [
          { weekday: weekday as 'mon', opens: '09:00', closes: '12:00' },
          { weekday: weekday as 'mon', opens: '13:00', closes: '16:00' },
        ]),
        backup: { organisation: organisations[position % organisations.length] as number, phone: '0529-123456' },
      },
      depth: 0,
    })
    locations.push(location.id)
    await payload.create({
      collection: 'referral-mailboxes',
      context: bulk,
      data: { network, email: `verwijzen-${number}-${position}@regio.example`, location: location.id },
      depth: 0,
    })
  }
  const categories = ['social-map', 'money', 'care', 'housing', 'language', 'government'] as const
  for (let source = 0; source < 10; source++)
    await payload.create({
      collection: 'digital-sources',
      context: bulk,
      data: {
        network,
        title: `Bron ${source + 1} van ${name}`,
        url: `https://www.example.org/${number}/bron-${source + 1}`,
        category: categories[source % categories.length],
        audienceRoles: [...roles],
        pinned: source < 2,
      },
      depth: 0,
    })

  // Staff: an administrator, four coordinators, five communications staff, the rest at the desks.
  const now = new Date().toISOString()
  const roleOf = (person: number) =>
    person === 0 ? 'beheerder' : person < 5 ? 'coordinator' : person < 10 ? 'communicatie' : 'baliemedewerker'
  const deskWorkers: Id[][] = locations.map(() => [])
  await inTransaction(payload, async (fresh) => {
    const req = await fresh()
    for (let person = 0; person < NETWORK_SIZE.staff; person++) {
      const position = person % locations.length
      const role = roleOf(person)
      const user = (await payload.db.create({
        collection: 'users',
        data: {
          name: `Medewerker ${person + 1} ${name}`,
          email: `medewerker-${number}-${person + 1}@regio.example`,
          active: true,
          staffKind: person % 3 === 0 ? 'professional' : 'volunteer',
          defaultLocation: locations[position],
          // Array rows carry a text id, which Payload's hooks would otherwise give them.
          networks: [{ id: randomBytes(12).toString('hex'), network, role }],
          ...shared.credentials,
          createdAt: now,
          updatedAt: now,
        },
        req,
      })) as User
      if (role === 'baliemedewerker') deskWorkers[position].push(user.id)
    }
  })

  // The roster from today for two weeks: a morning with a professional, an afternoon with two volunteers.
  const today = localParts(new Date()).date
  await inTransaction(payload, async (fresh) => {
    const req = await fresh()
    for (let day = 0; day < 14; day++) {
      const date = addDays(today, day)
      for (const [position, location] of locations.entries()) {
        if (!openDays(position).includes(weekdayOf(date))) continue
        const people = deskWorkers[position]
        for (const [opens, closes, role, staff] of [
          ['09:00', '12:00', 'professional', [people[day % people.length]]],
          ['13:00', '16:00', 'volunteer', [people[(day + 1) % people.length], people[(day + 2) % people.length]]],
        ] as const)
          await payload.db.create({
            collection: 'roster-shifts',
            data: {
              network,
              location,
              startsAt: localInstant(date, opens).toISOString(),
              endsAt: localInstant(date, closes).toISOString(),
              role,
              staff: [...staff],
              createdAt: now,
              updatedAt: now,
            },
            req,
            returning: false,
          })
      }
    }
  })
  await releaseNativeMemory()
  return {
    index,
    id,
    name,
    locations,
    organisations,
    deskWorkers,
    services: [...own, ...regional],
    seconds: { directory, people: peopleTime() },
  }
}

/**
 * The registrations of a network, `count` in all over registrationPeriod, in time order, spread evenly
 * over the opening days of its Infopunten (so every such day has its tallies). Each call of the
 * writer stores the next `size` (at most) in one transaction, with their tallies, as the demo seed
 * stores its registrations: the number stored.
 */
export const registrationWriter = (payload: Payload, shared: Shared, target: BuiltNetwork, count: number) => {
  const network = target.id as number
  const random = seededRandom(7_000 + target.index)
  const { from, to } = registrationPeriod()
  const slots: { date: string; position: number }[] = []
  for (let date = from; date < to; date = addDays(date, 1))
    for (let position = 0; position < target.locations.length; position++)
      if (openDays(position).includes(weekdayOf(date))) slots.push({ date, position })
  const opening = new Map<string, number>()
  const openingOf = (date: string) => {
    let instant = opening.get(date)
    if (instant === undefined) opening.set(date, (instant = localInstant(date, '09:00').getTime()))
    return instant
  }
  // Every synthetic organisation helps in both ways (createSyntheticDirectory).
  const kinds = new Map(target.organisations.map((id) => [String(id), 'both']))
  const kindsOf: KindsOf = async () => kinds
  const themeWeights = shared.themes.map((theme, at) => [theme, at < 4 ? 12 : at < 8 ? 6 : 3] as const)
  let next = 0
  return async (size: number): Promise<number> => {
    const batch: RequiredDataFromCollectionSlug<'registrations'>[] = []
    for (; next < count && batch.length < size; next++) {
      const n = next
      const { date, position } = slots[Math.floor(((n + 0.5) * slots.length) / count)]
      // Between 09:00 and 16:00.
      const at = new Date(openingOf(date) + Math.floor(((n % 20) / 20) * 420 + random.next() * 20) * 60_000)
      const answerType = random.weighted(answerTypeWeights)
      const themes = [random.weighted(themeWeights)]
      if (random.next() < 0.3) themes.push(random.weighted(themeWeights))
      const people = target.deskWorkers[position]
      batch.push({
        occurredAt: at.toISOString(),
        createdAt: at.toISOString(),
        location: target.locations[position] as number,
        network,
        channel: random.weighted([
          ['desk', 94],
          ['phone', 3],
          ['email', 1],
          ['other', 2],
        ] as const),
        themes: [...new Set(themes)] as number[],
        domain: random.weighted([
          ['wmo', 40],
          ['participation', 30],
          ['youth', 10],
          ['other', 20],
        ] as const),
        ageBand: random.weighted([
          ['adult', 45],
          ['senior', 35],
          ['youth', 8],
          ['unknown', 12],
        ] as const),
        summary: random.next() < 0.34 ? random.pick(summaries) : undefined,
        answerType,
        referredOrganisations:
          answerType === 'warm-referral' || answerType === 'informal-referral'
            ? [random.pick(target.organisations) as number]
            : [],
        followUp: random.next() < 0.15,
        durationMinutes: random.pick([5, 10, 10, 15, 15, 20, 30, 45]),
        registeredBy: people[n % people.length] as number,
      })
    }
    if (batch.length > 0) await storeRegistrations(payload, batch, kindsOf)
    await releaseNativeMemory()
    return batch.length
  }
}

/** After a bulk build: one directory stamp and one startpage stamp, so that every cache reloads. */
export const markBuilt = async (payload: Payload) => {
  await markDirectoryChanged(payload)
  await markStartpageChanged(payload)
}

/** A user as Payload's authentication gives it to access rules: the account with its collection. */
export const asUser = async (payload: Payload, id: Id): Promise<User> =>
  ({ ...(await payload.findByID({ collection: 'users', id, depth: 0 })), collection: 'users' }) as User
