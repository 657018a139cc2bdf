import type { CollectionConfig } from 'payload'

import { isRosterManager } from '@/access/isRosterManager'
import { isStaff } from '@/access/isStaff'
import { adminGroups } from '@/admin/groups'
import { nameWithinNetworkField, namedPerNetwork } from '@/fields/nameWithinNetwork'
import { updatedByField } from '@/fields/updatedBy'
import { trainingOverviewExportEndpoint } from '@/trainings/endpoints'
import { startpageContentHooks } from '@/startpage/freshness'
import { deleteCompletionsOfTraining } from '@/trainings/hooks'

/** A training every desk worker follows (or may follow), e.g. "Vraagverheldering" by MEE IJsseloevers. */
export const Trainings: CollectionConfig = {
  slug: 'trainings',
  labels: {
    singular: { nl: 'Training', en: 'Training' },
    plural: { nl: 'Trainingen', en: 'Trainings' },
  },
  admin: {
    group: adminGroups.infopunten,
    useAsTitle: 'name',
    defaultColumns: ['name', 'provider', 'required', 'validityMonths'],
  },
  defaultSort: 'name',
  indexes: namedPerNetwork,
  endpoints: [trainingOverviewExportEndpoint],
  // The startpage marks who is in training: a change of the network's trainings renews it.
  hooks: { ...startpageContentHooks, beforeDelete: [deleteCompletionsOfTraining] },
  access: {
    read: isStaff,
    create: isRosterManager,
    update: isRosterManager,
    delete: isRosterManager,
  },
  fields: [
    nameWithinNetworkField('trainings', 'Dit netwerk heeft al een training met deze naam.'),
    {
      name: 'provider',
      type: 'relationship',
      relationTo: 'organisations',
      label: { nl: 'Aanbieder', en: 'Provider' },
      admin: {
        description: { nl: 'De organisatie uit de Wegwijzer die de training geeft.', en: 'From the directory.' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'required',
          type: 'checkbox',
          label: { nl: 'Verplicht voor baliemedewerkers', en: 'Required for desk staff' },
          defaultValue: true,
          admin: {
            width: '50%',
            description: {
              nl: 'Wie een verplichte training nog niet heeft gevolgd, staat als "in opleiding".',
              en: 'Staff without it are in training.',
            },
          },
        },
        {
          name: 'validityMonths',
          type: 'number',
          label: { nl: 'Geldig (maanden)', en: 'Valid for (months)' },
          min: 1,
          max: 120,
          admin: {
            width: '50%',
            step: 1,
            description: { nl: 'Leeg: blijft altijd geldig.', en: 'Empty: valid for good.' },
          },
        },
      ],
    },
    { name: 'description', type: 'textarea', label: { nl: 'Omschrijving', en: 'Description' } },
    updatedByField(),
  ],
}
