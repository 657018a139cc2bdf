import type { Access } from 'payload'

import { hasRole, roles } from './roles'

/** Any active logged-in user, whatever their role. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, ...roles)
