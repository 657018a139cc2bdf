import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

/**
 * Rate limits on the doors an attacker would lean on: login, password reset, registration create and
 * the directory search. In-process counters (rate-limiter-flexible's memory store) by default; see
 * the README for sharing them across several app processes through its Redis store (`storeFor`
 * below is the one place to change).
 *
 * Each limit is configured as `<points>/<seconds>` (e.g. `10/900`: ten per quarter of an hour) or
 * `off`, through the environment variable named below. The defaults leave ample room for people at a
 * desk; benchmarks and test servers set their own limits explicitly.
 */
export const rateLimits = {
  /**
   * Login attempts per IP address and account (e-mail): this many are free, then each further one
   * waits twice as long as the one before, from 15 seconds up to the given seconds. A successful
   * login clears it (src/security/loginRateLimit.ts).
   */
  login: { env: 'RATE_LIMIT_LOGIN', default: '5/900' },
  /** Login attempts per IP address over all e-mail addresses (password spraying). */
  loginIp: { env: 'RATE_LIMIT_LOGIN_IP', default: '100/900' },
  /** Password-reset requests per account (e-mail), whatever the address (mail-bombing one person). */
  forgotPassword: { env: 'RATE_LIMIT_FORGOT_PASSWORD', default: '3/3600' },
  /** Password-reset requests per IP address over all accounts. */
  forgotPasswordIp: { env: 'RATE_LIMIT_FORGOT_PASSWORD_IP', default: '10/3600' },
  /** Registrations stored per user (a busy volunteer registers a few a minute). */
  registrations: { env: 'RATE_LIMIT_REGISTRATIONS', default: '30/300' },
  /** Directory searches per user (search-as-you-type: a fast typist sends about two a second). */
  search: { env: 'RATE_LIMIT_SEARCH', default: '180/60' },
  /** Openings of and answers through an organisation's verification link, per IP address (guessing links). */
  verificationLinks: { env: 'RATE_LIMIT_VERIFICATION_LINKS', default: '30/600' },
  /** Opening and answering the signed links in referral e-mails, per IP address (guessing tokens). */
  referralLinks: { env: 'RATE_LIMIT_REFERRAL_LINKS', default: '30/600' },
  /** Referral cards e-mailed to residents, per user (the server must not become a mail cannon). */
  referralCards: { env: 'RATE_LIMIT_REFERRAL_CARDS', default: '20/3600' },
} as const

export type RateLimitName = keyof typeof rateLimits

export interface LimitSetting {
  points: number
  seconds: number
}

/** `10/900` → 10 per 900 s; `off` (or `0`) → null. A malformed value is a start-up error, not a silent default. */
export const parseLimit = (value: string, name = 'rate limit'): LimitSetting | null => {
  const trimmed = value.trim().toLowerCase()
  if (trimmed === 'off' || trimmed === '0') return null
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(trimmed)
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
    throw new Error(`${name} must be <points>/<seconds> (for example 10/900) or off; got "${value}".`)
  return { points: Number(match[1]), seconds: Number(match[2]) }
}

export const limitSetting = (name: RateLimitName): LimitSetting | null => {
  const { env, default: fallback } = rateLimits[name]
  return parseLimit(process.env[env] || fallback, env)
}

/** The counter store. To share limits across processes, return a RateLimiterRedis here (see README). */
export const storeFor = (keyPrefix: string, points: number, seconds: number): RateLimiterAbstract =>
  new RateLimiterMemory({ keyPrefix: `infopunt-${keyPrefix}`, points, duration: seconds })

interface Entry {
  config: string
  value: unknown
}

// One set of counters per process, even when the bundler gives the API route and a server action
// each their own copy of this module.
const registry: Map<string, Entry> = ((globalThis as Record<symbol, unknown>)[Symbol.for('infopunt.rateLimiters')] ??=
  new Map()) as Map<string, Entry>

/**
 * What `build` makes of a limit's current setting (null when it is off), made again when the
 * setting changes. `id` tells apart several things built from one setting.
 */
export const builtFromSetting = <T>(name: RateLimitName, id: string, build: (setting: LimitSetting) => T): T | null => {
  const config = process.env[rateLimits[name].env] || rateLimits[name].default
  let entry = registry.get(id)
  if (!entry || entry.config !== config) {
    const setting = limitSetting(name)
    entry = { config, value: setting ? build(setting) : null }
    registry.set(id, entry)
  }
  return entry.value as T | null
}

const limiterFor = (name: RateLimitName): RateLimiterAbstract | null =>
  builtFromSetting(name, name, (setting) => storeFor(name, setting.points, setting.seconds))

export type LimitOutcome = { limited: false } | { limited: true; retryAfterSeconds: number }

/** Counts one request against `key`; says whether it is over the limit and for how long. */
export const consume = async (name: RateLimitName, key: string): Promise<LimitOutcome> => {
  const limiter = limiterFor(name)
  if (!limiter) return { limited: false }
  try {
    await limiter.consume(key)
    return { limited: false }
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
    // The store failed (e.g. Redis unreachable): serve the request rather than lock everyone out.
    console.error(`Rate limiter ${name} failed`, rejection)
    return { limited: false }
  }
}

const duration = (seconds: number): string => {
  if (seconds < 90) return `${seconds} ${seconds === 1 ? 'seconde' : 'seconden'}`
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`
}

const reasons: Record<RateLimitName, string> = {
  login: 'Te veel inlogpogingen.',
  loginIp: 'Te veel inlogpogingen vanaf dit netwerk.',
  forgotPassword: 'Te veel aanvragen om het wachtwoord opnieuw in te stellen.',
  forgotPasswordIp: 'Te veel aanvragen om een wachtwoord opnieuw in te stellen vanaf dit netwerk.',
  registrations: 'Te veel registraties in korte tijd.',
  search: 'Te veel zoekopdrachten in korte tijd.',
  verificationLinks: 'Te veel pogingen met deze link in korte tijd.',
  referralLinks: 'Te veel pogingen met links uit doorverwijzingen.',
  referralCards: 'Te veel verwijskaarten per e-mail in korte tijd.',
}

/** The Dutch reason of a 429: what happened and when to try again. */
export const limitMessage = (name: RateLimitName, retryAfterSeconds: number): string =>
  `${reasons[name]} Probeer het over ${duration(retryAfterSeconds)} opnieuw.`

/** A 429 answer for a custom endpoint, in both error shapes the app's clients read. */
export const tooManyRequests = (name: RateLimitName, retryAfterSeconds: number): Response => {
  const message = limitMessage(name, retryAfterSeconds)
  return Response.json(
    { error: message, errors: [{ message }] },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' } },
  )
}
