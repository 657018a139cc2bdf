import type { Access, Where } from 'payload'

import { isAdministrator } from './isAdmin'
import { hasRole, type UserPredicate } from './roles'

/** How long a desk worker can still see and correct a registration of their own. */
export const OWN_REGISTRATION_WINDOW_DAYS = 7

/** Desk workers and administrators register the questions asked at the desk. */
export const canRegister: UserPredicate = (user) => hasRole(user, 'beheerder', 'baliemedewerker')

/**
 * Coordinators and administrators oversee the desks' work: every registration and referral, and
 * the reports and exports over them.
 */
export const canReport: UserPredicate = (user) => hasRole(user, 'beheerder', 'coordinator')

const ownRecentRegistrations: Access = ({ req: { user } }) => {
  if (!user) return false
  const since = new Date(Date.now() - OWN_REGISTRATION_WINDOW_DAYS * 24 * 60 * 60 * 1000)
  const own: Where = {
    and: [{ registeredBy: { equals: user.id } }, { createdAt: { greater_than: since.toISOString() } }],
  }
  return own
}

export const canCreateRegistration: Access = ({ req: { user } }) => canRegister(user)

export const canReadRegistrations: Access = (args) => {
  if (canReport(args.req.user)) return true
  if (hasRole(args.req.user, 'baliemedewerker')) return ownRecentRegistrations(args)
  return false
}

export const canUpdateRegistration: Access = (args) => {
  if (isAdministrator(args.req.user)) return true
  if (hasRole(args.req.user, 'baliemedewerker')) return ownRecentRegistrations(args)
  return false
}
