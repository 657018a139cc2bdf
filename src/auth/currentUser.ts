import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { hasRole, roles, type Role } from '@/access/roles'
import { restrictedPages, type RestrictedPage } from '@/auth/restrictedPages'
import { getPayloadClient } from '@/payloadClient'
import type { User } from '@/payload-types'

/** The logged-in staff member for this request, from the same session cookie as the admin. */
export const currentUser = async (): Promise<User | null> => {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && hasRole(user, ...roles) ? (user as User) : null
}

/** Sends anyone who is not logged in to the login page, and back here afterwards. */
export const requireStaff = async (returnTo: string, allowed: readonly Role[] = roles): Promise<User> => {
  const user = await currentUser()
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(returnTo)}`)
  // The startpage says why: which page, and for whom it is.
  if (!hasRole(user, ...allowed)) redirect(`/?geenToegang=${encodeURIComponent(returnTo.split('/')[1] ?? '')}`)
  return user
}

/** A page for some roles only: staff in another role land on the startpage, which says why. */
export const requirePageRole = (page: RestrictedPage): Promise<User> =>
  requireStaff(`/${page}`, restrictedPages[page].roles)
