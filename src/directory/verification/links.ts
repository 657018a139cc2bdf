import type { Payload } from 'payload'

import { hashLinkToken } from '@/lib/linkTokens'
import type { Organisation, Service, VerificationRequest } from '@/payload-types'

export type LinkProblem = 'invalid' | 'expired' | 'used'

/** What the organisation reads when its link cannot be used; nothing was changed. */
export const linkProblemMessages: Record<LinkProblem, { status: number; message: string }> = {
  invalid: {
    status: 404,
    message:
      'Deze link is niet geldig. Controleer of u de hele link uit de e-mail heeft overgenomen, of neem contact op met het Infopunt.',
  },
  expired: {
    status: 410,
    message: 'Deze link is verlopen. Neem contact op met het Infopunt; u krijgt dan een nieuwe link.',
  },
  used: {
    status: 410,
    message:
      'Deze link is al gebruikt: uw antwoord is ontvangen, dank u wel. Wilt u nog iets wijzigen? Neem dan contact op met het Infopunt.',
  },
}

export type OpenedLink =
  | { ok: true; request: VerificationRequest; organisation: Organisation; services: Service[] }
  | { ok: false; problem: LinkProblem }

/**
 * The request behind a link and the one organisation it was made for, with that organisation's
 * services: nothing else can be reached through it. A token is 43 base64url characters; anything
 * else is not looked up at all.
 */
export const openVerificationLink = async (payload: Payload, token: unknown, now = new Date()): Promise<OpenedLink> => {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, problem: 'invalid' }
  const { docs } = await payload.find({
    collection: 'verification-requests',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    where: {
      and: [{ tokenHash: { equals: hashLinkToken(token) } }, { purpose: { equals: 'verify-organisation' } }],
    },
  })
  const request = docs[0]
  if (!request) return { ok: false, problem: 'invalid' }
  if (request.usedAt) return { ok: false, problem: 'used' }
  if (new Date(request.expiresAt) <= now) return { ok: false, problem: 'expired' }
  const organisation = await payload.findByID({
    collection: 'organisations',
    id: request.organisation as number,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
  })
  if (!organisation) return { ok: false, problem: 'invalid' }
  const { docs: services } = await payload.find({
    collection: 'services',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'name',
    where: { and: [{ organisation: { equals: organisation.id } }, { status: { equals: 'active' } }] },
  })
  return { ok: true, request, organisation, services }
}
