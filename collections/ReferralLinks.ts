import type { CollectionConfig } from 'payload'

/**
 * The signed links in the e-mails to organisations, stored only as hashes of their tokens
 * (src/lib/linkTokens.ts): one purpose, one referral, an expiry and when it was used. Nobody reads
 * or writes them through the API; src/referrals/links.ts does, with access overridden.
 */
export const ReferralLinks: CollectionConfig = {
  slug: 'referral-links',
  labels: {
    singular: { nl: 'Verwijslink', en: 'Referral link' },
    plural: { nl: 'Verwijslinks', en: 'Referral links' },
  },
  admin: { hidden: true },
  access: { create: () => false, read: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'hash', type: 'text', required: true, unique: true },
    {
      name: 'purpose',
      type: 'select',
      required: true,
      options: [
        { value: 'received', label: { nl: 'Ontvangen', en: 'Received' } },
        { value: 'outcome', label: { nl: 'Contact gehad / afgerond', en: 'Contact / outcome' } },
      ],
    },
    { name: 'referral', type: 'relationship', relationTo: 'referrals', required: true, index: true },
    { name: 'expiresAt', type: 'date', required: true },
    { name: 'usedAt', type: 'date' },
  ],
}
