import type { Access } from 'payload'

import { hasRole } from './roles'

export const isRosterManager: Access = ({ req: { user } }) => hasRole(user, 'beheerder', 'coordinator')
