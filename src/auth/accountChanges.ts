import { APIError, ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { isAdministrator } from '@/access/isAdmin'
import { clientIp } from '@/security/clientAddress'
import { clearLogin, consumeLogin, refuseAttempt } from '@/security/loginRateLimit'

import { passwordMatches } from './passwordHash'

type AccountData = { email?: unknown; password?: unknown; currentPassword?: unknown }

const given = (value: unknown) => value !== undefined && value !== null && value !== ''

/**
 * The login fields of an account. Changing one's own password needs the current password, so that a
 * session left open (or a stolen token) cannot take the account over. Only administrators change
 * e-mail addresses: others' without more ado, their own with the current password. Scripts and
 * seeds (the Local API without a user) are not asked.
 */
export const protectLoginFields: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' || !req.user) return args
  const data = (args.data ?? {}) as AccountData
  const user = req.user
  const newEmail = typeof data.email === 'string' ? data.email.trim().toLowerCase() : data.email
  const changesEmail = given(newEmail) && newEmail !== String(user.email ?? '').toLowerCase()
  const changesPassword = given(data.password)
  if (!changesEmail && !changesPassword) return args

  const id = 'id' in args ? (args.id as number | string | undefined) : undefined
  if (id === undefined)
    throw new APIError(
      'Wijzig een e-mailadres of wachtwoord per account, niet voor meerdere tegelijk.',
      400,
      null,
      true,
    )
  const own = String(id) === String(user.id)
  const admin = isAdministrator(user)
  if (changesEmail && !admin) throw new APIError('Alleen een beheerder kan een e-mailadres wijzigen.', 403, null, true)
  if (!own) return args

  const wrong = (message: string) =>
    new ValidationError({ collection: collection.slug, errors: [{ message, path: 'currentPassword' }] })
  if (typeof data.currentPassword !== 'string' || data.currentPassword === '')
    throw wrong('Vul je huidige wachtwoord in om je wachtwoord of e-mailadres te wijzigen.')
  // Guessing the current password counts as failed logins of this account from this address.
  const ip = clientIp(req.headers)
  if (ip) {
    const limit = await consumeLogin(ip, String(user.email))
    if (limit.limited) refuseAttempt(req, limit.name, limit.retryAfterSeconds)
  }
  const stored = await req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({
    collection: collection.slug,
    where: { id: { equals: user.id } },
    req,
  })
  if (!stored || !(await passwordMatches(stored, data.currentPassword)))
    throw wrong('Je huidige wachtwoord klopt niet.')
  if (ip) await clearLogin(ip, String(user.email))
  return args
}
