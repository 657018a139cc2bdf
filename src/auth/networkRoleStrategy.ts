import { JWTAuthentication, type AuthStrategy } from 'payload'

import { roleInCurrentNetwork } from '@/people/networkRoles'
import type { User } from '@/payload-types'

/**
 * Payload's own session check (the `local-jwt` strategy), with the account's role taken in the network
 * chosen in the switch. Payload's REST handlers read the user with the request, so its `role` already
 * is that network's; the admin's pages read it without one, and would see the first network's role.
 * Runs before Payload's strategy; when nobody is logged in, Payload's runs after it and finds nobody too.
 */
export const networkRoleStrategy: AuthStrategy = {
  name: 'network-role',
  authenticate: async (args) => {
    const result = await JWTAuthentication({ ...args, strategyName: 'local-jwt' })
    if (!result.user) return result
    const user = result.user as unknown as User
    return { ...result, user: { ...result.user, role: roleInCurrentNetwork(user, args.headers) } }
  },
}
