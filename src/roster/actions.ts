'use server'

import { currentUser } from '@/auth/currentUser'
import { findUserLocations } from '@/locations/userLocations'
import { getPayloadClient } from '@/payloadClient'

import { issueCalendarToken, revokeCalendarToken } from './calendarTokens'
import { feedURLs } from './feeds'

export interface CalendarFeedState {
  feeds?: ReturnType<typeof feedURLs>
  revoked?: boolean
  error?: string
}

/** Makes a new secret feed address for the logged-in user (the old one stops working). */
export async function issueCalendarFeedAction(_state: CalendarFeedState, form: FormData): Promise<CalendarFeedState> {
  const user = await currentUser()
  if (!user) return { error: 'Log opnieuw in om je agenda te koppelen.' }
  const payload = await getPayloadClient()
  if (form.get('intent') === 'revoke') {
    await revokeCalendarToken(payload, user.id)
    return { revoked: true }
  }
  const token = await issueCalendarToken(payload, user.id)
  const locations = await findUserLocations(payload, user, { name: true })
  return { feeds: feedURLs(token, locations) }
}
