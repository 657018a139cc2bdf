import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { hasRole } from '@/access/roles'
import { safeReturnPath } from '@/auth/safeReturnPath'
import { getPayloadClient } from '@/payloadClient'

export const dynamic = 'force-dynamic'

/**
 * Preview of unpublished content (the admin's live preview and preview buttons): only for
 * communications staff and administrators, who then see drafts until they close the preview.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const target = safeReturnPath(url.searchParams.get('pad'))
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(`/voorbeeld?pad=${encodeURIComponent(target)}`)}`)
  if (!hasRole(user, 'beheerder', 'communicatie'))
    return new Response('Alleen communicatiemedewerkers en beheerders kunnen een voorbeeld bekijken.', { status: 403 })
  ;(await draftMode()).enable()
  redirect(target)
}
