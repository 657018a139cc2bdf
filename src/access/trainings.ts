import type { Access } from 'payload'

import { isStaffMember } from './isStaff'
import { hasRole, type UserPredicate } from './roles'

/** Administrators and coordinators, who guide the desk workers: trainings, invitations of desk workers. */
export const canGuideStaff: UserPredicate = (user) => hasRole(user, 'beheerder', 'coordinator')

/**
 * Training completions: administrators and coordinators (who guide the desk workers) see and keep
 * everyone's; every other staff member reads their own.
 */
export const canReadCompletions: Access = ({ req: { user } }) => {
  if (canGuideStaff(user)) return true
  if (user && isStaffMember(user)) return { user: { equals: user.id } }
  return false
}
