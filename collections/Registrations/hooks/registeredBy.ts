import type { FieldHook } from 'payload'

/**
 * The author of a registration is whoever is logged in when it is created. Clients cannot write
 * the field (see its access), so it is filled here; server-side callers without a user (the
 * seed, imports) may pass it themselves.
 */
export const setRegisteredBy: FieldHook = ({ operation, req, value, originalDoc }) => {
  if (operation === 'create') return req.user ? req.user.id : value
  return originalDoc?.registeredBy ?? value
}
