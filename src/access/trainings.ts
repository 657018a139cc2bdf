import type { Access } from 'payload'

import { hasRole, roles } from './roles'

/**
 * Training completions: administrators and coordinators (who guide the desk workers) see and keep
 * everyone's; every other staff member reads their own.
 */
export const canReadCompletions: Access = ({ req: { user } }) => {
  if (hasRole(user, 'beheerder', 'coordinator')) return true
  if (user && hasRole(user, ...roles)) return { user: { equals: user.id } }
  return false
}
