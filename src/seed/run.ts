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
process.exit(0)
