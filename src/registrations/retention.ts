import type { Payload, TaskConfig, Where } from 'payload'

import { NIGHTLY_QUEUE } from '@/jobs/queues'
import { localParts } from '@/lib/localTime'

import { rebuildTallies } from './tallies'

const DEFAULT_SUMMARY_MONTHS = 12

const monthsFromEnv = (name: string): number | undefined => {
  const raw = process.env[name]?.trim()
  if (!raw) return undefined
  const months = Number(raw)
  if (!Number.isInteger(months) || months < 1)
    throw new Error(`${name} must be a whole number of months (1 or more), not "${raw}".`)
  return months
}

/** The instant `months` calendar months before `now`. */
export const monthsBefore = (now: Date, months: number): Date => {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

export interface RetentionResult {
  summariesCleared: number
  registrationsDeleted: number
}

/**
 * Clears the free-text summary of registrations older than REGISTRATION_SUMMARY_RETENTION_MONTHS
 * (default 12) and deletes registrations older than REGISTRATION_RETENTION_MONTHS when that is set.
 * Age is the moment the question was asked (occurredAt). Works at the database adapter in one
 * statement each, so a year of registrations takes no longer than a few.
 */
export const applyRetention = async (payload: Payload, now = new Date()): Promise<RetentionResult> => {
  const summaryMonths = monthsFromEnv('REGISTRATION_SUMMARY_RETENTION_MONTHS') ?? DEFAULT_SUMMARY_MONTHS
  const deleteMonths = monthsFromEnv('REGISTRATION_RETENTION_MONTHS')

  let registrationsDeleted = 0
  if (deleteMonths !== undefined) {
    const where: Where = { occurredAt: { less_than: monthsBefore(now, deleteMonths).toISOString() } }
    registrationsDeleted = (await payload.count({ collection: 'registrations', where })).totalDocs
    if (registrationsDeleted > 0) {
      const cutoff = monthsBefore(now, deleteMonths)
      await payload.db.deleteMany({ collection: 'registrations', where })
      // A bulk delete passes no hooks: the report's tallies up to the cut-off day are counted again.
      await rebuildTallies(payload, { to: localParts(cutoff).date })
    }
  }

  const summaryWhere: Where = {
    and: [
      { occurredAt: { less_than: monthsBefore(now, summaryMonths).toISOString() } },
      { summary: { exists: true } },
      { summary: { not_equals: '' } },
    ],
  }
  const summariesCleared = (await payload.count({ collection: 'registrations', where: summaryWhere })).totalDocs
  if (summariesCleared > 0)
    await payload.db.updateMany({ collection: 'registrations', where: summaryWhere, data: { summary: null } })

  payload.logger.info(
    `Registration retention: ${summariesCleared} summaries cleared, ${registrationsDeleted} registrations deleted.`,
  )
  return { summariesCleared, registrationsDeleted }
}

/** The nightly job (queue "nightly", 03:30 server time) that applies the retention periods. */
export const registrationRetentionTask: TaskConfig<'registrationRetention'> = {
  slug: 'registrationRetention',
  label: 'Bewaartermijn registraties',
  retries: 2,
  schedule: [{ cron: '0 30 3 * * *', queue: NIGHTLY_QUEUE }],
  outputSchema: [
    { name: 'summariesCleared', type: 'number', required: true },
    { name: 'registrationsDeleted', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await applyRetention(req.payload) }),
}
