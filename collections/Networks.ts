import type { CollectionConfig, Where } from 'payload'

import { isAdministrator } from '@/access/isAdmin'
import { isStaffMember } from '@/access/isStaff'
import { isPlatformAdmin, isPlatformAdministrator } from '@/access/platform'
import { adminGroups } from '@/admin/groups'
import { networkBrandField } from '@/fields/brand'
import { slugField } from '@/fields/slug'
import { networksOf } from '@/networks/current'
import { stampFields } from '@/networks/stamps'
import type { User } from '@/payload-types'
import { networkAdministratorEndpoint, platformFiguresEndpoint } from '@/platform/endpoints'
import { everyNetworkHasAStartpage } from '@/startpage/perNetwork'

/** The networks someone belongs to, as a condition on networks. */
const ownNetworks = (user: User): Where => ({ id: { in: networksOf(user) } })

/**
 * A network of Infopunten ("netwerk"): its Infopunten, staff, roster, directory, registrations and
 * referrals belong to it (src/networks/plugin.ts). Staff see the networks they belong to, their
 * administrators look after them; the platform administrator sees and makes every network (in
 * `/platform`: src/platform) but none of their records.
 */
export const Networks: CollectionConfig = {
  slug: 'networks',
  labels: {
    singular: { nl: 'Netwerk', en: 'Network' },
    plural: { nl: 'Netwerken', en: 'Networks' },
  },
  admin: {
    group: adminGroups.management,
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
    // Everyone reads their network (records name it); only administrators look after it.
    hidden: ({ user }) => !isAdministrator(user) && !isPlatformAdministrator(user as User),
  },
  defaultSort: 'name',
  hooks: { afterChange: [everyNetworkHasAStartpage] },
  endpoints: [platformFiguresEndpoint, networkAdministratorEndpoint],
  // Instead of the multi-tenant plugin's access to networks (useTenantsCollectionAccess: false), which
  // knows no one above the networks.
  access: {
    read: ({ req: { user } }) => isPlatformAdministrator(user) || (isStaffMember(user) && ownNetworks(user!)),
    create: isPlatformAdmin,
    update: ({ req: { user } }) => isPlatformAdministrator(user) || (isAdministrator(user) && ownNetworks(user!)),
    delete: () => false,
  },
  fields: [
    { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' }, required: true, unique: true, maxLength: 100 },
    slugField('name'),
    networkBrandField(),
    ...stampFields(),
  ],
}
