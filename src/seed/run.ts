import { loadEnv } from 'payload/node'

import { demoDataAllowed, seed } from './index'

/**
 * `npm run seed`: fills the database with demo data.
 *
 * The demo check comes before the Payload config is loaded: a production config refuses to load
 * without a real secret, and the reason to refuse here is a different one.
 */
loadEnv()
if (!demoDataAllowed()) {
  console.error(
    'Refusing to seed: demo accounts with a published password are not allowed in production. ' +
      'Set INFOPUNT_DEMO=true only for a demonstration environment.',
  )
  process.exit(1)
}
// This script seeds itself: without this, the start-up hook would seed an empty database first and
// the summary below would report that nothing was added.
process.env.INFOPUNT_AUTO_SEED = 'false'

const [{ default: config }, { getPayload }] = await Promise.all([import('@payload-config'), import('payload')])
const payload = await getPayload({ config })
const summary = await seed(payload)

const collections = [
  'networks',
  'users',
  'locations',
  'referral-mailboxes',
  'themes',
  'organisations',
  'services',
  'digital-sources',
  'work-documents',
  'roster-shifts',
  'registrations',
] as const
const totals = await Promise.all(
  collections.map(async (collection) => `${collection} ${(await payload.count({ collection })).totalDocs}`),
)
const report = [
  `Seed finished in ${summary.seconds} s: added ${summary.newContent} content documents, ` +
    `${summary.shifts} roster shifts and ${summary.registrations} registrations.`,
  `Database now holds: ${totals.join(', ')}.`,
]
process.stdout.write(`${report.join('\n')}\n`, () => process.exit(0))
