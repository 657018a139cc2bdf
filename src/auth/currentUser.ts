import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { executeAuthStrategies } from 'payload'

import { isStaffMember } from '@/access/isStaff'
import type { UserPredicate } from '@/access/roles'
import { restrictedPages, type RestrictedPage } from '@/auth/restrictedPages'
import { takeRenderSlot } from '@/lib/renderSlots'
import { withinCurrentNetwork } from '@/networks/current'
import { getPayloadClient } from '@/payloadClient'
import type { User } from '@/payload-types'

/**
 * The logged-in staff member for this request, from the same session cookie as the admin, with all
 * their networks. Payload's auth strategies alone, as its REST handlers run them: `payload.auth` would
 * also work out the user's permissions on every collection and global, which no page uses. Once per
 * request: the layout's not-found boundary asks too, on every page.
 */
export const sessionUser = cache(async (): Promise<User | null> => {
  const payload = await getPayloadClient()
  const { user } = await executeAuthStrategies({ headers: await headers(), payload })
  return user && isStaffMember(user) ? (user as User) : null
})

/** The logged-in staff member as pages see them: within their current network (src/networks/current.ts). */
export const currentUser = cache(async (): Promise<User | null> => {
  const user = await sessionUser()
  return user && withinCurrentNetwork(user, await headers())
})

/**
 * Sends anyone who is not logged in to the login page, and back here afterwards; a staff member's
 * page then waits for its render slot (src/lib/renderSlots.ts).
 */
export const requireStaff = async (returnTo: string, allowed: UserPredicate = isStaffMember): Promise<User> => {
  const user = await currentUser()
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(returnTo)}`)
  // The startpage says why: which page, and for whom it is.
  if (!allowed(user)) redirect(`/?geenToegang=${encodeURIComponent(returnTo.split('/')[1] ?? '')}`)
  await takeRenderSlot()
  return user
}

/** A page for some roles only: staff in another role land on the startpage, which says why. */
export const requirePageRole = (page: RestrictedPage): Promise<User> =>
  requireStaff(`/${page}`, restrictedPages[page].allowed)
