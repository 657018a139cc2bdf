import type { CollectionConfig } from 'payload'

import { isContentEditor } from './isContentEditor'
import { isStaff } from './isStaff'

/** Content collections: every staff member reads, communications staff and administrators edit and see the history. */
export const contentAccess: CollectionConfig['access'] = {
  read: isStaff,
  create: isContentEditor,
  update: isContentEditor,
  delete: isContentEditor,
  readVersions: isContentEditor,
}
