import type { GlobalConfig } from 'payload'

import { isStaff } from '@/access/isStaff'

/**
 * A stamp that changes whenever the directory changes. Every app process checks it before a search
 * and rebuilds its in-memory index when it differs, so all processes serve the same data.
 */
export const DirectoryState: GlobalConfig = {
  slug: 'directory-state',
  label: { nl: 'Wegwijzer-index', en: 'Directory index' },
  admin: { hidden: true },
  access: { read: isStaff, update: () => false },
  fields: [{ name: 'stamp', type: 'text', defaultValue: 'initial' }],
}
