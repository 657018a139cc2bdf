import config from '@payload-config'
import { getPayload } from 'payload'

import { demoDataAllowed, seed } from './index'

/** `npm run seed`: fills the database with demo data. */
if (!demoDataAllowed()) {
  console.error(
    'Refusing to seed: demo accounts are not allowed in production (set INFOPUNT_DEMO=true for a demonstration).',
  )
  process.exit(1)
}
const payload = await getPayload({ config })
await seed(payload)

const collections = [
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
console.log(`Database now holds: ${totals.join(', ')}.`)
process.exit(0)
