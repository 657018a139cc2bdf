import type { Access, Where } from 'payload'

import { canEditContent } from './isContentEditor'
import { isStaffMember } from './isStaff'

/** Editors see every report of incorrect information; other staff only the ones they made themselves. */
export const ownOrEditor: Access = ({ req: { user } }) => {
  if (canEditContent(user)) return true
  if (user && isStaffMember(user)) {
    const own: Where = { reportedBy: { equals: user.id } }
    return own
  }
  return false
}
