import type { Payload } from 'payload'

import { hashLinkToken, newLinkToken } from '@/lib/linkTokens'
import { idOf, type Id } from '@/lib/relations'
import type { Referral, ReferralLink } from '@/payload-types'

export const LINK_DAYS = 30
export type LinkPurpose = ReferralLink['purpose']

/** Tokens are 32 random bytes in base64url: anything else is refused before the database is asked. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/

/** The public page a link opens (src/app/(frontend)/verwijzing/[token]). */
export const linkUrl = (serverUrl: string, token: string) => `${serverUrl}/verwijzing/${token}`

/** Makes a link for one purpose of one referral; returns the token, which is only ever in the e-mail. */
export const createLink = async (
  payload: Payload,
  referral: Referral['id'],
  purpose: LinkPurpose,
  now = new Date(),
) => {
  const { token, hash } = newLinkToken()
  const expiresAt = new Date(now.getTime() + LINK_DAYS * 86_400_000).toISOString()
  // Made without a user (the referral's e-mail, a reminder), so the link names its referral's network.
  const { network } = await payload.findByID({
    collection: 'referrals',
    id: referral,
    depth: 0,
    select: { network: true },
  })
  await payload.create({ collection: 'referral-links', data: { network, hash, purpose, referral, expiresAt } })
  return token
}

export type LinkLookup =
  { ok: true; link: ReferralLink; referral: Referral } | { ok: false; reason: 'unknown' | 'expired' | 'used' }

/** The link a token opens, if it is real, unused and not expired. */
export const findLink = async (payload: Payload, token: unknown, now = new Date()): Promise<LinkLookup> => {
  if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) return { ok: false, reason: 'unknown' }
  const { docs } = await payload.find({
    collection: 'referral-links',
    where: { hash: { equals: hashLinkToken(token) } },
    limit: 1,
    depth: 0,
  })
  const link = docs[0]
  if (!link) return { ok: false, reason: 'unknown' }
  if (link.usedAt) return { ok: false, reason: 'used' }
  if (new Date(link.expiresAt).getTime() <= now.getTime()) return { ok: false, reason: 'expired' }
  const referral = await payload.findByID({
    collection: 'referrals',
    id: idOf(link.referral) as Id,
    depth: 1,
    disableErrors: true,
  })
  if (!referral) return { ok: false, reason: 'unknown' }
  return { ok: true, link, referral }
}

export const linkProblems: Record<'unknown' | 'expired' | 'used', { title: string; text: string }> = {
  unknown: {
    title: 'Deze link werkt niet',
    text: 'De link is niet (meer) geldig of niet volledig overgenomen. Er is niets veranderd. Neem zo nodig contact op met het Infopunt dat u de doorverwijzing stuurde.',
  },
  expired: {
    title: 'Deze link is verlopen',
    text: `Een link in een doorverwijzing is ${LINK_DAYS} dagen geldig. Er is niets veranderd. Neem contact op met het Infopunt dat u de doorverwijzing stuurde; dat kan de stand voor u bijwerken.`,
  },
  used: {
    title: 'Deze link is al gebruikt',
    text: 'Met deze link is al geantwoord; elke link werkt één keer. Er is niets veranderd. Neem contact op met het Infopunt als er iets anders moet staan.',
  },
}
