/** Secrets that ship with the repository (the example env file, the dev fallback): never valid in production. */
export const DEMO_SECRETS = ['change-me-to-a-long-random-string', 'infopunt-development-secret-not-for-production']

const MIN_SECRET_LENGTH = 32

const isProductionServer = () =>
  process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'

/**
 * The secret that signs sessions. Development falls back to a fixed value so that the two-command
 * start works; a production server refuses to start without a real one.
 */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET?.trim()
  if (isProductionServer()) {
    if (!secret) throw new Error('PAYLOAD_SECRET is not set: refusing to start in production without it.')
    if (DEMO_SECRETS.includes(secret))
      throw new Error('PAYLOAD_SECRET is the example value: refusing to start in production with it.')
    if (secret.length < MIN_SECRET_LENGTH)
      throw new Error(`PAYLOAD_SECRET must be at least ${MIN_SECRET_LENGTH} characters in production.`)
  }
  return secret || DEMO_SECRETS[1]
}
