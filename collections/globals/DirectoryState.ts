import type { GlobalConfig } from 'payload'

import { isStaff } from '@/access/isStaff'

/**
 * Stamps that change whenever their data changes. Every app process checks them before using what it
 * keeps in memory (the directory's search index, the startpage's slow-changing sections) and reloads
 * when one differs, so all processes serve the same data.
 */
export const DirectoryState: GlobalConfig = {
  slug: 'directory-state',
  label: { nl: 'Wegwijzer-index', en: 'Directory index' },
  admin: { hidden: true },
  access: { read: isStaff, update: () => false },
  fields: [
    { name: 'stamp', type: 'text', defaultValue: 'initial' },
    // What the startpage keeps in memory: its global, the roster, Infopunten, mailboxes, sources, documents (src/startpage/freshness.ts).
    { name: 'startpageStamp', type: 'text', defaultValue: 'initial' },
  ],
}
