import type { Payload, Where } from 'payload'

import type { User } from '@/payload-types'

import { ownOrganisations } from '@/directory/regional'

/** Days a "Kloppen uw gegevens nog?" link works; after that an unanswered organisation is overdue. */
export const VERIFICATION_LINK_DAYS = 30

const DEFAULT_CYCLE_MONTHS = 6

/** How often each organisation is asked to check its details: VERIFICATION_CYCLE_MONTHS (default 6). */
export const verificationCycleMonths = (): number => {
  const value = Number(process.env.VERIFICATION_CYCLE_MONTHS)
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_CYCLE_MONTHS
}

/** The start of the current cycle: an organisation verified since then is confirmed for this cycle. */
export const cycleStart = (now: Date): Date => {
  const start = new Date(now)
  start.setMonth(start.getMonth() - verificationCycleMonths())
  return start
}

export const verificationStates = ['confirmed', 'waiting', 'overdue', 'bounced'] as const
export type VerificationState = (typeof verificationStates)[number]

export const verificationStateLabels: Record<VerificationState, string> = {
  confirmed: 'bevestigd deze ronde',
  waiting: 'wachten op antwoord',
  overdue: 'over tijd',
  bounced: 'e-mail kwam niet aan',
}

/**
 * Each state as a query on the active organisations, so that the dashboard's counts and the lists
 * they link to are the same set: confirmed since the cycle began; otherwise bounced when the last
 * request was refused; waiting while a request's link still works; overdue for the rest (never
 * asked, no address, or the link expired unanswered).
 */
export const verificationStateWhere = (state: VerificationState, now: Date): Where => {
  const start = cycleStart(now).toISOString()
  const linkCutoff = new Date(now.getTime() - VERIFICATION_LINK_DAYS * 86400_000).toISOString()
  const active: Where = { status: { equals: 'active' } }
  if (state === 'confirmed') return { and: [active, { lastVerifiedAt: { greater_than_equal: start } }] }
  const due: Where = { or: [{ lastVerifiedAt: { less_than: start } }, { lastVerifiedAt: { exists: false } }] }
  if (state === 'bounced') return { and: [active, due, { verificationBounced: { equals: true } }] }
  // A checkbox never set is empty, not false.
  const notBounced: Where = {
    or: [{ verificationBounced: { equals: false } }, { verificationBounced: { exists: false } }],
  }
  if (state === 'waiting')
    return { and: [active, due, notBounced, { verificationRequestedAt: { greater_than_equal: linkCutoff } }] }
  return {
    and: [
      active,
      due,
      notBounced,
      {
        or: [{ verificationRequestedAt: { less_than: linkCutoff } }, { verificationRequestedAt: { exists: false } }],
      },
    ],
  }
}

/** How many active organisations are in each verification state (those of `viewer`'s network, when given). */
export const countVerificationStates = async (payload: Payload, now = new Date(), viewer?: User) => {
  const access = viewer ? { user: viewer, overrideAccess: false } : {}
  const counts = await Promise.all(
    verificationStates.map(
      async (state) =>
        [
          state,
          (
            await payload.count({
              collection: 'organisations',
              where: viewer
                ? { and: [verificationStateWhere(state, now), ownOrganisations(viewer)] }
                : verificationStateWhere(state, now),
              ...access,
            })
          ).totalDocs,
        ] as const,
    ),
  )
  return Object.fromEntries(counts) as Record<VerificationState, number>
}
