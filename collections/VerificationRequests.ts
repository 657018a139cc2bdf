import type { CollectionConfig } from 'payload'

import { isContentEditor } from '@/access/isContentEditor'
import { adminGroups } from '@/admin/groups'

/**
 * One "Kloppen uw gegevens nog?" e-mail: which organisation, when its link expires, whether the mail
 * was delivered and how the organisation answered. The link's secret is stored only as a SHA-256
 * hash (src/lib/linkTokens.ts). Written only by src/directory/verification; staff read it.
 */
export const VerificationRequests: CollectionConfig = {
  slug: 'verification-requests',
  labels: {
    singular: { nl: 'Controleverzoek', en: 'Verification request' },
    plural: { nl: 'Controleverzoeken', en: 'Verification requests' },
  },
  admin: {
    group: adminGroups.directory,
    useAsTitle: 'createdAt',
    defaultColumns: ['organisation', 'createdAt', 'delivery', 'outcome', 'usedAt', 'expiresAt'],
  },
  defaultSort: '-createdAt',
  access: { read: isContentEditor, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: { nl: 'Organisatie', en: 'Organisation' },
      required: true,
      index: true,
    },
    {
      // What the link may do; a link made for one purpose opens nothing else.
      name: 'purpose',
      type: 'select',
      label: { nl: 'Doel', en: 'Purpose' },
      required: true,
      options: [{ value: 'verify-organisation', label: { nl: 'Gegevens controleren', en: 'Verify details' } }],
    },
    {
      name: 'tokenHash',
      type: 'text',
      required: true,
      unique: true,
      access: { read: () => false },
      admin: { hidden: true },
    },
    { name: 'expiresAt', type: 'date', label: { nl: 'Link verloopt op', en: 'Link expires' }, required: true },
    { name: 'usedAt', type: 'date', label: { nl: 'Beantwoord op', en: 'Answered' } },
    {
      name: 'delivery',
      type: 'select',
      label: { nl: 'Bezorging', en: 'Delivery' },
      required: true,
      defaultValue: 'sent',
      options: [
        { value: 'sent', label: { nl: 'Verstuurd', en: 'Sent' } },
        { value: 'bounced', label: { nl: 'Niet bezorgd (geweigerd)', en: 'Bounced' } },
      ],
    },
    {
      name: 'outcome',
      type: 'select',
      label: { nl: 'Antwoord', en: 'Answer' },
      options: [
        { value: 'confirmed', label: { nl: 'Alles klopt', en: 'Confirmed' } },
        { value: 'proposed', label: { nl: 'Wijziging voorgesteld', en: 'Change proposed' } },
      ],
    },
  ],
}
