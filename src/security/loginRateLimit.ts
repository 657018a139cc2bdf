import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { clientIp, consumeLogin, limitMessage, loginKeys, reset } from './rateLimit'

/**
 * Rate limit on POST /api/users/login (and the admin's login, which uses it). Requests that come in
 * over HTTP carry X-Forwarded-For (Next.js sets it); Local API calls have no address and are left to
 * their caller — the /inloggen server action applies the same limits itself (src/auth/actions.ts).
 */
export const limitLoginAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const ip = clientIp(req.headers)
  if (!ip) return args
  const email = typeof args.data?.email === 'string' ? args.data.email : ''
  const outcome = await consumeLogin(ip, email)
  if (outcome.limited) {
    const headers = req.responseHeaders ?? new Headers()
    headers.set('Retry-After', String(outcome.retryAfterSeconds))
    req.responseHeaders = headers
    throw new APIError(limitMessage(outcome.name, outcome.retryAfterSeconds), 429, null, true)
  }
  return args
}

/** A successful login clears the count for that address and e-mail: only repeated failures add up. */
export const clearLoginAttempts: CollectionAfterLoginHook = async ({ req, user }) => {
  const ip = clientIp(req.headers)
  if (ip && typeof user?.email === 'string') await reset('login', loginKeys(ip, user.email).login)
  return user
}
