import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { adminGroups } from '@/admin/groups'
import { updatedByField } from '@/fields/updatedBy'
import { startpageContentHooks } from '@/startpage/freshness'

/** The e-mail address an Infopunt uses to refer residents warmly to partner organisations. */
export const ReferralMailboxes: CollectionConfig = {
  slug: 'referral-mailboxes',
  labels: {
    singular: { nl: 'Verwijsmailbox', en: 'Referral mailbox' },
    plural: { nl: 'Verwijsmailboxen', en: 'Referral mailboxes' },
  },
  admin: {
    group: adminGroups.infopunten,
    useAsTitle: 'email',
    defaultColumns: ['email', 'location', 'monitoredBy'],
    listSearchableFields: ['email', 'purpose'],
  },
  access: contentAccess,
  // The startpage keeps Infopunten and mailboxes in memory; a change sets its stamp.
  hooks: startpageContentHooks,
  versions: { maxPerDoc: 25 },
  fields: [
    {
      name: 'email',
      type: 'email',
      label: { nl: 'E-mailadres', en: 'E-mail address' },
      required: true,
      unique: true,
      // Mail systems ignore case in practice, so the unique index must too.
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)] },
    },
    {
      name: 'location',
      type: 'relationship',
      relationTo: 'locations',
      label: { nl: 'Infopunt', en: 'Information desk' },
      required: true,
      index: true,
    },
    {
      name: 'purpose',
      type: 'textarea',
      label: { nl: 'Waarvoor gebruikt', en: 'Used for' },
      admin: {
        description: {
          nl: 'Bijvoorbeeld: warme doorverwijzingen naar partners en terugkoppeling van partners.',
          en: 'What this mailbox is used for.',
        },
      },
    },
    {
      name: 'monitoredBy',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { nl: 'Gelezen door', en: 'Monitored by' },
    },
    {
      // The local date of the last daily digest of open referrals (src/referrals/reminders.ts), so a
      // second run on one day sends none.
      name: 'digestSentOn',
      type: 'text',
      label: { nl: 'Laatste dagoverzicht', en: 'Last digest' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    updatedByField(),
  ],
}
