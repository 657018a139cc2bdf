import {
  APIError,
  getFieldsToSign,
  jwtSign,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type CollectionRefreshHook,
  type CollectionSlug,
} from 'payload'

/** A session lasts at most this long after its login, refreshed or not; then one logs in again. */
export const MAX_SESSION_SECONDS = 12 * 60 * 60

type Session = { id: string; createdAt?: string | Date | null }

const sessionEnded = () => new APIError('Je sessie is verlopen. Log opnieuw in.', 401, null, true)

/** Seconds the session of the request's token has left before its absolute end (0 when over). */
const secondsLeft = async (req: PayloadRequest, slug: CollectionSlug): Promise<number> => {
  const user = req.user as { id: number | string; _sid?: string } | null
  if (!user?._sid) return 0
  const stored = await req.payload.db.findOne<{ id: number | string; sessions?: Session[] }>({
    collection: slug,
    where: { id: { equals: user.id } },
    req,
  })
  const started = stored?.sessions?.find((session) => session.id === user._sid)?.createdAt
  if (!started) return 0
  return Math.floor((new Date(started).getTime() + MAX_SESSION_SECONDS * 1000 - Date.now()) / 1000)
}

/** POST /api/users/refresh-token: refused with 401 without a session, or once the session is 12 hours old. */
export const refuseEndedSessions: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'refresh') return args
  if (!req.user || (await secondsLeft(req, collection.slug)) <= 0) throw sessionEnded()
  return args
}

/**
 * Signs the refreshed token as Payload does, but never valid beyond the session's absolute end: a
 * token refreshed in the 11th hour lasts until the 12th, not for another working day.
 */
export const capRefreshedToken: CollectionRefreshHook = async ({ args, user }) => {
  const { collection, req } = args
  const config = collection.config
  const tokenExpiration = Math.min(config.auth.tokenExpiration, await secondsLeft(req, config.slug))
  if (tokenExpiration <= 0) throw sessionEnded()
  const fieldsToSign = getFieldsToSign({
    collectionConfig: config,
    email: user.email,
    sid: (req.user as { _sid?: string })._sid,
    user: req.user!,
  })
  const { exp, token } = await jwtSign({ fieldsToSign, secret: req.payload.secret, tokenExpiration })
  return { exp, refreshedToken: token, setCookie: true, strategy: (req.user as { _strategy?: string })._strategy, user }
}
