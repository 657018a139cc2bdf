import type { Payload, TaskConfig } from 'payload'

import { addDays, localInstant, localParts } from '@/lib/localTime'

import { checkAllSources, DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS } from './linkCheck'

export const LINK_CHECK_QUEUE = 'link-check'

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** The link check as a Payload job: every night at 03:00 (see queueNightlyLinkCheck), and whenever queued (npm run jobs). */
export const linkCheckTask: TaskConfig<'checkDigitalSources'> = {
  slug: 'checkDigitalSources',
  label: 'Digitale bronnen controleren',
  retries: 1,
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'ok', type: 'number' },
    { name: 'redirected', type: 'number' },
    { name: 'broken', type: 'number' },
  ],
  handler: async ({ req }) => {
    const output = await checkAllSources(req.payload, {
      timeoutMs: numberFromEnv('LINK_CHECK_TIMEOUT_MS', DEFAULT_TIMEOUT_MS),
      concurrency: numberFromEnv('LINK_CHECK_CONCURRENCY', DEFAULT_CONCURRENCY),
    })
    req.payload.logger.info(
      `Link check: ${output.checked} sources, ${output.ok} ok, ${output.redirected} redirected, ${output.broken} broken.`,
    )
    await queueNightlyLinkCheck(req.payload)
    return { output }
  },
}

/** The next 03:00 in Dutch local time. */
export const nextNightlyRun = (now = new Date()): Date => {
  const today = localParts(now).date
  const tonight = localInstant(today, '03:00')
  return tonight > now ? tonight : localInstant(addDays(today, 1), '03:00')
}

/**
 * Keeps one link check waiting for the next night. Each run queues the next, so the check repeats
 * nightly for as long as the server's job runner (autoRun) picks due jobs from the queue.
 */
export const queueNightlyLinkCheck = async (payload: Payload, now = new Date()): Promise<void> => {
  const waiting = await payload.count({
    collection: 'payload-jobs',
    overrideAccess: true,
    where: {
      and: [
        { taskSlug: { equals: 'checkDigitalSources' } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { waitUntil: { greater_than: now.toISOString() } },
      ],
    },
  })
  if (waiting.totalDocs === 0)
    await payload.jobs.queue({
      task: 'checkDigitalSources',
      input: {},
      queue: LINK_CHECK_QUEUE,
      waitUntil: nextNightlyRun(now),
    })
}
