import type { RelationshipField } from 'payload'

/** Who last changed a document; set by the server, never by the client. */
export const updatedByField = (): RelationshipField => ({
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  label: { nl: 'Laatst gewijzigd door', en: 'Last changed by' },
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [({ req, value }) => (req.user ? req.user.id : value)],
  },
})
