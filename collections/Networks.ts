import type { CollectionConfig } from 'payload'

import { isAdmin, isAdministrator } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { adminGroups } from '@/admin/groups'
import { slugField } from '@/fields/slug'

/**
 * A network of Infopunten ("netwerk"): its Infopunten, staff, roster, directory, registrations and
 * referrals belong to it (src/networks/plugin.ts). Staff see the networks they belong to; new networks
 * come with an installation's first start or its migration, not from the admin.
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
    hidden: ({ user }) => !isAdministrator(user),
  },
  defaultSort: 'name',
  access: {
    read: isStaff,
    create: () => false,
    update: isAdmin,
    delete: () => false,
  },
  fields: [
    { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' }, required: true, unique: true },
    slugField('name'),
  ],
}
