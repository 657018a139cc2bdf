import type { Access } from 'payload'

import { hasRole, roles } from './roles'

/**
 * Sources and work documents name the roles they are meant for. Editors see everything,
 * other staff only what is meant for their role.
 */
export const isInAudience: Access = ({ req: { user } }) => {
  if (hasRole(user, 'beheerder', 'communicatie')) return true
  if (user && hasRole(user, ...roles)) return { audienceRoles: { in: [user.role] } }
  return false
}
