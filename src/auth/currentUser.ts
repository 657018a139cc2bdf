import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { executeAuthStrategies } from 'payload'

import { isStaffMember } from '@/access/isStaff'
import { isPlatformAdministrator } from '@/access/platform'
import type { UserPredicate } from '@/access/roles'
import { restrictedPages, type RestrictedPage } from '@/auth/restrictedPages'
import { takeRenderSlot } from '@/lib/renderSlots'
import { withinCurrentNetwork } from '@/networks/current'
import { getPayloadClient } from '@/payloadClient'
import type { User } from '@/payload-types'

/**
 * The logged-in account for this request, from the same session cookie as the admin, with all
 * their networks. Payload's auth strategies alone, as its REST handlers run them: `payload.auth` would
 * also work out the user's permissions on every collection and global, which no page uses. Once per
 * request: the layout's not-found boundary asks too, on every page.
 */
const authenticatedUser = cache(async (): Promise<User | null> => {
  const payload = await getPayloadClient()
  const { user } = await executeAuthStrategies({ headers: await headers(), payload })
  return (user as User | null) ?? null
})

/** The logged-in staff member, with all their networks. */
export const sessionUser = cache(async (): Promise<User | null> => {
  const user = await authenticatedUser()
  return user && isStaffMember(user) ? user : null
})

/** The logged-in platform administrator (src/access/platform.ts), or null. */
export const platformUser = cache(async (): Promise<User | null> => {
  const user = await authenticatedUser()
  return user && isPlatformAdministrator(user) ? user : null
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
  if (!user) {
    // A platform administrator in no network has no staff pages: theirs is the platform's.
    if (await platformUser()) redirect('/platform')
    redirect(`/inloggen?terug=${encodeURIComponent(returnTo)}`)
  }
  // The startpage says why: which page, and for whom it is.
  if (!allowed(user)) redirect(`/?geenToegang=${encodeURIComponent(returnTo.split('/')[1] ?? '')}`)
  await takeRenderSlot()
  return user
}

/** A page for some roles only: staff in another role land on the startpage, which says why. */
export const requirePageRole = (page: RestrictedPage): Promise<User> =>
  requireStaff(`/${page}`, restrictedPages[page].allowed)

/** The platform's page: for the platform administrator only; anyone else logs in or lands on the startpage. */
export const requirePlatformAdministrator = async (): Promise<User> => {
  const user = await platformUser()
  if (user) return user
  if (await sessionUser()) redirect('/?geenToegang=platform')
  redirect('/inloggen?terug=%2Fplatform')
}
