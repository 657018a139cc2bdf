import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { adminGroups } from '@/admin/groups'
import { directoryChanged, directoryDeleted } from '@/directory/freshness'
import { markVerified } from '@/directory/markVerified'
import { offersFollowTheirOrganisation, offersGoWithTheirOrganisation } from '@/directory/regionalOffers'
import { contactField } from '@/fields/contact'
import { classificationFields, statusField, warmReferralField } from '@/fields/directory'
import { openingHoursField } from '@/fields/openingHours'
import { accessibilityField, serviceDetailsFields } from '@/fields/serviceDetails'
import { slugField } from '@/fields/slug'
import { hsdsImportFields } from '@/fields/hsds'
import { updatedByField } from '@/fields/updatedBy'
import { validateRichTextLinks } from '@/lib/safeUrl'

/** A partner organisation in the referral directory (HSDS organization). */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: { nl: 'Organisatie', en: 'Organisation' },
    plural: { nl: 'Organisaties', en: 'Organisations' },
  },
  admin: {
    group: adminGroups.directory,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kindOfHelp', 'themes', 'status', 'lastVerifiedAt'],
    listSearchableFields: ['name', 'shortDescription', 'slug'],
    preview: (doc) => (doc?.slug ? `/wegwijzer/${doc.slug}` : null),
    components: { beforeList: ['/src/components/admin/OrganisationImportLinks#OrganisationImportLinks'] },
  },
  defaultSort: 'name',
  // Every change is kept with who made it (updatedBy), so editors can compare and restore.
  versions: { maxPerDoc: 25 },
  hooks: {
    beforeChange: [markVerified],
    beforeDelete: [offersGoWithTheirOrganisation],
    afterChange: [directoryChanged, offersFollowTheirOrganisation],
    afterDelete: [directoryDeleted],
  },
  access: contentAccess,
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { nl: 'Algemeen', en: 'General' },
          fields: [
            { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' }, required: true, index: true },
            {
              name: 'shortDescription',
              type: 'textarea',
              label: { nl: 'Korte omschrijving', en: 'Short description' },
              required: true,
              maxLength: 300,
              admin: {
                description: {
                  nl: 'Eén of twee zinnen; verschijnt in de zoekresultaten.',
                  en: 'Shown in search results.',
                },
              },
            },
            {
              name: 'description',
              type: 'richText',
              label: { nl: 'Omschrijving', en: 'Description' },
              // The editor itself accepts any URL without spaces in a link, javascript: included.
              validate: validateRichTextLinks,
            },
            ...classificationFields(),
            { name: 'logo', type: 'upload', relationTo: 'media', label: { nl: 'Logo', en: 'Logo' } },
          ],
        },
        {
          label: { nl: 'Aanbod', en: 'Offer' },
          description: {
            nl: 'Het eigen aanbod van de organisatie: wat een inwoner moet weten voordat je doorverwijst.',
            en: "The organisation's own offer.",
          },
          fields: [...serviceDetailsFields(), openingHoursField(), accessibilityField()],
        },
        {
          label: { nl: 'Contact en doorverwijzen', en: 'Contact and referral' },
          fields: [contactField(), warmReferralField()],
        },
        {
          label: { nl: 'Diensten', en: 'Services' },
          fields: [
            {
              name: 'services',
              type: 'join',
              collection: 'services',
              on: 'organisation',
              label: { nl: 'Diensten', en: 'Services' },
            },
          ],
        },
      ],
    },
    slugField('name'),
    statusField(),
    {
      name: 'regional',
      type: 'checkbox',
      label: { nl: 'Regionale organisatie', en: 'Regional organisation' },
      index: true,
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Werkt in de hele regio: andere netwerken kunnen haar in hun Wegwijzer tonen, met hun eigen afspraken over doorverwijzen. Haar gegevens houdt alleen het netwerk bij waar ze bij hoort.',
          en: 'Works across the region: other networks may show it in their directory, with their own referral notes.',
        },
      },
    },
    {
      name: 'markVerified',
      type: 'checkbox',
      virtual: true,
      label: { nl: 'Gegevens zijn nu gecontroleerd', en: 'Details verified now' },
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Vink aan en sla op: de controledatum wordt vandaag en jij staat als controleur vermeld.',
          en: 'Tick and save to set the verification date to today, with you as verifier.',
        },
      },
    },
    {
      name: 'lastVerifiedAt',
      type: 'date',
      label: { nl: 'Laatst gecontroleerd', en: 'Last verified' },
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
    {
      name: 'verifiedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { nl: 'Gecontroleerd door', en: 'Verified by' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'verifiedVia',
      type: 'select',
      label: { nl: 'Gecontroleerd via', en: 'Verified via' },
      options: [
        { value: 'staff', label: { nl: 'Een medewerker', en: 'A staff member' } },
        { value: 'organisation', label: { nl: 'De organisatie zelf', en: 'The organisation itself' } },
      ],
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // Set by the verification cycle (src/directory/verification): the last "Kloppen uw gegevens nog?" mail.
      name: 'verificationRequestedAt',
      type: 'date',
      label: { nl: 'Controleverzoek verstuurd', en: 'Verification requested' },
      index: true,
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
      },
    },
    {
      name: 'verificationBounced',
      type: 'checkbox',
      label: { nl: 'Controleverzoek kwam niet aan', en: 'Verification request bounced' },
      index: true,
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    updatedByField(),
    ...hsdsImportFields(),
  ],
}
