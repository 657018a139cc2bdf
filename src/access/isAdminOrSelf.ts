import type { Access } from 'payload'

import { hasRole, roles } from './roles'

/** Administrators see every account; everybody else only their own. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'beheerder')) return true
  if (user && hasRole(user, ...roles)) return { id: { equals: user.id } }
  return false
}
