'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { sessionUser } from '@/auth/currentUser'
import { safeReturnPath } from '@/auth/safeReturnPath'

import { NETWORK_COOKIE, networksOf } from './current'

/**
 * The header's network switch: works in one of one's own networks from now on, in the pages and the
 * admin alike (they share the cookie), and comes back to the same page. Works without JavaScript.
 */
export async function switchNetwork(form: FormData) {
  const user = await sessionUser()
  if (!user) redirect('/inloggen')
  const chosen = networksOf(user).find((id) => String(id) === String(form.get('network')))
  if (chosen !== undefined)
    (await cookies()).set(NETWORK_COOKIE, String(chosen), { path: '/', sameSite: 'lax', httpOnly: false })
  redirect(safeReturnPath(form.get('terug')))
}
