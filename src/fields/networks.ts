import { tenantsArrayField } from '@payloadcms/plugin-multi-tenant/fields'
import type { Field, FieldAccess } from 'payload'

import { roleOptions } from '@/access/roles'
import { idOf, type Relation } from '@/lib/relations'
import { networksOf } from '@/networks/current'

const readsRoleOfRow: FieldAccess = ({ doc, req: { user }, siblingData }) =>
  !user ||
  String(user.id) === String(doc?.id) ||
  networksOf(user)
    .map(String)
    .includes(String(idOf(siblingData?.network as Relation)))

/**
 * The networks an account belongs to (the multi-tenant plugin's list, in Dutch), each with the role held
 * there. Nobody changes the list through the API or the admin: an invitation puts a new colleague in
 * the inviter's network, and the account's "Rol in dit netwerk" sets the role of the current one
 * (src/people/networkRoles.ts).
 */
export const networksField = (): Field => {
  const field = tenantsArrayField({
    tenantsArrayFieldName: 'networks',
    tenantsArrayTenantFieldName: 'network',
    tenantsCollectionSlug: 'networks',
    arrayFieldAccess: { create: () => false, update: () => false },
    rowFields: [
      // Filled in by rolesIntoNetworks before validation: no default, so that a new row takes the account's role.
      {
        name: 'role',
        type: 'select',
        label: { nl: 'Rol', en: 'Role' },
        required: true,
        options: roleOptions,
        // Someone's role in a network is that network's business: others see the roles of their own networks.
        access: { read: readsRoleOfRow },
      },
    ],
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
