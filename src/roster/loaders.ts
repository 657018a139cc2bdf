import { canManageRoster } from '@/access/isRosterManager'
import type { User } from '@/payload-types'
import { getPayloadClient } from '@/payloadClient'

import { calendarTokenIssuedAt } from './calendarTokens'
import { loadCoverageOutlook } from './outlook'
import { loadWeekRoster } from './week'

/**
 * /rooster: one week of shifts and gaps, when this user's calendar feed was issued, and for
 * coordinators and administrators the coming four weeks' gaps and shifts to fix.
 */
export const loadRosterPage = async (user: User, params: { week?: string; location?: string }) => {
  const payload = await getPayloadClient()
  const [roster, issuedAt, outlook] = await Promise.all([
    loadWeekRoster(payload, user, params),
    calendarTokenIssuedAt(payload, user.id),
    canManageRoster(user) ? loadCoverageOutlook(payload, user) : null,
  ])
  return { roster, issuedAt, outlook }
}
