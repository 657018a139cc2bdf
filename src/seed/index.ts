import type { Payload } from 'payload'

import { seedContent } from './content'
import { seedRegistrations } from './registrations'
import { seedRoster } from './roster'
import { seedBrokenSource, seedStartpage } from './startpage'

/** Demo accounts with a published password must never exist in production, unless it is a demo. */
export const demoDataAllowed = (): boolean =>
  process.env.NODE_ENV !== 'production' || process.env.INFOPUNT_DEMO === 'true'

export interface SeedSummary {
  organisations: number
  users: number
  shifts: number
  registrations: number
  seconds: number
}

/** Realistic demo data for the three Infopunten of Dalfsen. Idempotent: adds only what is missing. */
export const seed = async (payload: Payload): Promise<SeedSummary> => {
  const started = Date.now()
  const content = await seedContent(payload)
  const shifts = await seedRoster(payload, content)
  const registrations = await seedRegistrations(payload, content)
  await seedStartpage(payload)
  await seedBrokenSource(payload)
  const summary = {
    organisations: content.organisations.size,
    users: content.users.size,
    shifts,
    registrations,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  }
  payload.logger.info(
    `Demo data ready: ${summary.organisations} organisations, ${summary.users} users, ${shifts} new shifts, ${registrations} new registrations (${summary.seconds} s).`,
  )
  return summary
}
