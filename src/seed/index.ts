import type { Payload } from 'payload'

import { seedContent } from './content'
import { seedReferrals } from './referrals'
import { seedRegistrations } from './registrations'
import { seedRoster } from './roster'
import { seedBrokenSource, seedStartpage } from './startpage'
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

const countContent = async (payload: Payload) => {
  const counts = await Promise.all(
    contentCollections.map(async (collection) => (await payload.count({ collection })).totalDocs),
  )
  return counts.reduce((sum, count) => sum + count, 0)
}

/** Realistic demo data for the three Infopunten of Dalfsen. Idempotent: adds only what is missing. */
export const seed = async (payload: Payload): Promise<SeedSummary> => {
  const started = Date.now()
  const before = await countContent(payload)
  const content = await seedContent(payload)
  const newContent = (await countContent(payload)) - before
  await seedTrainings(payload, content)
  await seedVerification(payload, content)
  const shifts = await seedRoster(payload, content)
  const registrations = await seedRegistrations(payload, content)
  await seedReferrals(payload, content)
  await seedStartpage(payload)
  await seedBrokenSource(payload)
  const summary = {
    organisations: content.organisations.size,
    users: content.users.size,
    newContent,
    shifts,
    registrations,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  }
  payload.logger.info(
    `Demo data ready: ${summary.organisations} organisations, ${summary.users} users, ${newContent} new content documents, ${shifts} new shifts, ${registrations} new registrations (${summary.seconds} s).`,
  )
  return summary
}
