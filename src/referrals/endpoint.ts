import type { Endpoint } from 'payload'

import { isStaffMember } from '@/access/isStaff'
import type { User } from '@/payload-types'

import { sendReferral } from './sendReferral'

/** POST /api/directory/referrals { organisation, consent, message } (staff only) */
export const referralEndpoint: Endpoint = {
  path: '/directory/referrals',
  method: 'post',
  handler: async (req) => {
    if (!isStaffMember(req.user)) return Response.json({ error: 'Log in om door te verwijzen.' }, { status: 401 })
    let body: Record<string, unknown>
    try {
      body = (await req.json?.()) ?? {}
    } catch {
      return Response.json({ error: 'De aanvraag is geen geldige JSON.' }, { status: 400 })
    }
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return Response.json({ error: 'De aanvraag is geen geldige JSON.' }, { status: 400 })
    const { organisation, consent, message } = body
    const outcome = await sendReferral(req.payload, req.user as User, { organisation, consent, message })
    if (!outcome.ok) return Response.json({ error: outcome.error }, { status: outcome.status })
    return Response.json(outcome, { status: 201 })
  },
}
