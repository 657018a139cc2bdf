import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Organisation, Registration } from '@/payload-types'

import { locations } from './data/locations'
import { themes } from './data/themes'
import { summaries } from './data/summaries'
import { users } from './data/users'
import type { SeededContent } from './content'
import { localInstant, localParts, weekdayOf } from '@/lib/localTime'
import { inTransaction } from '@/db/transaction'
import { idOf } from '@/lib/relations'
import { addTallyCounts, tallyRefsOf, type KindsOf, type TallyRef } from '@/registrations/tallies'
import { ofNetwork } from './inNetwork'
import { seededRandom } from './random'

const REGISTRATION_COUNT = 500
const BATCH = 100
const DAY = 24 * 60 * 60 * 1000

/** Relative busyness per month (1 = January): quiet in the summer holidays and around Christmas. */
const seasonWeights = [1, 0.95, 0.9, 0.9, 0.85, 0.8, 0.55, 0.5, 0.95, 1, 1, 0.7]

const locationWeights = [
  ['Infopunt Nieuwleusen', 45],
  ['Infopunt Dalfsen', 35],
  ['Infopunt Lemelerveld', 20],
] as const

const themeWeights: (readonly [string, number])[] = themes
  .filter((theme) => theme.name !== 'Geld')
  .map((theme) => [
    theme.name,
    (
      {
        'Toeslagen en regelingen': 14,
        'Digitale vaardigheden': 12,
        Schuldhulp: 9,
        'Zorg thuis': 9,
        Mantelzorg: 7,
        Eenzaamheid: 7,
        Wonen: 6,
      } as Record<string, number>
    )[theme.name] ?? 3,
  ])

/** How the demo's desk questions are answered: relative frequencies. */
export const answerTypeWeights = [
  ['information', 30],
  ['advice', 20],
  ['helped', 15],
  ['warm-referral', 22],
  ['informal-referral', 9],
  ['backup-consulted', 3],
  ['unable', 4],
] as const

const domainOfTheme: Record<string, Registration['domain']> = {
  'Opvoeden en opgroeien': 'youth',
  'Werk en inkomen': 'participation',
  Schuldhulp: 'participation',
  'Toeslagen en regelingen': 'participation',
  Nieuwkomers: 'participation',
  'Zorg thuis': 'wmo',
  Mantelzorg: 'wmo',
  Dementie: 'wmo',
  Beperking: 'wmo',
  Vervoer: 'wmo',
  Eenzaamheid: 'wmo',
}

/**
 * Stores registrations the seed generated, valid by construction, as the registrations import stores
 * its rows: straight through the database adapter, with their tallies counted once, in the same
 * transaction (one commit, so a report never sees the one without the other). Each row names its
 * network (the Infopunt's): nothing past the hooks fills it in.
 */
export const storeRegistrations = async (
  payload: Payload,
  rows: RequiredDataFromCollectionSlug<'registrations'>[],
  kindsOf: KindsOf,
): Promise<void> => {
  const tallies = new Map<string, { ref: TallyRef; count: number }>()
  for (const data of rows)
    for (const ref of await tallyRefsOf(data, kindsOf)) {
      const entry = tallies.get(ref.key)
      if (entry) entry.count++
      else tallies.set(ref.key, { ref, count: 1 })
    }
  await inTransaction(payload, async (fresh) => {
    const req = await fresh()
    for (const data of rows)
      await payload.db.create({
        collection: 'registrations',
        data: { ...data, updatedAt: data.createdAt },
        req,
        returning: false,
      })
    await addTallyCounts(payload, [...tallies.values()], req)
  })
}

