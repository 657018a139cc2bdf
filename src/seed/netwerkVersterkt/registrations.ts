import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { addDays, localInstant, weekdayOf } from '@/lib/localTime'
import type { Registration } from '@/payload-types'
import type { KindsOf } from '@/registrations/tallies'

import type { SeededContent } from '../content'
import { ofNetwork } from '../inNetwork'
import { seededRandom } from '../random'
import { storeRegistrations } from '../registrations'
import { locations, type InfopuntSeed } from './data/locations'

/** The project year: Netwerk Versterkt started on 1 May 2016 and ran for a year. */
const PROJECT_START = '2016-05-01'
const PROJECT_DAYS = 365

/** The council letter's figures: clients guided per municipality, and cases per domain (35 of each). */
const clientsPerMunicipality = [
  ['Den Helder', 21],
  ['Hollands Kroon', 5],
  ['Schagen', 5],
  ['Texel', 4],
] as const
const casesPerDomain = [
  ['youth', 24],
  ['wmo', 11],
] as const

type Domain = (typeof casesPerDomain)[number][0]
/** An organisation (by key) a case was referred to, and the theme of the question. */
type Referral = readonly [organisation: string, theme: string]

/**
 * Where the cases went. Mostly to the informal help the project deployed (Home-Start, the
 * zorgvrijwilligers, Noordkopvoorelkaar), sometimes to a care organisation whose professional
 * deployed it beside their own care.
 */
const referrals: Record<Domain, { informal: [Referral, number][]; formal: [Referral, number][] }> = {
  youth: {
    informal: [
      [['homestart', 'Opvoeden en opgroeien'], 6],
      [['noordkopvoorelkaar', 'Opvoeden en opgroeien'], 2],
      [['meedewering', 'Beperking'], 2],
    ],
    formal: [
      [['parlan', 'Opvoeden en opgroeien'], 2],
      [['sheerenloo', 'Beperking'], 1],
    ],
  },
  wmo: {
    informal: [
      [['wonenplus', 'Eenzaamheid'], 3],
      [['wonenplus', 'Mantelzorg'], 2],
      [['meedewering', 'Mantelzorg'], 2],
      [['noordkopvoorelkaar', 'Eenzaamheid'], 2],
    ],
    formal: [
      [['esdege', 'Beperking'], 1],
      [['sheerenloo', 'Beperking'], 1],
    ],
  },
}

/** Who asked: in youth cases a young person or a parent, in Wmo cases an adult or an older resident. */
const ageBands: Record<Domain, [Registration['ageBand'], number][]> = {
  youth: [
    ['youth', 3],
    ['adult', 2],
  ],
  wmo: [
    ['adult', 3],
    ['senior', 2],
  ],
}

type Random = ReturnType<typeof seededRandom>

const repeated = <T>(counts: readonly (readonly [T, number])[]): T[] =>
  counts.flatMap(([value, count]) => Array.from({ length: count }, () => value))

/** Fisher–Yates, with the seeded generator: the same order on every run. */
const shuffled = <T>(items: T[], random: Random): T[] => {
  for (let index = items.length - 1; index > 0; index--) {
    const other = random.int(0, index)
    ;[items[index], items[other]] = [items[other], items[index]]
  }
  return items
}

const minutesOf = (time: string) => {
  const [hour, minute] = time.split(':').map(Number)
  return hour * 60 + minute
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** A moment in the project year when the Infopunt was open. */
const openMoment = (location: InfopuntSeed, random: Random): string => {
  for (;;) {
    const date = addDays(PROJECT_START, random.int(0, PROJECT_DAYS - 1))
    const periods = location.openingHours.filter((period) => period.weekday === weekdayOf(date))
    if (periods.length === 0) continue
    const period = random.pick(periods)
    return localInstant(date, clock(random.int(minutesOf(period.opens), minutesOf(period.closes) - 5))).toISOString()
  }
}

/**
 * The project year's cases, one registration each, that give the letter's tables in /rapportage: by
 * municipality (of the Infopunt) and by domain. Each on a day its Infopunt is open; no summaries.
 * Runs once (skipped when the network has any registration), in one transaction with the tallies.
 */
export const seedProjectYear = async (payload: Payload, content: SeededContent): Promise<number> => {
  if ((await payload.count({ collection: 'registrations', where: ofNetwork(content.network) })).totalDocs > 0) return 0
  const random = seededRandom(20160501)
  // Which municipality's client had which kind of case.
  const domains = shuffled(repeated(casesPerDomain), random)
  const registrar = content.users.get('balie@netwerkversterkt.example')!
  const kinds = new Map(
    [...content.organisations.values()].map((organisation) => [String(organisation.id), organisation.kindOfHelp]),
  )
  const kindsOf: KindsOf = async () => kinds

  const rows = repeated(clientsPerMunicipality).map((municipality, index) => {
    const location = locations.find((candidate) => candidate.municipality === municipality)!
    const occurredAt = openMoment(location, random)
    const domain = domains[index]
    const informal = random.next() < 0.8
    const [organisation, theme] = random.weighted(informal ? referrals[domain].informal : referrals[domain].formal)
    return {
      occurredAt,
      createdAt: occurredAt,
      location: content.locations.get(location.name)!.id,
      network: content.network.id,
      channel: random.next() < 0.9 ? 'desk' : 'phone',
      themes: [content.themes.get(theme)!.id],
      domain,
      ageBand: random.weighted(ageBands[domain]),
      answerType: informal ? 'informal-referral' : 'warm-referral',
      referredOrganisations: [content.organisations.get(organisation)!.id],
      followUp: random.next() < 0.5,
      durationMinutes: random.pick([20, 30, 30, 45, 60]),
      registeredBy: registrar.id,
    } satisfies RequiredDataFromCollectionSlug<'registrations'>
  })
  rows.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
  await storeRegistrations(payload, rows, kindsOf)
  return rows.length
}
