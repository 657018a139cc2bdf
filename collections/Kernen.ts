import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { adminGroups } from '@/admin/groups'
import { infopuntenFollowTheirKern, keptWhileUsed } from '@/area/hooks'
import { placeNameField } from '@/fields/placeName'
import { updatedByField } from '@/fields/updatedBy'

/** A kern: a village or town of a municipality, where an Infopunt stands. */
export const Kernen: CollectionConfig = {
  slug: 'kernen',
  labels: {
    singular: { nl: 'Kern', en: 'Village' },
    plural: { nl: 'Kernen', en: 'Villages' },
  },
  admin: {
    group: adminGroups.infopunten,
    useAsTitle: 'name',
    defaultColumns: ['name', 'municipality'],
    listSearchableFields: ['name'],
  },
  defaultSort: 'name',
  typescript: { interface: 'Kern' },
  access: contentAccess,
  hooks: {
    afterChange: [infopuntenFollowTheirKern],
    beforeDelete: [
      keptWhileUsed([
        {
          collection: 'locations',
          field: 'kern',
          refusal: (count) =>
            `Verwijderen kan niet: in deze kern ${count === 1 ? 'staat nog een Infopunt' : `staan nog ${count} Infopunten`}.`,
        },
      ]),
    ],
  },
  fields: [
    placeNameField('kernen', 'municipality', 'Deze kern bestaat al in deze gemeente.'),
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      label: { nl: 'Gemeente', en: 'Municipality' },
      required: true,
      index: true,
    },
    updatedByField(),
  ],
}
