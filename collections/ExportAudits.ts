import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { adminGroups } from '@/admin/groups'

/**
 * Every export of registrations: who, when, which filter, which format and how many rows. Written
 * by the export endpoint only (Local API); readable by administrators, changeable by nobody.
 */
export const ExportAudits: CollectionConfig = {
  slug: 'export-audits',
  labels: {
    singular: { nl: 'Exportlog', en: 'Export audit' },
    plural: { nl: 'Exportlogboek', en: 'Export audits' },
  },
  admin: {
    group: adminGroups.registration,
    useAsTitle: 'createdAt',
    defaultColumns: ['createdAt', 'user', 'format', 'from', 'to', 'rowCount'],
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
    { name: 'from', type: 'text', label: { nl: 'Van', en: 'From' }, required: true },
    { name: 'to', type: 'text', label: { nl: 'Tot en met', en: 'To' }, required: true },
    { name: 'location', type: 'relationship', relationTo: 'locations', label: { nl: 'Infopunt', en: 'Desk' } },
    { name: 'municipality', type: 'text', label: { nl: 'Gemeente', en: 'Municipality' } },
    { name: 'rowCount', type: 'number', label: { nl: 'Aantal rijen', en: 'Rows' }, required: true },
    {
      name: 'completed',
      type: 'checkbox',
      label: { nl: 'Volledig verstuurd', en: 'Completed' },
      defaultValue: true,
    },
  ],
}
