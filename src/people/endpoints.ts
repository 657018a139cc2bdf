import type { Endpoint, PayloadRequest } from 'payload'

import { json, jsonBody } from '@/lib/json'
import { isAdministrator } from '@/access/isAdmin'
import { formatDay, formatTime } from '@/lib/dates'
import type { Id } from '@/lib/relations'
import { callerWithinCurrentNetwork, pageNetwork } from '@/networks/current'
import type { User } from '@/payload-types'

import { futureShifts, leaveNetwork, worksInAnotherNetwork } from './deactivation'
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
 * The colleague leaving and the network they leave: the administrator's current one, where they must
 * see the account (another network's people do not exist, 404). Never oneself.
 */
const leaving = async (req: PayloadRequest): Promise<{ account: User; network: Id } | Response> => {
  if (!req.user) return json({ error: 'Log eerst in.' }, 401)
  if (!isAdministrator(req.user as User)) return json({ error: 'Alleen een beheerder laat iemand vertrekken.' }, 403)
  const caller = callerWithinCurrentNetwork(req)
  const network = pageNetwork(caller)
  const id = req.routeParams?.id as string
  if (String(req.user.id) === id) return json({ error: 'Je kunt je eigen account niet deactiveren.' }, 400)
  const account = await req.payload
    .findByID({ collection: 'users', id, depth: 0, user: caller, overrideAccess: false, disableErrors: true })
    .catch(() => null)
  if (!account || network === null) return json({ error: 'Dit account bestaat niet.' }, 404)
  return { account, network }
}

const networkName = async (req: PayloadRequest, network: Id) =>
  (await req.payload.findByID({ collection: 'networks', id: network, depth: 0, select: { name: true } })).name

/**
 * GET /api/users/:id/deactivation — the future shifts in the administrator's current network that
 * leaving would take the colleague off, and `leaves`: that network's name when they also work in
 * another (they leave this one only), else null (they are deactivated). POST with { confirm: true }
 * does it. Administrators only.
 */
export const deactivationEndpoints: Endpoint[] = [
  {
    path: '/:id/deactivation',
    method: 'get',
    handler: async (req) => {
      const found = await leaving(req)
      if (found instanceof Response) return found
      const { account, network } = found
      return json({
        shifts: (await futureShifts(req.payload, account.id, network)).map(describeShift),
        leaves: worksInAnotherNetwork(account, network) ? await networkName(req, network) : null,
      })
    },
  },
  {
    path: '/:id/deactivation',
    method: 'post',
    handler: async (req) => {
      const input = await jsonBody(req)
      const found = await leaving(req)
      if (found instanceof Response) return found
      if (!input || input.confirm !== true)
        return json({ error: 'Bevestig eerst dat deze persoon van de diensten hieronder af gaat.' }, 400)
      const { account, network } = found
      const { removed, deleted, left } = await leaveNetwork(req.payload, account.id, network)
      return json({ removed, deleted, left: left ? await networkName(req, network) : null })
    },
  },
]
