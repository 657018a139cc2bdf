import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { hasRole, roles, type Role } from '@/access/roles'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'

/** The logged-in staff member for this request, from the same session cookie as the admin. */
export const currentUser = async (): Promise<User | null> => {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && hasRole(user, ...roles) ? (user as User) : null
}

/** Sends anyone who is not logged in (or lacks the role) to the login page, and back here afterwards. */
export const requireStaff = async (returnTo: string, allowed: readonly Role[] = roles): Promise<User> => {
  const user = await currentUser()
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(returnTo)}`)
  if (!hasRole(user, ...allowed)) redirect('/?geenToegang=1')
  return user
}
