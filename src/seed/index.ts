import type { Payload } from 'payload'

import { seedContent, type SeededContent } from './content'
import { seedNetwerkVersterkt } from './netwerkVersterkt/content'
import { seedProjectYear } from './netwerkVersterkt/registrations'
import { seedPlatformAdministrator, seedRegionalConsultant, seedRegionalOffer } from './regional'
import { seedReferrals } from './referrals'
import { seedRegistrations } from './registrations'
import { seedRoster } from './roster'
import { netwerkVersterktStartpage } from './netwerkVersterkt/data/startpage'
import { dalfsenStartpage, seedBrokenSource, seedStartpage } from './startpage'
import { seedTrainings } from './trainings'
import { seedVerification } from './verification'

/** Demo accounts with a published password must never exist in production, unless it is a demo. */
export const demoDataAllowed = (): boolean =>
  process.env.NODE_ENV !== 'production' || process.env.INFOPUNT_DEMO === 'true'

/** Collections whose documents the seed upserts by a natural key (name, e-mail or title). */
const contentCollections = [
  'users',
  'locations',
  'referral-mailboxes',
  'themes',
  'organisations',
  'services',
  'digital-sources',
  'work-documents',
] as const

export interface SeedSummary {
  organisations: number
  users: number
  /** Documents added to the collections above by this run (0 when everything was there already). */
  newContent: number
  shifts: number
  registrations: number
  seconds: number
}

/** What the first part of the seed made, for the registrations that follow it. */
export interface SeededBasics {
  /** Seed 000: Infopunten Dalfsen. */
  content: SeededContent
  /** Seed 004: Netwerk Versterkt. */
  netwerkVersterkt: SeededContent
  newContent: number
  shifts: number
  started: number
  /** Seconds per step, for the log. */
  timings: Record<string, number>
}

const countContent = async (payload: Payload) => {
  const counts = await Promise.all(
    contentCollections.map(async (collection) => (await payload.count({ collection })).totalDocs),
  )
  return counts.reduce((sum, count) => sum + count, 0)
}

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10

const timed = async <T>(timings: Record<string, number>, step: string, work: () => Promise<T>): Promise<T> => {
  const started = Date.now()
  const result = await work()
  timings[step] = seconds(started)
  return result
}

/**
 * Everything a first page shows: accounts, Infopunten, the directory, trainings, the verification
 * cycle, the roster, referrals and the startpage of Dalfsen, the accounts, Infopunten, directory and
 * startpage of Netwerk Versterkt, an account in both and the platform administrator. Idempotent: adds only what is missing.
 */
export const seedBasics = async (payload: Payload): Promise<SeededBasics> => {
  const started = Date.now()
  const timings: Record<string, number> = {}
  const before = await countContent(payload)
  const content = await timed(timings, 'content', () => seedContent(payload))
  // After seed 000, whose network is the installation's first.
  const netwerkVersterkt = await timed(timings, 'Netwerk Versterkt', async () => {
    const seeded = await seedNetwerkVersterkt(payload, content.themes)
    await seedRegionalConsultant(payload, [content.network, seeded.network])
    await seedRegionalOffer(payload, content.network, seeded.organisations.get('juridischloket')!)
    await seedPlatformAdministrator(payload)
    return seeded
  })
  const newContent = (await countContent(payload)) - before
  await timed(timings, 'trainings', () => seedTrainings(payload, content))
  await timed(timings, 'verification', () => seedVerification(payload, content))
  const shifts = await timed(timings, 'roster', () => seedRoster(payload, content))
  await timed(timings, 'referrals', () => seedReferrals(payload, content))
  await timed(timings, 'startpage', async () => {
    await seedStartpage(payload, content.network, dalfsenStartpage())
    await seedStartpage(payload, netwerkVersterkt.network, netwerkVersterktStartpage())
    await seedBrokenSource(payload)
  })
  return { content, netwerkVersterkt, newContent, shifts, started, timings }
}

/**
 * A year of registrations (with their report tallies) after the basics: Dalfsen's past year, and
 * Netwerk Versterkt's project year.
 */
export const seedHistory = async (payload: Payload, basics: SeededBasics): Promise<SeedSummary> => {
  const { content, netwerkVersterkt, newContent, shifts, timings } = basics
  const registrations = await timed(
    timings,
    'registrations',
    async () => (await seedRegistrations(payload, content)) + (await seedProjectYear(payload, netwerkVersterkt)),
  )
  const seeded = [content, netwerkVersterkt]
  const summary = {
    organisations: seeded.reduce((sum, { organisations }) => sum + organisations.size, 0),
    users: seeded.reduce((sum, { users }) => sum + users.size, 0),
    newContent,
    shifts,
    registrations,
    seconds: seconds(basics.started),
  }
  const steps = Object.entries(timings)
    .map(([step, took]) => `${step} ${took} s`)
    .join(', ')
  payload.logger.info(
    `Demo data ready (${seeded.map(({ network }) => network.name).join(', ')}): ${summary.organisations} organisations, ${summary.users} users, ${newContent} new content documents, ${shifts} new shifts, ${registrations} new registrations (${summary.seconds} s: ${steps}).`,
  )
  return summary
}

/**
 * Realistic demo data in two networks: the three Infopunten of Dalfsen (seed 000) and the four of
 * Netwerk Versterkt (seed 004). Idempotent: adds only what is missing.
 */
export const seed = async (payload: Payload): Promise<SeedSummary> => seedHistory(payload, await seedBasics(payload))
