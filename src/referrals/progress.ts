import type { Payload } from 'payload'

import type { Id } from '@/lib/relations'
import type { Referral } from '@/payload-types'

import { movesForward, outcomeReasons, referralStatuses, type OutcomeReason, type ReferralStatus } from './status'

export type Reporter = 'organisation' | 'desk'

export type ProgressOutcome = { ok: true; referral: Referral } | { ok: false; status: number; error: string }

/** Reads `status` and `reason` from a request body: a Dutch reason when either is not one of the choices. */
export const readAnswer = (
  status: unknown,
  reason: unknown,
  allowed: readonly ReferralStatus[] = referralStatuses,
): { status: ReferralStatus; reason?: OutcomeReason } | { error: string } => {
  if (typeof status !== 'string' || !(allowed as readonly string[]).includes(status))
    return { error: 'Kies wat er met de doorverwijzing is gebeurd.' }
  if (status !== 'not-completed') {
    if (reason !== undefined && reason !== null && reason !== '')
      return { error: 'Een reden hoort alleen bij "niet gelukt".' }
    return { status: status as ReferralStatus }
  }
  if (typeof reason !== 'string' || !(outcomeReasons as readonly string[]).includes(reason))
    return { error: 'Kies waarom het niet gelukt is.' }
  return { status, reason: reason as OutcomeReason }
}

/**
 * Moves a referral forward to `status`, recording who reported it and when; the first answer of
 * anyone sets `firstAnswerAt` (the report's "working days to first answer"). A step back or
 * sideways changes nothing (409).
 */
export const recordProgress = async (
  payload: Payload,
  referral: Pick<Referral, 'id' | 'status' | 'firstAnswerAt' | 'history'>,
  answer: { status: ReferralStatus; reason?: OutcomeReason },
  by: Reporter,
  now = new Date(),
): Promise<ProgressOutcome> => {
  if (!movesForward(referral.status, answer.status))
    return { ok: false, status: 409, error: 'De doorverwijzing staat al zo ver of verder; er is niets veranderd.' }
  const at = now.toISOString()
  const updated = await payload.update({
    collection: 'referrals',
    id: referral.id as Id,
    depth: 0,
    data: {
      status: answer.status,
      outcomeReason: answer.reason ?? null,
      firstAnswerAt: referral.firstAnswerAt ?? at,
      history: [
        ...(referral.history ?? []).map(({ status, at, by }) => ({ status, at, by })),
        { status: answer.status, at, by },
      ],
    },
  })
  return { ok: true, referral: updated }
}
