import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { adminGroups } from '@/admin/groups'
import { nameTheOffer, offersChanged, validateOfferedOrganisation } from '@/directory/regionalOffers'
import { warmReferralField } from '@/fields/directory'
import { updatedByField } from '@/fields/updatedBy'

/**
 * A regional organisation of another network that this network's Wegwijzer shows, with this network's
 * own referral notes (src/directory/regional.ts).
 */
export const RegionalOffers: CollectionConfig = {
  slug: 'regional-offers',
  labels: {
    singular: { nl: 'Regionale organisatie', en: 'Regional organisation' },
    plural: { nl: 'Regionale organisaties', en: 'Regional organisations' },
  },
  admin: {
    group: adminGroups.directory,
    useAsTitle: 'organisationName',
    defaultColumns: ['organisationName', 'updatedAt'],
    description: {
      nl: 'Organisaties die in de hele regio werken en door een ander netwerk worden bijgehouden. Kies welke je Wegwijzer toont, en schrijf erbij hoe jullie doorverwijzen.',
      en: "Regional organisations kept by another network that this network's directory shows.",
    },
  },
  access: contentAccess,
  hooks: {
    beforeChange: [nameTheOffer],
    afterChange: [offersChanged],
    afterDelete: [offersChanged],
  },
  fields: [
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      index: true,
      label: { nl: 'Organisatie', en: 'Organisation' },
      // Chosen from the other networks' regional organisations not offered yet (see
      // src/networks/regionalRelations.ts); an organisation is never made here.
      custom: { choose: 'regionalElsewhere' },
      validate: validateOfferedOrganisation,
      admin: { allowCreate: false },
    },
    {
      // The organisation's name, for the admin's list and title (kept by the hook above).
      name: 'organisationName',
      type: 'text',
      label: { nl: 'Naam', en: 'Name' },
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      ...warmReferralField(),
      label: { nl: 'Zo verwijst ons netwerk door', en: 'How our network refers' },
      admin: {
        description: {
          nl: 'Laat een veld leeg om dat van de organisatie zelf te tonen.',
          en: "Leave a field empty to show the organisation's own.",
        },
      },
    },
    updatedByField(),
  ],
}
