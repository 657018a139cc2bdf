import type { Access, FieldAccess } from 'payload'

import { isAdministrator } from './isAdmin'
import { allOrSelf } from './isAdminOrSelf'
import { canManageRoster } from './isRosterManager'

/**
 * Administrators and coordinators see every account: coordinators roster their colleagues, so the
 * roster's staff picker must list them. Everybody else sees only their own account.
 */
export const canReadColleagues = allOrSelf(canManageRoster)

/** A colleague's e-mail address is for administrators; everyone reads their own. */
export const isAdminOrOwnAccountField: FieldAccess = ({ req: { user }, doc, id }) =>
  isAdministrator(user) || (Boolean(user) && String(id ?? doc?.id) === String(user?.id))

/**
 * New accounts come only through an invitation (POST /api/users/invite), which makes the account
 * with a random password that the invitee replaces: nobody types or sees a colleague's password.
 * The seed and the invitation make accounts through the Local API, past this rule.
 */
export const onlyByInvitation: Access = () => false
