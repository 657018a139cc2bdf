import type { Access } from 'payload'

import { idOf } from '@/lib/relations'
import type { Referral, User } from '@/payload-types'

import { isStaffMember } from './isStaff'
import { canReport } from './registrations'

/** Coordinators and administrators see every referral; other staff the ones they made. */
export const canReadReferrals: Access = ({ req: { user } }) => {
  if (canReport(user)) return true
  return user && isStaffMember(user) ? { referredBy: { equals: user.id } } : false
}

/** Who may move a referral on after a phone call, or e-mail its card: whoever made it, coordinators and administrators. */
export const canFollowUpReferral = (user: User | null | undefined, referral: Pick<Referral, 'referredBy'>) =>
  Boolean(user && isStaffMember(user) && (canReport(user) || idOf(referral.referredBy) === user.id))
