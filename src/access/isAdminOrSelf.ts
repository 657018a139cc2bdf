import type { Access } from 'payload'

import { isAdministrator } from './isAdmin'
import { isStaffMember } from './isStaff'
import { isPlatformAdministrator } from './platform'
import type { UserPredicate } from './roles'

/** Users for whom `seesAll` holds see every account; other staff, and the platform administrator, only their own. */
export const allOrSelf =
  (seesAll: UserPredicate): Access =>
  ({ req: { user } }) => {
    if (seesAll(user)) return true
    if (user && (isStaffMember(user) || isPlatformAdministrator(user))) return { id: { equals: user.id } }
    return false
  }

/** Administrators see every account; everybody else only their own. */
export const isAdminOrSelf = allOrSelf(isAdministrator)
