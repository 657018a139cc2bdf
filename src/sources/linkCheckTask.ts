import type { TaskConfig } from 'payload'

import { NIGHTLY_QUEUE } from '@/jobs/queues'

import { checkAllSources, DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS } from './linkCheck'

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** The link check as a Payload job: every night at 03:00 server time, and whenever queued (npm run jobs). */
export const linkCheckTask: TaskConfig<'checkDigitalSources'> = {
  slug: 'checkDigitalSources',
  label: 'Digitale bronnen controleren',
  retries: 1,
  schedule: [{ cron: '0 0 3 * * *', queue: NIGHTLY_QUEUE }],
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
    return { output }
  },
}
