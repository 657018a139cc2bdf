import type { Access, FieldAccess } from 'payload'

import { hasRole, type UserPredicate } from './roles'

/** Administrators manage accounts, background jobs and the system's details. */
export const isAdministrator: UserPredicate = (user) => hasRole(user, 'beheerder')

export const isAdmin: Access = ({ req: { user } }) => isAdministrator(user)

export const isAdminField: FieldAccess = ({ req: { user } }) => isAdministrator(user)
