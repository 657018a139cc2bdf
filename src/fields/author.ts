import type { FieldHook, RelationshipField, TypeWithID } from 'payload'

import type { Relation } from '@/lib/relations'

/**
 * Who made a record, set by the server from the logged-in user and never writable by clients.
 * Server-side callers without a user (the seed, imports) may pass it themselves.
 */
const keepAuthor =
  (name: string): FieldHook<TypeWithID & Record<string, Relation | null | undefined>, Relation | null | undefined> =>
  ({ operation, req, value, originalDoc }) =>
    operation === 'create' ? (req.user ? req.user.id : value) : (originalDoc?.[name] ?? value)

export const authorField = (name: string, label: { nl: string; en: string }): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  label,
  index: true,
  access: { create: () => false, update: () => false },
  hooks: { beforeChange: [keepAuthor(name)] },
  admin: { position: 'sidebar', readOnly: true },
})
