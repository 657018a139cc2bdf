import type { CollectionSlug, Payload } from 'payload'

/** Every collection a create endpoint can write to: a test of bad input watches them all. */
export const WATCHED_COLLECTIONS: CollectionSlug[] = [
  'organisations',
  'services',
  'themes',
  'locations',
  'referral-mailboxes',
  'roster-shifts',
  'digital-sources',
  'incorrect-info-reports',
  'registrations',
  'users',
  'referrals',
  'referral-links',
  'export-audits',
  'organisation-proposals',
  'verification-requests',
]

/** The number of documents in each watched collection, past access control. */
export const rowCounts = async (payload: Payload): Promise<Record<string, number>> => {
  const result: Record<string, number> = {}
  for (const collection of WATCHED_COLLECTIONS)
    result[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  return result
}
