import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { adminGroups } from '@/admin/groups'

/**
 * Every import of registrations: who, when, which file, and how many rows were added, already
 * there, or refused. Written by the import endpoint only (Local API); readable by administrators,
 * changeable by nobody.
 */
export const RegistrationImports: CollectionConfig = {
  slug: 'registration-imports',
  labels: {
    singular: { nl: 'Importlog', en: 'Import audit' },
    plural: { nl: 'Importlogboek', en: 'Import audits' },
  },
  admin: {
    group: adminGroups.registration,
    useAsTitle: 'createdAt',
    defaultColumns: ['createdAt', 'user', 'filename', 'added', 'duplicates', 'rejected'],
  },
  defaultSort: '-createdAt',
  access: {
    read: isAdmin,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', label: { nl: 'Door', en: 'By' }, required: true },
    { name: 'filename', type: 'text', label: { nl: 'Bestand', en: 'File' } },
    {
      name: 'format',
      type: 'select',
      label: { nl: 'Formaat', en: 'Format' },
      required: true,
      options: [
        { value: 'csv', label: 'CSV' },
        { value: 'xlsx', label: 'Excel (XLSX)' },
      ],
    },
    { name: 'rowCount', type: 'number', label: { nl: 'Regels gelezen', en: 'Rows read' }, required: true },
    { name: 'added', type: 'number', label: { nl: 'Toegevoegd', en: 'Added' }, required: true },
    { name: 'duplicates', type: 'number', label: { nl: 'Al aanwezig', en: 'Already there' }, required: true },
    { name: 'rejected', type: 'number', label: { nl: 'Met fouten', en: 'Refused' }, required: true },
    { name: 'from', type: 'text', label: { nl: 'Eerste dag', en: 'First day' } },
    { name: 'to', type: 'text', label: { nl: 'Laatste dag', en: 'Last day' } },
  ],
}
