import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { adminGroups } from '@/admin/groups'
import { keptWhileUsed } from '@/area/hooks'
import { placeNameField } from '@/fields/placeName'
import { updatedByField } from '@/fields/updatedBy'

/** A municipality of the network's area: its Infopunten are counted per municipality for the council. */
export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  labels: {
    singular: { nl: 'Gemeente', en: 'Municipality' },
    plural: { nl: 'Gemeenten', en: 'Municipalities' },
  },
  admin: {
    group: adminGroups.infopunten,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kernen'],
    listSearchableFields: ['name'],
  },
  defaultSort: 'name',
  access: contentAccess,
  hooks: {
    beforeDelete: [
      keptWhileUsed([
        {
          collection: 'kernen',
          field: 'municipality',
          refusal: (count) =>
            `Verwijderen kan niet: deze gemeente heeft nog ${count === 1 ? 'een kern' : `${count} kernen`}.`,
        },
      ]),
    ],
  },
  fields: [
    placeNameField('municipalities', 'network', 'Deze gemeente bestaat al in je netwerk.'),
    {
      name: 'kernen',
      type: 'join',
      collection: 'kernen',
      on: 'municipality',
      label: { nl: 'Kernen', en: 'Villages' },
      // A kern is added under Kernen or from an Infopunt, where the rights to make one are checked.
      admin: { allowCreate: false, defaultColumns: ['name'] },
    },
    updatedByField(),
  ],
}
