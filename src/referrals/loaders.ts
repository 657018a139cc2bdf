import { headers } from 'next/headers'

import { getBrand } from '@/brand/load'
import { smtpConfigured } from '@/config/email'
import type { User } from '@/payload-types'
import { getPayloadClient } from '@/payloadClient'
import { clientIp } from '@/security/clientAddress'
import { consume, limitMessage } from '@/security/rateLimit'

import { answersOf } from './answerLink'
import { findLink, linkProblems } from './links'
import { needsFollowUp } from './reminders'
import { movesForward } from './status'

/**
 * /verwijzing/<token>: what the organisation may answer through this link, or why the link does
 * not work. Shows only the referral's code, the organisation and the Infopunt; opening it changes
 * nothing (mail scanners open links too), only the form's answer does.
 */
export const loadLinkPage = async (token: string) => {
  const [payload, brand, requestHeaders] = await Promise.all([getPayloadClient(), getBrand(), headers()])
  const rate = await consume('referralLinks', `ip:${clientIp(requestHeaders) ?? 'unknown'}`)
  if (rate.limited)
    return { brand, problem: { title: 'Even geduld', text: limitMessage('referralLinks', rate.retryAfterSeconds) } }
  const found = await findLink(payload, token)
  if (!found.ok) return { brand, problem: linkProblems[found.reason] }
  const { link, referral } = found
  const organisation = typeof referral.organisation === 'object' ? referral.organisation.name : ''
  const desk = referral.location && typeof referral.location === 'object' ? referral.location.name : 'het Infopunt'
  return {
    brand,
    link: {
      token,
      purpose: link.purpose,
      code: referral.code,
      organisation,
      desk,
      answers: answersOf[link.purpose].filter((status) => movesForward(referral.status, status)),
    },
  }
}

/**
 * "Mijn doorverwijzingen": the user's open referrals, oldest first, the ones without an answer
 * after two working days flagged; and the ten they closed last.
 */
export const loadMyReferrals = async (user: User) => {
  const payload = await getPayloadClient()
  const now = new Date()
  const select = {
    code: true,
    organisation: true,
    status: true,
    outcomeReason: true,
    method: true,
    createdAt: true,
  } as const
  const mine = { referredBy: { equals: user.id } }
  const [open, closed] = await Promise.all([
    payload.find({
      collection: 'referrals',
      where: { and: [mine, { status: { in: ['sent', 'received', 'in-contact'] } }] },
      sort: 'createdAt',
      depth: 1,
      limit: 200,
      select,
    }),
    payload.find({
      collection: 'referrals',
      where: { and: [mine, { status: { in: ['completed', 'not-completed'] } }] },
      sort: '-updatedAt',
      depth: 1,
      limit: 10,
      select,
    }),
  ])
  const row = (referral: (typeof open.docs)[number]) => ({
    id: referral.id,
    code: referral.code,
    organisation: typeof referral.organisation === 'object' ? referral.organisation.name : '',
    status: referral.status,
    outcomeReason: referral.outcomeReason ?? undefined,
    method: referral.method,
    createdAt: referral.createdAt,
    followUp: needsFollowUp(referral, now),
  })
  return { open: open.docs.map(row), closed: closed.docs.map(row), remindersOn: smtpConfigured() }
}
