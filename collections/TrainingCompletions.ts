import type { CollectionConfig } from 'payload'

import { isRosterManager } from '@/access/isRosterManager'
import { canReadCompletions } from '@/access/trainings'
import { adminGroups } from '@/admin/groups'
import { updatedByField } from '@/fields/updatedBy'
import { localParts } from '@/lib/localTime'
import { startpageContentHooks } from '@/startpage/freshness'

/** One staff member completed one training on a date: kept by coordinators and administrators. */
export const TrainingCompletions: CollectionConfig = {
  slug: 'training-completions',
  labels: {
    singular: { nl: 'Gevolgde training', en: 'Training completion' },
    plural: { nl: 'Gevolgde trainingen', en: 'Training completions' },
  },
  admin: {
    group: adminGroups.infopunten,
    defaultColumns: ['user', 'training', 'completedOn'],
  },
  defaultSort: '-completedOn',
  // The startpage marks who is in training: a completion renews it.
  hooks: startpageContentHooks,
  access: {
    read: canReadCompletions,
    create: isRosterManager,
    update: isRosterManager,
    delete: isRosterManager,
  },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: { nl: 'Medewerker', en: 'Staff member' },
      required: true,
      index: true,
    },
    {
      name: 'training',
      type: 'relationship',
      relationTo: 'trainings',
      label: { nl: 'Training', en: 'Training' },
      required: true,
      index: true,
    },
    {
      name: 'completedOn',
      type: 'date',
      label: { nl: 'Gevolgd op', en: 'Completed on' },
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
      validate: (value: Date | string | null | undefined) => {
        if (!value) return 'Vul in wanneer de training is gevolgd.'
        const date = new Date(value)
        if (Number.isNaN(date.getTime())) return 'Vul een geldige datum in.'
        if (localParts(date).date > localParts(new Date()).date)
          return 'Een training kan niet in de toekomst gevolgd zijn.'
        return true
      },
    },
    {
      name: 'note',
      type: 'text',
      label: { nl: 'Opmerking', en: 'Note' },
      admin: { description: { nl: 'Bijvoorbeeld waar het certificaat ligt.', en: 'E.g. where the certificate is.' } },
    },
    updatedByField(),
  ],
}
