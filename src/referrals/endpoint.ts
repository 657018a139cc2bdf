import type { Endpoint, PayloadRequest } from 'payload'

import { json } from '@/lib/json'
import { isStaffMember } from '@/access/isStaff'
import { canFollowUpReferral } from '@/access/referrals'
import type { Id } from '@/lib/relations'
import { callerWithinCurrentNetwork } from '@/networks/current'
import type { Referral, User } from '@/payload-types'
import { clientIp } from '@/security/clientAddress'
import { consume, tooManyRequests } from '@/security/rateLimit'

import { emailCard } from './card'
import { answerLink } from './answerLink'
import { readAnswer, recordProgress } from './progress'
import { sendReferral } from './sendReferral'

/** The JSON object of a request body, or a 400 in Dutch. */
const readBody = async (req: PayloadRequest): Promise<Record<string, unknown> | Response> => {
  let body: unknown
  try {
    body = (await req.json?.()) ?? {}
  } catch {
    return json({ error: 'De aanvraag is geen geldige JSON.' }, 400)
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return json({ error: 'De aanvraag is geen geldige JSON.' }, 400)
  return body as Record<string, unknown>
}

/** POST /api/directory/referrals { organisation, consent, message, method? } (staff only); method "phone" only records it. */
export const referralEndpoint: Endpoint = {
  path: '/directory/referrals',
  method: 'post',
  handler: async (req) => {
    if (!isStaffMember(req.user)) return json({ error: 'Log in om door te verwijzen.' }, 401)
    const body = await readBody(req)
    if (body instanceof Response) return body
    const { organisation, consent, message, method } = body
    const outcome = await sendReferral(req.payload, callerWithinCurrentNetwork(req), {
      organisation,
      consent,
      message,
      method,
    })
    if (!outcome.ok) return json({ error: outcome.error }, outcome.status)
    return json(outcome, 201)
  },
}

/** POST /api/referrals/answer { token, status, reason? }: the organisation's answer through a signed link (no login). */
export const answerEndpoint: Endpoint = {
  path: '/answer',
  method: 'post',
  handler: async (req) => {
    const rate = await consume('referralLinks', `ip:${clientIp(req.headers) ?? 'unknown'}`)
    if (rate.limited) return tooManyRequests('referralLinks', rate.retryAfterSeconds)
    const body = await readBody(req)
    if (body instanceof Response) return body
    const outcome = await answerLink(req.payload, body)
    if (!outcome.ok) return json({ error: outcome.error }, outcome.status)
    return json({ status: outcome.status, message: outcome.message })
  },
}

/** The referral at `:id` when the user may follow it up, or the answer that says why not. */
const followUpTarget = async (req: PayloadRequest): Promise<Referral | Response> => {
  if (!isStaffMember(req.user)) return json({ error: 'Log in om een doorverwijzing bij te werken.' }, 401)
  const id = req.routeParams?.id
  const referral =
    typeof id === 'string' && /^[\w-]{1,64}$/.test(id)
      ? await req.payload
          .findByID({ collection: 'referrals', id: id as Id, depth: 0, disableErrors: true })
          .catch(() => null)
      : null
  if (!referral || !canFollowUpReferral(req.user as User, referral))
    return json({ error: 'Deze doorverwijzing bestaat niet of is niet van jou.' }, 404)
  return referral
}

/** POST /api/referrals/:id/status { status, reason? }: the desk worker records what a phone call told them. */
export const followUpEndpoint: Endpoint = {
  path: '/:id/status',
  method: 'post',
  handler: async (req) => {
    const referral = await followUpTarget(req)
    if (referral instanceof Response) return referral
    const body = await readBody(req)
    if (body instanceof Response) return body
    const answer = readAnswer(body.status, body.reason, ['received', 'in-contact', 'completed', 'not-completed'])
    if ('error' in answer) return json({ error: answer.error }, 400)
    const outcome = await recordProgress(req.payload, referral, answer, 'desk')
    if (!outcome.ok) return json({ error: outcome.error }, outcome.status)
    return json({ id: outcome.referral.id, code: outcome.referral.code, status: outcome.referral.status })
  },
}

/** POST /api/referrals/:id/card { email, consent }: e-mails the referral card to the resident; the address is not kept. */
export const cardEndpoint: Endpoint = {
  path: '/:id/card',
  method: 'post',
  handler: async (req) => {
    const referral = await followUpTarget(req)
    if (referral instanceof Response) return referral
    const body = await readBody(req)
    if (body instanceof Response) return body
    const rate = await consume('referralCards', `user:${req.user!.id}`)
    if (rate.limited) return tooManyRequests('referralCards', rate.retryAfterSeconds)
    const outcome = await emailCard(req.payload, referral, body)
    if (!outcome.ok) return json({ error: outcome.error }, outcome.status)
    return json({ sent: true })
  },
}
