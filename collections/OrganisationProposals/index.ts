import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isContentEditor } from '@/access/isContentEditor'
import { adminGroups } from '@/admin/groups'
import { proposalEndpoints } from '@/directory/verification/reviewEndpoints'

/**
 * A change an organisation proposed through its "Kloppen uw gegevens nog?" link. Nothing of it goes
 * live until communications staff accept it, field by field, in the review below; the accepted values
 * are written to the organisation (and its services) in the reviewer's name, so the versions show who
 * decided. Created and decided only through src/directory/verification.
 */
export const OrganisationProposals: CollectionConfig = {
  slug: 'organisation-proposals',
  labels: {
    singular: { nl: 'Wijzigingsvoorstel', en: 'Proposed change' },
    plural: { nl: 'Wijzigingsvoorstellen', en: 'Proposed changes' },
  },
  admin: {
    group: adminGroups.directory,
    useAsTitle: 'createdAt',
    defaultColumns: ['organisation', 'status', 'createdAt', 'decidedBy'],
  },
  defaultSort: '-createdAt',
  access: { read: isContentEditor, create: () => false, update: () => false, delete: isAdmin },
  endpoints: proposalEndpoints,
  fields: [
    {
      name: 'review',
      type: 'ui',
      label: { nl: 'Beoordelen', en: 'Review' },
      admin: { components: { Field: '/src/components/admin/ProposalReview#ProposalReview' } },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: { nl: 'Organisatie', en: 'Organisation' },
      required: true,
      index: true,
    },
    {
      // One proposal per link: the unique index refuses a second one even when two arrive at once.
      name: 'request',
      type: 'relationship',
      relationTo: 'verification-requests',
      label: { nl: 'Controleverzoek', en: 'Verification request' },
      required: true,
      unique: true,
    },
    {
      name: 'changes',
      type: 'json',
      label: { nl: 'Voorgestelde waarden', en: 'Proposed values' },
      required: true,
      admin: { hidden: true },
    },
    { name: 'note', type: 'textarea', label: { nl: 'Opmerking van de organisatie', en: 'Note' }, maxLength: 1000 },
    {
      name: 'status',
      type: 'select',
      label: { nl: 'Status', en: 'Status' },
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { value: 'open', label: { nl: 'Te beoordelen', en: 'Open' } },
        { value: 'accepted', label: { nl: 'Overgenomen', en: 'Accepted' } },
        { value: 'partly', label: { nl: 'Deels overgenomen', en: 'Partly accepted' } },
        { value: 'rejected', label: { nl: 'Afgewezen', en: 'Rejected' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'acceptedFields',
      type: 'json',
      label: { nl: 'Overgenomen velden', en: 'Accepted fields' },
      admin: { hidden: true },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { nl: 'Beoordeeld door', en: 'Decided by' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: { nl: 'Beoordeeld op', en: 'Decided at' },
      admin: { position: 'sidebar' },
    },
  ],
}
