import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/**
 * Payload's password hashes (payload/dist/auth/strategies/local/generatePasswordSaltHash.js, which
 * Payload does not export): PBKDF2-SHA256, 600,000 iterations and 32 bytes behind a version prefix;
 * older hashes without the prefix 25,000 iterations and 512 bytes.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const current = { iterations: 600_000, keyLength: 32 }
const legacy = { iterations: 25_000, keyLength: 512 }

const parameters = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX) ? { ...current, hex: hash.slice(CURRENT_PREFIX.length) } : { ...legacy, hex: hash }

/** Whether `password` matches a stored hash and salt, as Payload's login checks it. */
export const passwordMatches = async (
  stored: { hash?: unknown; salt?: unknown },
  password: string,
): Promise<boolean> => {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const { iterations, keyLength, hex } = parameters(stored.hash)
  const expected = Buffer.from(hex, 'hex')
  const actual = await derive(password, stored.salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

const dummySalt = randomBytes(32).toString('hex')

/**
 * The hash work of a login with a wrong password, for an account that does not exist: without it
 * an unknown address is answered in a fraction of the time, which tells which accounts exist.
 */
export const hashWorkWithoutAccount = async (password: string): Promise<void> => {
  await derive(password, dummySalt, current.iterations, current.keyLength, 'sha256')
}
