import type { Endpoint } from 'payload'

import { canEditContent } from '@/access/isContentEditor'
import { smtpConfigured } from '@/config/email'
import { clientIp } from '@/security/clientAddress'
import { consume, tooManyRequests } from '@/security/rateLimit'

import { answerVerification } from './answer'
import { sendDueVerificationRequests } from './sendRequests'

/**
 * POST /api/directory/verification { token, answer: 'confirm' | 'propose', values, note } — no login:
 * the link's secret is the permission, for its own organisation only. Rate-limited per address.
 */
export const verificationAnswerEndpoint: Endpoint = {
  path: '/directory/verification',
  method: 'post',
  handler: async (req) => {
    const rate = await consume('verificationLinks', `ip:${clientIp(req.headers) ?? 'unknown'}`)
    if (rate.limited) return tooManyRequests('verificationLinks', rate.retryAfterSeconds)
    let input: unknown
    try {
      input = await req.json?.()
    } catch {
      return Response.json({ error: 'Stuur uw antwoord als JSON.' }, { status: 400 })
    }
    const { status, body } = await answerVerification(req.payload, input)
    return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
  },
}

/**
 * POST /api/directory/verification-round — communications staff and administrators: sends the
 * requests that are due now instead of waiting for the morning job (e.g. right after a cycle change).
 */
export const verificationRoundEndpoint: Endpoint = {
  path: '/directory/verification-round',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Log eerst in.' }, { status: 401 })
    if (!canEditContent(req.user))
      return Response.json(
        { error: 'Alleen communicatiemedewerkers en beheerders versturen controleverzoeken.' },
        { status: 403 },
      )
    if (!smtpConfigured())
      return Response.json(
        { error: 'Controleverzoeken staan uit: de server heeft geen SMTP-instellingen, dus er gaat geen e-mail weg.' },
        { status: 409 },
      )
    return Response.json(await sendDueVerificationRequests(req.payload), { headers: { 'Cache-Control': 'no-store' } })
  },
}
