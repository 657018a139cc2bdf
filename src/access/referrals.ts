import type { Access } from 'payload'

import { isStaffMember } from './isStaff'
import { canReport } from './registrations'

/** Coordinators and administrators see every referral; other staff the ones they made. */
export const canReadReferrals: Access = ({ req: { user } }) => {
  if (canReport(user)) return true
  return user && isStaffMember(user) ? { referredBy: { equals: user.id } } : false
}
