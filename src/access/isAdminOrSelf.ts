import type { Access } from 'payload'

import { isAdministrator } from './isAdmin'
import { isStaffMember } from './isStaff'
import type { UserPredicate } from './roles'

/** Users for whom `seesAll` holds see every account; other staff only their own. */
export const allOrSelf =
  (seesAll: UserPredicate): Access =>
  ({ req: { user } }) => {
    if (seesAll(user)) return true
    if (user && isStaffMember(user)) return { id: { equals: user.id } }
    return false
  }

/** Administrators see every account; everybody else only their own. */
export const isAdminOrSelf = allOrSelf(isAdministrator)
