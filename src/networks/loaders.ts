import { headers } from 'next/headers'

import { sessionUser } from '@/auth/currentUser'
import { getPayloadClient } from '@/payloadClient'

import { currentNetworkOf, networksOf } from './current'

/** The header's network switch: the networks of someone in more than one, and the current one; else null. */
export const loadNetworkSwitch = async () => {
  const user = await sessionUser()
  if (!user || networksOf(user).length < 2) return null
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'networks',
    where: { id: { in: networksOf(user) } },
    user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true },
  })
  return {
    current: String(currentNetworkOf(user, await headers())),
    networks: docs.map((network) => ({ id: String(network.id), name: network.name })),
  }
}
