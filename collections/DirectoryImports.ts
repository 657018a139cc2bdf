import type { CollectionConfig } from 'payload'

import { isContentEditor } from '@/access/isContentEditor'
import { adminGroups } from '@/admin/groups'

const count = (name: string, nl: string, en: string) =>
  ({ name, type: 'number', label: { nl, en }, required: true, min: 0 }) as const

/**
 * Every Open Referral (HSDS) import into the directory: who, when, from which file or address, and
 * how many entries were new, changed, unchanged or in conflict, and how many conflicts kept the local
 * version. Written by the import endpoint only (Local API); readable by communications staff and
 * administrators, who import; changeable by nobody.
 */
export const DirectoryImports: CollectionConfig = {
  slug: 'directory-imports',
  labels: {
    singular: { nl: 'Open Referral-import', en: 'Open Referral import' },
    plural: { nl: 'Open Referral-imports', en: 'Open Referral imports' },
  },
  admin: {
    group: adminGroups.directory,
    useAsTitle: 'source',
    defaultColumns: ['createdAt', 'user', 'source', 'created', 'updated', 'unchanged', 'conflicts'],
  },
  defaultSort: '-createdAt',
  access: {
    read: isContentEditor,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', label: { nl: 'Door', en: 'By' }, required: true },
    {
      name: 'sourceKind',
      type: 'select',
      label: { nl: 'Bron', en: 'Source kind' },
      required: true,
      options: [
        { value: 'package', label: { nl: 'Datapakket (zip)', en: 'Data package (zip)' } },
        { value: 'api', label: { nl: 'HSDS-API', en: 'HSDS API' } },
      ],
    },
    { name: 'source', type: 'text', label: { nl: 'Bestand of adres', en: 'File or address' }, required: true },
    count('created', 'Nieuw', 'New'),
    count('updated', 'Gewijzigd', 'Changed'),
    count('unchanged', 'Ongewijzigd', 'Unchanged'),
    count('conflicts', 'Conflicten', 'Conflicts'),
    count('overwritten', 'Conflicten overschreven', 'Conflicts overwritten'),
    count('kept', 'Lokale versie behouden', 'Local version kept'),
  ],
}
