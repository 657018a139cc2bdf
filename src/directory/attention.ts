import type { Payload } from 'payload'

import { VERIFICATION_MAX_AGE_MONTHS } from './search'

/** What in the Wegwijzer needs communications staff: open reports and organisations not verified for too long. */
export const loadDirectoryAttention = async (payload: Payload) => {
  const cutoff = new Date()
  cutoff.setMonth(cutoff.getMonth() - VERIFICATION_MAX_AGE_MONTHS)
  const [openReports, unverified] = await Promise.all([
    payload.count({ collection: 'incorrect-info-reports', where: { status: { equals: 'open' } } }),
    payload.count({
      collection: 'organisations',
      where: {
        and: [
          { status: { equals: 'active' } },
          { or: [{ lastVerifiedAt: { less_than: cutoff.toISOString() } }, { lastVerifiedAt: { exists: false } }] },
        ],
      },
    }),
  ])
  return { cutoff, openReports: openReports.totalDocs, unverified: unverified.totalDocs }
}
