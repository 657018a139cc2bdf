import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { canReadReferrals } from '@/access/referrals'
import { adminGroups } from '@/admin/groups'

/**
 * That a warm referral was made, and by whom: never its message, which may describe the resident.
 * Written by the referral endpoint only.
 */
export const Referrals: CollectionConfig = {
  slug: 'referrals',
  labels: {
    singular: { nl: 'Doorverwijzing', en: 'Referral' },
    plural: { nl: 'Doorverwijzingen', en: 'Referrals' },
  },
  admin: {
    group: adminGroups.registration,
    // Nothing in a referral names it (no resident data, no message): it is known by when it was made.
    useAsTitle: 'createdAt',
    defaultColumns: ['createdAt', 'organisation', 'mailbox', 'method', 'referredBy'],
  },
  defaultSort: '-createdAt',
  access: {
    create: () => false,
    read: canReadReferrals,
    update: () => false,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      label: { nl: 'Organisatie', en: 'Organisation' },
    },
    {
      name: 'mailbox',
      type: 'relationship',
      relationTo: 'referral-mailboxes',
      label: { nl: 'Verwijsmailbox', en: 'Referral mailbox' },
    },
    {
      name: 'method',
      type: 'select',
      required: true,
      label: { nl: 'Hoe', en: 'How' },
      options: [
        { value: 'email', label: { nl: 'Verstuurd door Infopunt', en: 'Sent by Infopunt' } },
        { value: 'mailto', label: { nl: 'Opgesteld in het e-mailprogramma', en: 'Composed in the mail client' } },
      ],
    },
    { name: 'referredBy', type: 'relationship', relationTo: 'users', required: true, label: { nl: 'Door', en: 'By' } },
  ],
}
