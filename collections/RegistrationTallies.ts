import type { CollectionConfig } from 'payload'

import { tallyDimensions } from '@/registrations/tallies'

/**
 * Running counts of registrations per Dutch local day, Infopunt and one value of one dimension
 * (answer type, theme, domain, age band, referred organisation), and the same per month, so a
 * report reads a few hundred small rows instead of counting registrations per group. Kept by the
 * registrations' own hooks in the same write (src/registrations/tallies.ts); nobody reads or writes
 * them over the API.
 */
export const RegistrationTallies: CollectionConfig = {
  slug: 'registration-tallies',
  labels: {
    singular: { nl: 'Telling', en: 'Tally' },
    plural: { nl: 'Tellingen', en: 'Tallies' },
  },
  admin: { hidden: true },
  access: {
    read: () => false,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  timestamps: false,
  // A report reads one network's Infopunten for a period: by Infopunt first, then by day, so it does
  // not step over the days of every other network's Infopunten.
  indexes: [{ fields: ['location', 'day'] }],
  fields: [
    // day|location|dimension|value: the row one registration's count goes to, unique so that two
    // first registrations of a day cannot make two rows.
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    // The local day (YYYY-MM-DD), or the month (YYYY-MM) for a month's tally.
    { name: 'day', type: 'text', required: true, index: true },
    // The Infopunt's id as text: derived data, kept without a foreign key so it never blocks a delete.
    { name: 'location', type: 'text', required: true },
    { name: 'dimension', type: 'select', required: true, options: [...tallyDimensions] },
    { name: 'value', type: 'text', required: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
  ],
}
