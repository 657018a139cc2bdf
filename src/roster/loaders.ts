import type { User } from '@/payload-types'
import { getPayloadClient } from '@/payloadClient'

import { calendarTokenIssuedAt } from './calendarTokens'
import { loadWeekRoster } from './week'

/** /rooster: one week of shifts and gaps, and when this user's calendar feed was issued. */
export const loadRosterPage = async (user: User, params: { week?: string; location?: string }) => {
  const payload = await getPayloadClient()
  const [roster, issuedAt] = await Promise.all([
    loadWeekRoster(payload, user, params),
    calendarTokenIssuedAt(payload, user.id),
  ])
  return { roster, issuedAt }
}
