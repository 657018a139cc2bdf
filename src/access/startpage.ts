import type { Access } from 'payload'

import { hasRole, roles } from './roles'

/**
 * Every staff member reads the published startpage; only communications staff and administrators
 * may ask for the unpublished draft (`?draft=true`).
 */
export const canReadStartpage: Access = ({ req }) => {
  if (!hasRole(req.user, ...roles)) return false
  const draft = req.query?.draft
  if (draft === 'true' || draft === true) return hasRole(req.user, 'beheerder', 'communicatie')
  return true
}
