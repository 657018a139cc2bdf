import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isContentEditor, isContentEditorField } from '@/access/isContentEditor'
import { isStaff } from '@/access/isStaff'
import { ownOrEditor } from '@/access/ownOrEditor'
import { adminGroups } from '@/admin/groups'
import { authorField } from '@/fields/author'

import { stampResolution } from './hooks/stampResolution'

export const reportKindOptions = [
  { value: 'phone', label: { nl: 'Telefoonnummer', en: 'Phone number' } },
  { value: 'address', label: { nl: 'Adres', en: 'Address' } },
  { value: 'hours', label: { nl: 'Openingstijden', en: 'Opening hours' } },
  { value: 'other', label: { nl: 'Iets anders', en: 'Something else' } },
]

/** "Onjuiste informatie melden": a desk worker flags wrong details; communications staff resolve it. */
export const IncorrectInfoReports: CollectionConfig = {
  slug: 'incorrect-info-reports',
  labels: {
    singular: { nl: 'Melding onjuiste informatie', en: 'Incorrect information report' },
    plural: { nl: 'Meldingen onjuiste informatie', en: 'Incorrect information reports' },
  },
  admin: {
    group: adminGroups.directory,
    // The kind is a code (its label is not used in titles) and the note is optional: known by its date.
    useAsTitle: 'createdAt',
    defaultColumns: ['organisation', 'kind', 'note', 'status', 'reportedBy', 'createdAt'],
    listSearchableFields: ['note'],
  },
  defaultSort: '-createdAt',
  access: {
    create: isStaff,
    read: ownOrEditor,
    update: isContentEditor,
    delete: isAdmin,
  },
  hooks: { beforeChange: [stampResolution] },
  fields: [
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: { nl: 'Organisatie', en: 'Organisation' },
      required: true,
      index: true,
      // The network's own, or a regional one it offers (src/networks/regionalRelations.ts).
      custom: { choose: 'inView' },
    },
    {
      name: 'kind',
      type: 'select',
      label: { nl: 'Wat klopt er niet', en: 'What is wrong' },
      required: true,
      options: reportKindOptions,
    },
    {
      name: 'note',
      type: 'textarea',
      label: { nl: 'Toelichting', en: 'Note' },
      maxLength: 1000,
      validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.kind === 'other' && !value?.trim() ? 'Beschrijf kort wat er niet klopt.' : true,
    },
    {
      name: 'status',
      type: 'select',
      label: { nl: 'Status', en: 'Status' },
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { value: 'open', label: { nl: 'Open', en: 'Open' } },
        { value: 'resolved', label: { nl: 'Afgehandeld', en: 'Resolved' } },
      ],
      access: { create: () => false, update: isContentEditorField },
      admin: { position: 'sidebar' },
    },
    authorField('reportedBy', { nl: 'Gemeld door', en: 'Reported by' }),
    {
      name: 'resolvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { nl: 'Afgehandeld door', en: 'Resolved by' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'resolvedAt',
      type: 'date',
      label: { nl: 'Afgehandeld op', en: 'Resolved at' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
