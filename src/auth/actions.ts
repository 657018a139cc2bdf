'use server'

import config from '@payload-config'
import { login, logout } from '@payloadcms/next/auth'
import { redirect } from 'next/navigation'
import { APIError, AuthenticationError, LockedAuth } from 'payload'

import { safeReturnPath } from './safeReturnPath'

export interface LoginState {
  error?: string
  email?: string
}

const loginErrorMessage = (error: unknown): string => {
  if (error instanceof LockedAuth)
    return 'Te veel mislukte pogingen. Dit account is 15 minuten geblokkeerd; probeer het daarna opnieuw.'
  if (error instanceof AuthenticationError) return 'Het e-mailadres of wachtwoord klopt niet.'
  if (error instanceof APIError && error.isPublic) return error.message
  return 'Inloggen is niet gelukt. Probeer het opnieuw of neem contact op met de beheerder.'
}

export async function loginAction(_previous: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get('email') ?? '').trim()
  const password = String(form.get('password') ?? '')
  if (!email || !password) return { email, error: 'Vul uw e-mailadres en wachtwoord in.' }
  try {
    await login({ collection: 'users', config, email, password })
  } catch (error) {
    return { email, error: loginErrorMessage(error) }
  }
  redirect(safeReturnPath(form.get('terug')))
}

export async function logoutAction(): Promise<void> {
  await logout({ config })
  redirect('/inloggen?uitgelogd=1')
}
