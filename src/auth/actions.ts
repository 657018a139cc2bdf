'use server'

import config from '@payload-config'
import { login, logout } from '@payloadcms/next/auth'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { clientIp } from '@/security/clientAddress'
import { clearLogin, consumeLogin } from '@/security/loginRateLimit'
import { limitMessage } from '@/security/rateLimit'

import { safeReturnPath } from './safeReturnPath'

export interface LoginState {
  error?: string
  email?: string
}

/**
 * Payload's auth errors, told apart by status and message: the bundled server action and Payload
 * may hold different copies of the error classes, so `instanceof` is not reliable here.
 */
const loginErrorMessage = (error: unknown): string => {
  const { status, message, isPublic } = (error ?? {}) as { status?: number; message?: string; isPublic?: boolean }
  if (status === 401) return 'Het e-mailadres of wachtwoord klopt niet.'
  if (status === 403 && isPublic && message) return message
  return 'Inloggen is niet gelukt. Probeer het opnieuw of neem contact op met de beheerder.'
}

export async function loginAction(_previous: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get('email') ?? '').trim()
  const password = String(form.get('password') ?? '')
  if (!email || !password) return { email, error: 'Vul je e-mailadres en wachtwoord in.' }
  // The same limits as POST /api/users/login (the Local API login below has no client address).
  const ip = clientIp(await headers()) ?? 'unknown'
  const limit = await consumeLogin(ip, email)
  if (limit.limited) return { email, error: limitMessage(limit.name, limit.retryAfterSeconds) }
  try {
    await login({ collection: 'users', config, email, password })
  } catch (error) {
    return { email, error: loginErrorMessage(error) }
  }
  await clearLogin(ip, email)
  redirect(safeReturnPath(form.get('terug')))
}

export async function logoutAction(): Promise<void> {
  await logout({ config })
  redirect('/inloggen?uitgelogd=1')
}
