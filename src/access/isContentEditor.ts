import type { Access, FieldAccess } from 'payload'

import { hasRole, type UserPredicate } from './roles'

/**
 * Communications staff and administrators maintain the content collections and globals, see the
 * startpage's draft, import organisations and handle reports of incorrect information.
 */
export const canEditContent: UserPredicate = (user) => hasRole(user, 'beheerder', 'communicatie')

export const isContentEditor: Access = ({ req: { user } }) => canEditContent(user)

export const isContentEditorField: FieldAccess = ({ req: { user } }) => canEditContent(user)
