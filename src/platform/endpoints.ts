import type { Endpoint, PayloadRequest } from 'payload'

import { json, jsonBody } from '@/lib/json'
import { isPlatformAdministrator } from '@/access/platform'
import type { User } from '@/payload-types'
import { parseFilter } from '@/registrations/filters'

import { platformFigures } from './figures'
import { inviteNetworkAdministrator, refusalOf } from './networks'

const refusedCaller = (req: PayloadRequest) => {
  if (!req.user) return json({ error: 'Log eerst in.' }, 401)
  if (!isPlatformAdministrator(req.user as User))
    return json({ error: 'Alleen de platformbeheerder ziet en beheert alle netwerken.' }, 403)
  return null
}

/**
 * GET /api/networks/figures?from&to — every network's Infopunten, active accounts and registrations in
 * the period (counts of 1 to 4 registrations as "<5"). The platform administrator only.
 */
export const platformFiguresEndpoint: Endpoint = {
  path: '/figures',
  method: 'get',
  handler: async (req) => {
    const refused = refusedCaller(req)
    if (refused) return refused
    // The period only: the figures know no Infopunt or municipality.
    const params = new URLSearchParams()
    for (const key of ['from', 'to']) {
      const value = req.searchParams.get(key)
      if (value) params.set(key, value)
    }
    const filter = parseFilter(params, null)
    if ('error' in filter) return json({ error: filter.error }, 400)
    return json(await platformFigures(req.payload, filter))
  },
}

/** POST /api/networks/:id/administrators { name, email } — invites an administrator of that network. */
export const networkAdministratorEndpoint: Endpoint = {
  path: '/:id/administrators',
  method: 'post',
  handler: async (req) => {
    const refused = refusedCaller(req)
    if (refused) return refused
    const input = await jsonBody(req)
    if (!input) return json({ error: 'Stuur de gegevens als JSON.' }, 400)
    try {
      const invited = await inviteNetworkAdministrator(req.payload, req.user as User, req.routeParams?.id, input)
      return json({ invited }, 201)
    } catch (error) {
      const refusal = refusalOf(error)
      if (refusal) return json({ error: refusal.message }, refusal.status)
      throw error
    }
  },
}
