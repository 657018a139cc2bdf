import type { FieldHook, RelationshipField, TypeWithID } from 'payload'

import type { Relation } from '@/lib/relations'

/** The logged-in user; without one (the seed, imports), what the caller passed. */
const stampUser: FieldHook<TypeWithID, Relation | null | undefined> = ({ req, value }) =>
  req.user ? req.user.id : value

/** Who last changed a document; set by the server, never by the client. */
export const updatedByField = (): RelationshipField => ({
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  label: { nl: 'Laatst gewijzigd door', en: 'Last changed by' },
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [stampUser] },
})
