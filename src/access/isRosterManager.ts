import type { Access } from 'payload'

import { hasRole, type UserPredicate } from './roles'

/** Coordinators and administrators make the roster: they book colleagues and see the coverage gaps. */
export const canManageRoster: UserPredicate = (user) => hasRole(user, 'beheerder', 'coordinator')

export const isRosterManager: Access = ({ req: { user } }) => canManageRoster(user)
