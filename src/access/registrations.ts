import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/** How long a desk worker can still see and correct a registration of their own. */
export const OWN_REGISTRATION_WINDOW_DAYS = 7

const ownRecentRegistrations: Access = ({ req: { user } }) => {
  if (!user) return false
  const since = new Date(Date.now() - OWN_REGISTRATION_WINDOW_DAYS * 24 * 60 * 60 * 1000)
  const own: Where = {
    and: [{ registeredBy: { equals: user.id } }, { createdAt: { greater_than: since.toISOString() } }],
  }
  return own
}

export const canCreateRegistration: Access = ({ req: { user } }) => hasRole(user, 'beheerder', 'baliemedewerker')

export const canReadRegistrations: Access = (args) => {
  if (hasRole(args.req.user, 'beheerder', 'coordinator')) return true
  if (hasRole(args.req.user, 'baliemedewerker')) return ownRecentRegistrations(args)
  return false
}

export const canUpdateRegistration: Access = (args) => {
  if (hasRole(args.req.user, 'beheerder')) return true
  if (hasRole(args.req.user, 'baliemedewerker')) return ownRecentRegistrations(args)
  return false
}

/** Reports and exports over all registrations: coordinators and administrators. */
export const canReportOnRegistrations = (user: Parameters<typeof hasRole>[0]): boolean =>
  hasRole(user, 'beheerder', 'coordinator')
