import type { Endpoint } from 'payload'

import { clientIp } from '@/security/clientAddress'
import { consume, tooManyRequests } from '@/security/rateLimit'

import { answerVerification } from './answer'

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
