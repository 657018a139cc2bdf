import type { CollectionConfig } from 'payload'

/**
 * A single-use invitation to set one's own password, stored only as a SHA-256 hash of the secret in
 * the link. Reached only through src/people/invitations.ts.
 */
export const Invitations: CollectionConfig = {
  slug: 'invitations',
  labels: {
    singular: { nl: 'Uitnodiging', en: 'Invitation' },
    plural: { nl: 'Uitnodigingen', en: 'Invitations' },
  },
  admin: { hidden: true, useAsTitle: 'createdAt', defaultColumns: ['user', 'expiresAt'] },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'tokenHash', type: 'text', required: true, unique: true },
    { name: 'expiresAt', type: 'date', required: true },
    { name: 'invitedBy', type: 'relationship', relationTo: 'users' },
  ],
}
