import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { clientIp } from './clientAddress'
import { builtFromSetting, consume, limitMessage, storeFor, type LimitOutcome, type RateLimitName } from './rateLimit'

/**
 * Login and password-reset limits. Logins are throttled per address and account, never per account
 * alone: an attacker elsewhere can slow down only their own attempts, not keep a colleague out (there
 * is no lock for everyone, as Payload's maxLoginAttempts would be). Requests over HTTP carry the
 * client's address (src/security/clientAddress.ts); Local API calls have none and are left to their
 * caller — the /inloggen server action applies the same limits itself (src/auth/actions.ts).
 */

const FIRST_WAIT_SECONDS = 15
const REMEMBER_ATTEMPTS_SECONDS = 24 * 60 * 60

const throttleStores = () =>
  builtFromSetting('login', 'login-throttle', (setting) => ({
    setting,
    attempts: storeFor('login-attempts', Number.MAX_SAFE_INTEGER, REMEMBER_ATTEMPTS_SECONDS),
    waits: storeFor('login-waits', 1, 1),
  }))

const secondsLeft = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

/**
 * Counts a login attempt of an address and account. The first `points` attempts since the last
 * successful login go through at once; after that each attempt must wait, twice as long each time
 * (15 s, 30 s, 1 min, …, at most `seconds`).
 */
const throttleLogin = async (key: string): Promise<LimitOutcome> => {
  const stores = throttleStores()
  if (!stores) return { limited: false }
  const { setting, attempts, waits } = stores
  try {
    const waiting = await waits.get(key)
    if (waiting && waiting.consumedPoints > 1)
      return { limited: true, retryAfterSeconds: secondsLeft(waiting.msBeforeNext) }
    const { consumedPoints: made } = await attempts.penalty(key, 1)
    if (made >= setting.points) {
      const wait = Math.min(setting.seconds, FIRST_WAIT_SECONDS * 2 ** Math.min(30, made - setting.points))
      await waits.block(key, wait)
    }
    return { limited: false }
  } catch (error) {
    // The store failed (e.g. Redis unreachable): serve the request rather than lock everyone out.
    console.error('Login throttle failed', error)
    return { limited: false }
  }
}

/** Keys for the login limits: per address and account (e-mail), and per address. */
const loginKeys = (ip: string, email: string) => ({
  login: `${ip}|${email.trim().toLowerCase()}`,
  loginIp: ip,
})

export type LoginOutcome = { limited: false } | { limited: true; name: RateLimitName; retryAfterSeconds: number }

/** Checks and counts one login attempt: the wait of this address and account, then the limit per address. */
export const consumeLogin = async (ip: string, email: string): Promise<LoginOutcome> => {
  const keys = loginKeys(ip, email)
  const perAccount = await throttleLogin(keys.login)
  if (perAccount.limited) return { ...perAccount, name: 'login' }
  const perAddress = await consume('loginIp', keys.loginIp)
  if (perAddress.limited) return { ...perAddress, name: 'loginIp' }
  return { limited: false }
}

/** After a successful login the attempts of that address and account start from zero again. */
export const clearLogin = async (ip: string, email: string): Promise<void> => {
  const stores = throttleStores()
  if (!stores) return
  const key = loginKeys(ip, email).login
  await Promise.all([stores.attempts.delete(key), stores.waits.delete(key)]).catch(() => undefined)
}

/** Answers 429 with Retry-After and the Dutch reason. */
export const refuseAttempt = (req: PayloadRequest, name: RateLimitName, retryAfterSeconds: number): never => {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(retryAfterSeconds))
  req.responseHeaders = headers
  throw new APIError(limitMessage(name, retryAfterSeconds), 429, null, true)
}

const emailOf = (args: { data?: { email?: unknown } }) =>
  typeof args.data?.email === 'string' ? args.data.email.trim().toLowerCase() : ''

/** POST /api/users/login (and the admin's login, which uses it). */
export const limitLoginAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const ip = clientIp(req.headers)
  if (!ip) return args
  const outcome = await consumeLogin(ip, emailOf(args))
  if (outcome.limited) refuseAttempt(req, outcome.name, outcome.retryAfterSeconds)
  return args
}

export const clearLoginAttempts: CollectionAfterLoginHook = async ({ req, user }) => {
  const ip = clientIp(req.headers)
  if (ip && typeof user?.email === 'string') await clearLogin(ip, user.email)
  return user
}

/**
 * POST /api/users/forgot-password: per account whatever the address (so nobody's mailbox can be
 * flooded), and per address over all accounts.
 */
export const limitPasswordResets: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const ip = clientIp(req.headers)
  if (!ip) return args
  const email = emailOf(args)
  for (const [name, key] of [
    ['forgotPassword', email],
    ['forgotPasswordIp', ip],
  ] as const) {
    const outcome = await consume(name, key)
    if (outcome.limited) refuseAttempt(req, name, outcome.retryAfterSeconds)
  }
  return args
}
