import type { Payload } from 'payload'

import { demoDataAllowed, seed } from './index'

/** A development start on an empty database fills it with demo data, so the app is usable at once. */
export const seedOnEmptyDatabase = async (payload: Payload): Promise<void> => {
  if (!demoDataAllowed() || process.env.INFOPUNT_AUTO_SEED === 'false') return
  if (process.env.NODE_ENV === 'test') return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: seeding demo data (npm run seed does the same).')
  await seed(payload)
}
