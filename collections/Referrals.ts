import type { CollectionConfig } from 'payload'

import { dayAndTime } from '@/fields/dayAndTime'
import { isAdmin } from '@/access/isAdmin'
import { canReadReferrals } from '@/access/referrals'
import { adminGroups } from '@/admin/groups'
import { answerEndpoint, cardEndpoint, followUpEndpoint } from '@/referrals/endpoint'
import { outcomeReasonOptions, referralStatusOptions } from '@/referrals/status'

const whoOptions = [
  { value: 'organisation', label: { nl: 'De organisatie', en: 'The organisation' } },
  { value: 'desk', label: { nl: 'De baliemedewerker', en: 'The desk worker' } },
  { value: 'system', label: { nl: 'Infopunt', en: 'Infopunt' } },
]

/**
 * A warm referral and what became of it: its code, the organisation, the Infopunt, the desk worker,
 * times and status history. Never the message or anything else about the resident. Written by the
 * referral endpoints only (src/referrals/).
 */
export const Referrals: CollectionConfig = {
  slug: 'referrals',
  labels: {
    singular: { nl: 'Doorverwijzing', en: 'Referral' },
    plural: { nl: 'Doorverwijzingen', en: 'Referrals' },
  },
  admin: {
    group: adminGroups.registration,
    useAsTitle: 'code',
    defaultColumns: ['code', 'createdAt', 'organisation', 'status', 'method', 'referredBy'],
  },
  defaultSort: '-createdAt',
  // Before the default endpoints, so /answer is not read as an id.
  endpoints: [answerEndpoint, followUpEndpoint, cardEndpoint],
  access: {
    create: () => false,
    read: canReadReferrals,
    update: () => false,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: { nl: 'Verwijscode', en: 'Referral code' },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      index: true,
      label: { nl: 'Organisatie', en: 'Organisation' },
      // The network's own, or a regional one it offers (src/networks/regionalRelations.ts).
      custom: { choose: 'inView' },
    },
    {
      name: 'location',
      type: 'relationship',
      relationTo: 'locations',
      index: true,
      label: { nl: 'Infopunt', en: 'Information desk' },
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
        { value: 'phone', label: { nl: 'Telefonisch', en: 'By phone' } },
      ],
    },
    { name: 'referredBy', type: 'relationship', relationTo: 'users', required: true, label: { nl: 'Door', en: 'By' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'sent',
      index: true,
      label: { nl: 'Stand', en: 'Status' },
      options: referralStatusOptions,
    },
    {
      name: 'outcomeReason',
      type: 'select',
      label: { nl: 'Reden niet gelukt', en: 'Reason not completed' },
      options: outcomeReasonOptions,
      admin: { condition: (data) => data?.status === 'not-completed' },
    },
    {
      name: 'firstAnswerAt',
      type: 'date',
      label: { nl: 'Eerste antwoord', en: 'First answer' },
      admin: { date: dayAndTime() },
    },
    {
      name: 'reminderSentAt',
      type: 'date',
      label: { nl: 'Herinnering verstuurd', en: 'Reminder sent' },
      admin: { date: dayAndTime() },
    },
    {
      name: 'history',
      type: 'array',
      label: { nl: 'Verloop', en: 'History' },
      labels: { singular: { nl: 'Stap', en: 'Step' }, plural: { nl: 'Stappen', en: 'Steps' } },
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          options: referralStatusOptions,
          label: { nl: 'Stand', en: 'Status' },
        },
        {
          name: 'at',
          type: 'date',
          required: true,
          label: { nl: 'Wanneer', en: 'When' },
          admin: { date: dayAndTime() },
        },
        { name: 'by', type: 'select', required: true, options: whoOptions, label: { nl: 'Door', en: 'By' } },
      ],
    },
  ],
}
