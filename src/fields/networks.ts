import { tenantsArrayField } from '@payloadcms/plugin-multi-tenant/fields'
import type { Field } from 'payload'

/**
 * The networks an account belongs to (the multi-tenant plugin's list, in Dutch). Nobody changes it
 * through the API or the admin: an invitation puts a new colleague in the inviter's network.
 */
export const networksField = (): Field => {
  const field = tenantsArrayField({
    tenantsArrayFieldName: 'networks',
    tenantsArrayTenantFieldName: 'network',
    tenantsCollectionSlug: 'networks',
    arrayFieldAccess: { create: () => false, update: () => false },
  })
  return {
    ...field,
    label: { nl: 'Netwerken', en: 'Networks' },
    labels: { singular: { nl: 'Netwerk', en: 'Network' }, plural: { nl: 'Netwerken', en: 'Networks' } },
    admin: { position: 'sidebar', readOnly: true },
    fields: field.fields.map((row) =>
      'name' in row && row.name === 'network' ? { ...row, label: { nl: 'Netwerk', en: 'Network' } } : row,
    ) as typeof field.fields,
  }
}
