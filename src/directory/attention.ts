import type { Payload, Where } from 'payload'

import { countVerificationStates, verificationStates, verificationStateWhere } from './verification/cycle'

/** A `where` as the admin's list view reads it from its address (`where[and][0][status][equals]=active`). */
const whereQuery = (where: Where): string => {
  const parts: string[] = []
  const add = (value: unknown, key: string) => {
    if (value && typeof value === 'object')
      for (const [name, inner] of Object.entries(value)) add(inner, `${key}[${name}]`)
    else parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  }
  add(where, 'where')
  return parts.join('&')
}

/**
 * What in the Wegwijzer needs communications staff: open reports, open proposals of organisations,
 * and how many organisations are in each verification state, each with the admin list it counts.
 */
export const loadDirectoryAttention = async (payload: Payload, now = new Date()) => {
  const [openReports, openProposals, counts] = await Promise.all([
    payload.count({ collection: 'incorrect-info-reports', where: { status: { equals: 'open' } } }),
    payload.count({ collection: 'organisation-proposals', where: { status: { equals: 'open' } } }),
    countVerificationStates(payload, now),
  ])
  return {
    openReports: openReports.totalDocs,
    openProposals: openProposals.totalDocs,
    verification: verificationStates.map((state) => ({
      state,
      count: counts[state],
      href: `/admin/collections/organisations?${whereQuery(verificationStateWhere(state, now))}`,
    })),
  }
}
