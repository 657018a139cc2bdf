import type { Payload } from 'payload'

import { demoDataAllowed, seedBasics, seedHistory } from './index'

/**
 * A development or demo start on an empty database fills it with demo data, so the app is usable at
 * once: the basics before the server answers, the year of registrations right after, in batches
 * that each commit a hundred registrations together with their report tallies ("Demo data ready"
 * in the log when done).
 */
export const seedOnEmptyDatabase = async (payload: Payload): Promise<void> => {
  if (!demoDataAllowed() || process.env.INFOPUNT_AUTO_SEED === 'false') return
  if (process.env.NODE_ENV === 'test') return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: seeding demo data (npm run seed does the same).')
  const basics = await seedBasics(payload)
  payload.logger.info('Demo accounts, Infopunten, directory and roster ready; adding a year of registrations.')
  void seedHistory(payload, basics).catch((error: unknown) =>
    payload.logger.error({ err: error }, 'Demo registrations could not all be added.'),
  )
}
