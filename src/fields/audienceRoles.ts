import type { SelectField } from 'payload'

import { roleOptions, roles } from '@/access/roles'

/** Which roles a source or document is meant for; read access follows it (see access/audience). */
export const audienceRolesField = (): SelectField => ({
  name: 'audienceRoles',
  type: 'select',
  hasMany: true,
  required: true,
  label: { nl: 'Zichtbaar voor', en: 'Visible to' },
  options: roleOptions,
  defaultValue: [...roles],
  admin: { position: 'sidebar' },
})
