import type { Access } from 'payload'

import { hasRole, roles, type Role } from './roles'

/** These roles see every account; everybody else only their own. */
export const rolesOrSelf =
  (...seeAll: Role[]): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, ...seeAll)) return true
    if (user && hasRole(user, ...roles)) return { id: { equals: user.id } }
    return false
  }

/** Administrators see every account; everybody else only their own. */
export const isAdminOrSelf = rolesOrSelf('beheerder')
