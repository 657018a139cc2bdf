import type { Payload } from 'payload'

import type { LocationsSelect, User } from '@/payload-types'

/**
 * The Infopunten this user may see and choose, by name: the pickers on the registration, report,
 * roster and calendar screens and the startpage's desks. `select` names the fields beside the id.
 */
export const findUserLocations = async <S extends LocationsSelect<true>>(
  payload: Payload,
  user: User | null | undefined,
  select: S,
) => {
  const { docs } = await payload.find({
    collection: 'locations',
    user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'name',
    select,
  })
  return docs
}
