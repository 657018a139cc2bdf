import type { Payload } from 'payload'

import { pointOf, type Point } from '@/lib/geo'
import { idOf } from '@/lib/relations'
import type { Location, User } from '@/payload-types'

/** The desk worker's own Infopunt with its coordinates, the point the Wegwijzer measures distance from. */
export const deskOrigin = async (
  payload: Payload,
  user: User,
): Promise<{ name: string; point: Point | null } | null> => {
  const id = idOf(user.defaultLocation)
  if (!id) return null
  const location = (await payload
    .findByID({ collection: 'locations', id, depth: 0, select: { name: true, address: true } })
    .catch(() => null)) as Pick<Location, 'name' | 'address'> | null
  return location ? { name: location.name, point: pointOf(location.address) } : null
}
