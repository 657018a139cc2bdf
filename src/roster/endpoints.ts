import type { Endpoint } from 'payload'

import { canManageRoster } from '@/access/isRosterManager'
import { isStaffMember } from '@/access/isStaff'
import { findUserLocations } from '@/locations/userLocations'
import { plainText } from '@/lib/plainText'

import { issueCalendarToken, revokeCalendarToken, userForCalendarToken } from './calendarTokens'
import { calendarFeed, feedURLs, parseFeedName } from './feeds'
import { repeatShiftWeekly } from './repeat'

/** GET /api/roster/calendar/:token/(mijn-diensten|infopunt-<id>).ics — the secret in the URL is the login. */
export const calendarFeedEndpoint: Endpoint = {
  path: '/roster/calendar/:token/:feed',
  method: 'get',
  handler: async (req) => {
    const { token, feed } = (req.routeParams ?? {}) as { token?: string; feed?: string }
    const user = token ? await userForCalendarToken(req.payload, token) : null
    if (!user) return plainText('Deze agendakoppeling bestaat niet (meer). Maak een nieuwe op de roosterpagina.', 401)
    const kind = parseFeedName(feed ?? '')
    if (!kind) return plainText('Onbekende agenda.', 404)
    const calendar = await calendarFeed(req.payload, user, kind)
    if (!calendar) return plainText('Dit Infopunt bestaat niet.', 404)
    return new Response(calendar.body, {
      status: 200,
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `inline; filename="${feed}"`,
        'Cache-Control': 'private, no-store',
        'X-Robots-Tag': 'noindex',
      },
    })
  },
}

/** POST issues a new feed secret for the logged-in user (revoking the old), DELETE revokes it. */
export const calendarTokenEndpoints: Endpoint[] = [
  {
    path: '/roster/calendar-token',
    method: 'post',
    handler: async (req) => {
      if (!isStaffMember(req.user)) return Response.json({ error: 'Log in om je agenda te koppelen.' }, { status: 401 })
      const token = await issueCalendarToken(req.payload, req.user!.id)
      const locations = await findUserLocations(req.payload, req.user, { name: true })
      return Response.json({ token, feeds: feedURLs(token, locations) }, { status: 201 })
    },
  },
  {
    path: '/roster/calendar-token',
    method: 'delete',
    handler: async (req) => {
      if (!isStaffMember(req.user))
        return Response.json({ error: 'Log in om je agenda te ontkoppelen.' }, { status: 401 })
      await revokeCalendarToken(req.payload, req.user!.id)
      return Response.json({ revoked: true })
    },
  },
]

/** POST /api/roster-shifts/:id/repeat { until: "YYYY-MM-DD" } — coordinators and administrators. */
export const repeatShiftEndpoint: Endpoint = {
  path: '/:id/repeat',
  method: 'post',
  handler: async (req) => {
    if (!isStaffMember(req.user)) return Response.json({ error: 'Log in om diensten te herhalen.' }, { status: 401 })
    if (!canManageRoster(req.user))
      return Response.json({ error: 'Alleen coördinatoren en beheerders maken het rooster.' }, { status: 403 })
    let body: Record<string, unknown> = {}
    try {
      body = (await req.json?.()) ?? {}
    } catch {
      return Response.json({ error: 'De aanvraag is geen geldige JSON.' }, { status: 400 })
    }
    const outcome = await repeatShiftWeekly(req, toId(req.routeParams?.id), body?.until)
    if (!outcome.ok) return Response.json({ error: outcome.error }, { status: outcome.status })
    return Response.json(
      { created: outcome.created.length, ids: outcome.created, seriesId: outcome.seriesId },
      { status: 201 },
    )
  },
}

const toId = (value: unknown): number | string => {
  const raw = String(value ?? '')
  return /^\d+$/.test(raw) ? Number(raw) : raw
}
