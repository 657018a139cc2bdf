import type { Access } from 'payload'

import { canEditContent } from './isContentEditor'
import { isStaffMember } from './isStaff'

/**
 * Sources and work documents name the roles they are meant for. Editors see everything,
 * other staff only what is meant for their role.
 */
export const isInAudience: Access = ({ req: { user } }) => {
  if (canEditContent(user)) return true
  if (user && isStaffMember(user)) return { audienceRoles: { in: [user.role] } }
  return false
}
