import { createHash, randomBytes } from 'node:crypto'

export const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** A random token for a link sent by e-mail; only its hash is stored, so a copy of the database opens nothing. */
export const newLinkToken = () => {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashLinkToken(token) }
}
