import type { Endpoint, PayloadRequest } from 'payload'

import { json, jsonBody } from '@/lib/json'
import { isAdministrator } from '@/access/isAdmin'
import { formatDay, formatTime } from '@/lib/dates'
import { callerWithinCurrentNetwork } from '@/networks/current'
import { WORKS_ELSEWHERE, worksElsewhere } from '@/networks/hooks'
import type { User } from '@/payload-types'

import { deactivateColleague, futureShifts } from './deactivation'
import { acceptInvitation, InvitationError, inviteColleague } from './invitations'

const failed = (error: unknown) => {
  if (error instanceof InvitationError) return json({ error: error.message }, error.status)
  throw error
}

/** POST /api/users/invite { name, email, role, defaultLocation, staffKind } — coordinators and administrators. */
export const inviteEndpoint: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return json({ error: 'Log eerst in.' }, 401)
    const input = await jsonBody(req)
    if (!input) return json({ error: 'Stuur de gegevens als JSON.' }, 400)
    try {
      return json({ invited: await inviteColleague(req.payload, callerWithinCurrentNetwork(req), input) }, 201)
    } catch (error) {
      return failed(error)
    }
  },
}

/** POST /api/users/accept-invite { token, password } — the link's secret is the permission. */
export const acceptInvitationEndpoint: Endpoint = {
  path: '/accept-invite',
  method: 'post',
  handler: async (req) => {
    const input = await jsonBody(req)
    if (!input) return json({ error: 'Stuur de gegevens als JSON.' }, 400)
    try {
      return json(await acceptInvitation(req.payload, input.token, input.password))
    } catch (error) {
      return failed(error)
    }
  },
}

const describeShift = (shift: Awaited<ReturnType<typeof futureShifts>>[number]) => ({
  id: shift.id,
  label: `${shift.locationName}, ${formatDay(shift.startsAt)} ${formatTime(shift.startsAt)}–${formatTime(shift.endsAt)}`,
  alone: shift.people.length === 1,
})

/**
 * An account the administrator may deactivate: one they can see (their networks' people; another
 * network's do not exist, 404), and that works in no network they are not in (403).
 */
const colleagueRefused = async (req: PayloadRequest, id: string): Promise<Response | null> => {
  const account = await req.payload
    .findByID({
      collection: 'users',
      id,
      depth: 0,
      user: callerWithinCurrentNetwork(req),
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  if (!account) return json({ error: 'Dit account bestaat niet.' }, 404)
  return worksElsewhere(req.user, account) ? json({ error: WORKS_ELSEWHERE }, 403) : null
}

/**
 * GET /api/users/:id/deactivation — the future shifts deactivating would remove them from;
 * POST with { confirm: true } deactivates and removes. Administrators only.
 */
export const deactivationEndpoints: Endpoint[] = [
  {
    path: '/:id/deactivation',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return json({ error: 'Log eerst in.' }, 401)
      if (!isAdministrator(req.user as User)) return json({ error: 'Alleen een beheerder deactiveert accounts.' }, 403)
      const id = req.routeParams?.id as string
      const refused = await colleagueRefused(req, id)
      if (refused) return refused
      return json({ shifts: (await futureShifts(req.payload, id)).map(describeShift) })
    },
  },
  {
    path: '/:id/deactivation',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return json({ error: 'Log eerst in.' }, 401)
      const input = await jsonBody(req)
      if (!isAdministrator(req.user as User)) return json({ error: 'Alleen een beheerder deactiveert accounts.' }, 403)
      if (!input || input.confirm !== true)
        return json({ error: 'Bevestig eerst dat deze persoon van de diensten hieronder af gaat.' }, 400)
      const id = req.routeParams?.id as string
      const refused = await colleagueRefused(req, id)
      if (refused) return refused
      const result = await deactivateColleague(req.payload, req.user as User, id)
      return result.status === 200 ? json(result) : json({ error: result.error }, result.status)
    },
  },
]