export const seedRegistrations = async (payload: Payload, content: SeededContent): Promise<number> => {
  if ((await payload.count({ collection: 'registrations', where: ofNetwork(content.network) })).totalDocs > 0) return 0
  const random = seededRandom(20170501)
  const deskWorkers = users.filter((user) => user.role === 'baliemedewerker')
  const activeOrganisations = [...content.organisations.values()].filter(
    (organisation) => organisation.status === 'active',
  )
  const organisationsFor = (themeId: Organisation['id'], informal: boolean) =>
    activeOrganisations.filter(
      (organisation) =>
        (organisation.themes ?? []).some((theme) => idOf(theme) === themeId) &&
        (informal ? organisation.kindOfHelp !== 'formal' : true),
    )

  const kinds = new Map(activeOrganisations.map((organisation) => [String(organisation.id), organisation.kindOfHelp]))
  const kindsOf: KindsOf = async () => kinds

  const now = Date.now()
  const batch: RequiredDataFromCollectionSlug<'registrations'>[] = []
  let created = 0
  const write = async () => {
    await storeRegistrations(payload, batch, kindsOf)
    created += batch.length
    batch.length = 0
    // A pause between commits: a writer waiting for the lock (a login, a registration at the desk)
    // gets its turn, rather than the next batch taking the lock straight back.
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  while (created + batch.length < REGISTRATION_COUNT) {
    const locationName = random.weighted(locationWeights)
    const location = locations.find((candidate) => candidate.name === locationName)!
    const date = localParts(new Date(now - random.int(0, 364) * DAY)).date
    if (random.next() > seasonWeights[Number(date.slice(5, 7)) - 1]) continue
    const periods = location.openingHours.filter((period) => period.weekday === weekdayOf(date))
    if (periods.length === 0) continue
    const period = random.pick(periods)
    const [openHour, openMinute] = period.opens.split(':').map(Number)
    const [closeHour, closeMinute] = period.closes.split(':').map(Number)
    const minute =
      openHour * 60 + openMinute + random.int(0, closeHour * 60 + closeMinute - openHour * 60 - openMinute - 5)
    const occurredAt = localInstant(
      date,
      `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
    )
    if (occurredAt.getTime() > now) continue

    const themeNames = [random.weighted(themeWeights)]
    if (random.next() < 0.3) themeNames.push(random.weighted(themeWeights))
    const uniqueThemes = [...new Set(themeNames)]
    const themeIds = uniqueThemes.map((name) => content.themes.get(name)!.id)
    const answerType = random.weighted(answerTypeWeights)
    const referral = answerType === 'warm-referral' || answerType === 'informal-referral'
    const candidates = referral ? organisationsFor(themeIds[0], answerType === 'informal-referral') : []
    if (referral && candidates.length === 0) continue

    const registrar =
      random.pick(deskWorkers.filter((user) => user.defaultLocation === locationName)) ?? random.pick(deskWorkers)
    const pool = summaries[uniqueThemes[0]]
    batch.push({
      occurredAt: occurredAt.toISOString(),
      createdAt: occurredAt.toISOString(),
      location: content.locations.get(locationName)!.id,
      // Stored past the hooks (storeRegistrations), so the network is named here: the Infopunt's.
      network: idOf(content.locations.get(locationName)!.network) as number,
      // Residents cannot phone or mail the Infopunt; the rare other channels are call-backs and the like.
      channel: random.weighted([
        ['desk', 94],
        ['phone', 3],
        ['email', 1],
        ['other', 2],
      ] as const),
      themes: themeIds,
      domain: domainOfTheme[uniqueThemes[0]] ?? 'other',
      ageBand: random.weighted([
        ['adult', 45],
        ['senior', 35],
        ['youth', 8],
        ['unknown', 12],
      ] as const),
      summary: pool && random.next() < 0.34 ? random.pick(pool) : undefined,
      answerType,
      referredOrganisations: referral ? [random.pick(candidates).id] : [],
      followUp: random.next() < 0.15,
      durationMinutes: random.pick([5, 10, 10, 15, 15, 20, 30, 45]),
      registeredBy: content.users.get(registrar.email)!.id,
    })
    if (batch.length === BATCH) await write()
  }
  if (batch.length > 0) await write()
  return created
}
