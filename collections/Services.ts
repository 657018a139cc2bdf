import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { adminGroups } from '@/admin/groups'
import { directoryChanged, directoryDeleted } from '@/directory/freshness'
import { contactField } from '@/fields/contact'
import { classificationFields, statusField, warmReferralField } from '@/fields/directory'
import { openingHoursField } from '@/fields/openingHours'
import { serviceDetailsFields, venuesField } from '@/fields/serviceDetails'
import { slugField } from '@/fields/slug'
import { hsdsImportFields } from '@/fields/hsds'
import { updatedByField } from '@/fields/updatedBy'

/**
 * A distinct offer of an organisation (HSDS service), such as Humanitas' Home-Start next to its
 * thuisadministratie: each has its own target groups, themes and way in.
 */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: {
    singular: { nl: 'Dienst', en: 'Service' },
    plural: { nl: 'Diensten', en: 'Services' },
  },
  admin: {
    group: adminGroups.directory,
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'kindOfHelp', 'themes', 'status'],
    listSearchableFields: ['name', 'description'],
  },
  defaultSort: 'name',
  // Every change is kept with who made it (updatedBy), so editors can compare and restore.
  versions: { maxPerDoc: 25 },
  hooks: { afterChange: [directoryChanged], afterDelete: [directoryDeleted] },
  access: contentAccess,
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { nl: 'Algemeen', en: 'General' },
          fields: [
            { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' }, required: true, index: true },
            {
              name: 'organisation',
              type: 'relationship',
              relationTo: 'organisations',
              label: { nl: 'Organisatie', en: 'Organisation' },
              required: true,
              index: true,
            },
            {
              name: 'description',
              type: 'textarea',
              label: { nl: 'Omschrijving', en: 'Description' },
              required: true,
              maxLength: 1000,
            },
            ...classificationFields(),
          ],
        },
        {
          label: { nl: 'Aanbod', en: 'Offer' },
          description: {
            nl: 'Wat een inwoner moet weten voordat je doorverwijst. Zonder eigen openingstijden of locaties gelden die van de organisatie.',
            en: 'What a resident needs to know.',
          },
          fields: [...serviceDetailsFields(), openingHoursField(), venuesField()],
        },
        {
          label: { nl: 'Contact en doorverwijzen', en: 'Contact and referral' },
          fields: [contactField(false), warmReferralField()],
        },
      ],
    },
    slugField('name'),
    statusField(),
    updatedByField(),
    ...hsdsImportFields(),
  ],
}
