import { loadEnv } from 'payload/node'

/**
 * `npm run jobs`: queues a link check of the digital sources and the due "Kloppen uw gegevens nog?"
 * requests (each unless one is already waiting) and runs every queued job once, then exits. The
 * server runs the same jobs on its own schedule.
 */
loadEnv()
const [{ default: config }, { getPayload }, { NIGHTLY_QUEUE }] = await Promise.all([
  import('@payload-config'),
  import('payload'),
  import('@/jobs/queues'),
])
const payload = await getPayload({ config })
// The link check and the verification requests, each unless one is already waiting.
for (const task of ['checkDigitalSources', 'sendVerificationRequests'] as const) {
  const waiting = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [{ taskSlug: { equals: task } }, { processing: { equals: false } }, { completedAt: { exists: false } }],
    },
  })
  if (waiting.totalDocs === 0) await payload.jobs.queue({ task, input: {}, queue: NIGHTLY_QUEUE })
}
const result = await payload.jobs.run({ allQueues: true, limit: 20 })
const broken = await payload.count({
  collection: 'digital-sources',
  where: { 'lastCheck.status': { equals: 'broken' } },
})
process.stdout.write(
  `Jobs run: ${Object.keys(result.jobStatus ?? {}).length}. Digital sources marked broken: ${broken.totalDocs}.\n`,
  () => process.exit(0),
)
