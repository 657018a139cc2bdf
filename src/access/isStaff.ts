import type { Access } from 'payload'

import { hasRole, roles, type UserPredicate } from './roles'

/** An active, logged-in staff member, whatever their role. */
export const isStaffMember: UserPredicate = (user) => hasRole(user, ...roles)

/** Any active logged-in user, whatever their role. */
export const isStaff: Access = ({ req: { user } }) => isStaffMember(user)
