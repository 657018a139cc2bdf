import type { CollectionConfig } from 'payload'

/**
 * The secret behind a user's calendar feed URLs, stored only as a SHA-256 hash. One per user:
 * issuing a new one replaces (and so revokes) the old. Reached only through src/roster/calendarTokens.
 */
export const CalendarFeedTokens: CollectionConfig = {
  slug: 'calendar-feed-tokens',
  labels: {
    singular: { nl: 'Agendakoppeling', en: 'Calendar feed token' },
    plural: { nl: 'Agendakoppelingen', en: 'Calendar feed tokens' },
  },
  admin: { hidden: true, useAsTitle: 'createdAt', defaultColumns: ['user', 'createdAt'] },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      label: { nl: 'Gebruiker', en: 'User' },
    },
    {
      name: 'tokenHash',
      type: 'text',
      required: true,
      unique: true,
      label: { nl: 'Sleutel (hash)', en: 'Token hash' },
    },
  ],
}
