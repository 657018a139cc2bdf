import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { ClientUser, CollectionSlug, ServerProps, ViewTypes } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { currentNetworkOf, withinCurrentNetwork } from '@/networks/current'
import type { User } from '@/payload-types'

type Props = ServerProps & {
  collectionSlug?: CollectionSlug
  docID?: number | string
  globalSlugs: string[]
  viewType?: ViewTypes
}

/**
 * Opens a one-per-network collection (the startpage) at the current network's document, as the
 * multi-tenant plugin's own redirect means to. Ours because the plugin's trusts the network cookie as it
 * is (a network one is not in would lead to that network's document) and, in this version, misses the
 * account's list of networks when no network has been chosen yet. The network is the one pages use
 * (src/networks/current.ts), and the document is looked up with the user's own access.
 */
export const NetworkGlobalViewRedirect = async ({
  collectionSlug,
  docID,
  globalSlugs,
  payload,
  user,
  viewType,
}: Props) => {
  if (!collectionSlug || !globalSlugs.includes(collectionSlug) || !user) return null
  if (viewType !== 'list' && viewType !== 'document') return null
  // Payload sends a document of a collection hidden from the user back to its list: no redirect there,
  // or the two would send a coordinator back and forth.
  const hidden = payload.collections[collectionSlug]?.config.admin.hidden
  if (hidden === true || (typeof hidden === 'function' && hidden({ user: user as unknown as ClientUser }))) return null
  const requestHeaders = await headers()
  const network = currentNetworkOf(user, requestHeaders)
  if (network === null) return null
  const { docs } = await payload.find({
    collection: collectionSlug,
    where: { network: { equals: network } },
    // Access answers within the user's current network, which a read without the request's cookie would not know.
    user: withinCurrentNetwork(user as User, requestHeaders),
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { network: true },
  })
  const id = docs[0]?.id
  if (id === undefined || (viewType === 'document' && String(docID) === String(id))) return null
  redirect(
    formatAdminURL({
      adminRoute: payload.config.routes.admin,
      path: `/collections/${collectionSlug}/${id}`,
      serverURL: payload.config.serverURL,
    }),
  )
}
