import type { Access } from 'payload'

import { hasRole } from './roles'

/** Communications staff and administrators maintain the content collections and globals. */
export const isContentEditor: Access = ({ req: { user } }) => hasRole(user, 'beheerder', 'communicatie')
