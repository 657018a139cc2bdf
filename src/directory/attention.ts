import type { Payload, Where } from 'payload'

import type { User } from '@/payload-types'

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
 * and how many organisations are in each verification state, each with the admin list it counts;
 * as `viewer` may read them (the admin shows one network at a time: `withinCurrentNetwork`).
 */
export const loadDirectoryAttention = async (payload: Payload, viewer: User, now = new Date()) => {
  const open = { where: { status: { equals: 'open' } }, user: viewer, overrideAccess: false } as const
  const [openReports, openProposals, counts] = await Promise.all([
    payload.count({ collection: 'incorrect-info-reports', ...open }),
    payload.count({ collection: 'organisation-proposals', ...open }),
    countVerificationStates(payload, now, viewer),
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
