import type { Access } from 'payload'

import type { User } from '@/payload-types'

/**
 * The platform administrator looks after the installation's networks and their first administrators,
 * and sees figures across networks only in aggregate. The account belongs to no network, so it holds
 * no role and reads no network's records (src/access/roles.ts, the multi-tenant plugin).
 */
export const isPlatformAdministrator = (user: Pick<User, 'active' | 'platformAdministrator'> | null | undefined) =>
  Boolean(user && user.active !== false && user.platformAdministrator === true)

export const isPlatformAdmin: Access = ({ req: { user } }) => isPlatformAdministrator(user as User | null)
