import type { Access, Where } from 'payload'

import { hasRole, roles } from './roles'

/** Editors see every report; other staff only the ones they made themselves. */
export const isEditorOrReporter: Access = ({ req: { user } }) => {
  if (hasRole(user, 'beheerder', 'communicatie')) return true
  if (user && hasRole(user, ...roles)) {
    const own: Where = { reportedBy: { equals: user.id } }
    return own
  }
  return false
}
