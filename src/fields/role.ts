import type { Field, FieldHook } from 'payload'

import { isAdminField } from '@/access/isAdmin'
import { roleOptions, roles, type Role } from '@/access/roles'
import { roleAsSeenBy } from '@/people/networkRoles'
import type { User } from '@/payload-types'

const roleAsRead: FieldHook<User> = ({ req, siblingData }) => roleAsSeenBy(req, siblingData as User)

/**
 * An account's role in the current network. Kept per network, in the account's list of networks (see
 * `networksField`); this field reads and sets the one of the network being worked in, so that access
 * rules, the admin and the pages ask `user.role` as before.
 */
export const roleField = (): Field => ({
  name: 'role',
  type: 'select',
  virtual: true,
  label: { nl: 'Rol in dit netwerk', en: 'Role in this network' },
  options: roleOptions,
  validate: (value: unknown, { req }: { req: { t: (key: 'validation:invalidSelection') => string } }) =>
    value === null || value === undefined || roles.includes(value as Role)
      ? true
      : req.t('validation:invalidSelection'),
  // Only administrators hand out roles, in their own network: nobody can promote themselves.
  access: { create: isAdminField, update: isAdminField },
  hooks: { afterRead: [roleAsRead] },
  admin: {
    position: 'sidebar',
    // Virtual fields are read-only in the admin unless said otherwise; the access above decides.
    readOnly: false,
    // Someone always holds a role in a network: an emptied choice would be saved as no change at all.
    isClearable: false,
    description: {
      nl: 'De rol in het netwerk waarin je nu werkt. In een ander netwerk kan deze persoon een andere rol hebben.',
      en: 'The role in the network you are working in now.',
    },
  },
})
