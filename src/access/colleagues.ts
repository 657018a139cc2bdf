import type { FieldAccess } from 'payload'

import { rolesOrSelf } from './isAdminOrSelf'
import { hasRole } from './roles'

/**
 * Administrators and coordinators see every account: coordinators roster their colleagues, so the
 * roster's staff picker must list them. Everybody else sees only their own account.
 */
export const canReadColleagues = rolesOrSelf('beheerder', 'coordinator')

/** A colleague's e-mail address is for administrators; everyone reads their own. */
export const isAdminOrOwnAccountField: FieldAccess = ({ req: { user }, doc, id }) =>
  hasRole(user, 'beheerder') || (Boolean(user) && String(id ?? doc?.id) === String(user?.id))
