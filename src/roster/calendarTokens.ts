import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { isStaffMember } from '@/access/isStaff'
import { hashLinkToken } from '@/lib/linkTokens'
import type { User } from '@/payload-types'

/** A new secret for the user's feeds; any earlier one stops working at once. Shown to the user only now. */
export const issueCalendarToken = async (payload: Payload, userId: number | string): Promise<string> => {
  const token = randomBytes(24).toString('base64url')
  await revokeCalendarToken(payload, userId)
  await payload.create({
    collection: 'calendar-feed-tokens',
    overrideAccess: true,
    depth: 0,
    data: { user: userId as number, tokenHash: hashLinkToken(token) },
  })
  return token
}

export const revokeCalendarToken = async (payload: Payload, userId: number | string): Promise<void> => {
  await payload.delete({
    collection: 'calendar-feed-tokens',
    overrideAccess: true,
    where: { user: { equals: userId } },
  })
}

/** When the user's current secret was issued, or null without one. */
export const calendarTokenIssuedAt = async (payload: Payload, userId: number | string): Promise<string | null> => {
  const { docs } = await payload.find({
    collection: 'calendar-feed-tokens',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    where: { user: { equals: userId } },
    select: { createdAt: true },
  })
  return docs[0]?.createdAt ?? null
}

/** The active staff member a feed secret belongs to, or null for an unknown or revoked secret. */
export const userForCalendarToken = async (payload: Payload, token: string): Promise<User | null> => {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null
  const { docs } = await payload.find({
    collection: 'calendar-feed-tokens',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    where: { tokenHash: { equals: hashLinkToken(token) } },
  })
  if (!docs[0]) return null
  const user = await payload
    .findByID({ collection: 'users', id: docs[0].user as number, overrideAccess: true, depth: 0 })
    .catch(() => null)
  return user && isStaffMember(user as User) ? ({ ...(user as User), collection: 'users' } as User) : null
}
