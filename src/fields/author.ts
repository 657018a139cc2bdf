import type { RelationshipField } from 'payload'

/**
 * Who made a record, set by the server from the logged-in user and never writable by clients.
 * Server-side callers without a user (the seed, imports) may pass it themselves.
 */
export const authorField = (name: string, label: { nl: string; en: string }): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  label,
  index: true,
  access: { create: () => false, update: () => false },
  hooks: {
    beforeChange: [
      ({ operation, req, value, originalDoc }) =>
        operation === 'create' ? (req.user ? req.user.id : value) : (originalDoc?.[name] ?? value),
    ],
  },
  admin: { position: 'sidebar', readOnly: true },
})
