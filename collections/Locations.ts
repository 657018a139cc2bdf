import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { adminGroups } from '@/admin/groups'
import { addressField } from '@/fields/address'
import { openingHoursField } from '@/fields/openingHours'
import { updatedByField } from '@/fields/updatedBy'
import { startpageContentHooks } from '@/startpage/freshness'

/** An Infopunt: a physical desk in a community centre or library. */
export const Locations: CollectionConfig = {
  slug: 'locations',
  labels: {
    singular: { nl: 'Infopunt', en: 'Information desk' },
    plural: { nl: 'Infopunten', en: 'Information desks' },
  },
  admin: {
    group: adminGroups.infopunten,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kern', 'municipality', 'venue'],
    listSearchableFields: ['name', 'kern', 'municipality', 'venue'],
  },
  defaultSort: 'name',
  access: contentAccess,
  // The startpage keeps Infopunten and mailboxes in memory; a change sets its stamp.
  hooks: startpageContentHooks,
  versions: { maxPerDoc: 25 },
  fields: [
    { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' }, required: true, unique: true },
    {
      type: 'row',
      fields: [
        {
          name: 'kern',
          type: 'text',
          label: { nl: 'Kern', en: 'Village' },
          required: true,
          index: true,
          admin: { width: '50%' },
        },
        {
          name: 'municipality',
          type: 'text',
          label: { nl: 'Gemeente', en: 'Municipality' },
          required: true,
          index: true,
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'venue',
      type: 'text',
      label: { nl: 'Gebouw', en: 'Venue' },
      admin: { description: { nl: 'Bijvoorbeeld Kulturhus de Spil.', en: 'E.g. the community centre.' } },
    },
    addressField(),
    openingHoursField(),
    {
      name: 'coordinators',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { nl: 'Infopuntcoördinatoren', en: 'Coordinators' },
      filterOptions: { role: { equals: 'coordinator' } },
    },
    {
      name: 'referralMailboxes',
      type: 'join',
      collection: 'referral-mailboxes',
      on: 'location',
      label: { nl: 'Verwijsmailbox', en: 'Referral mailbox' },
    },
    updatedByField(),
  ],
}
