import type { CollectionConfig, Field } from 'payload'

import { nameWithinNetworkField, namedPerNetwork } from '@/fields/nameWithinNetwork'
import { contentAccess } from '@/access/contentAccess'
import { isAdminField } from '@/access/isAdmin'
import { adminGroups } from '@/admin/groups'
import { kernChosen, municipalityOfTheKern } from '@/area/hooks'
import { addressField } from '@/fields/address'
import { phoneField } from '@/fields/contact'
import { openingHoursField } from '@/fields/openingHours'
import { updatedByField } from '@/fields/updatedBy'
import { coordinatorsOfTheNetwork, validateCoordinators } from '@/people/networkRoles'
import { startpageContentHooks } from '@/startpage/freshness'

/** An Infopunt: a physical desk in a community centre or library. */
export const Locations: CollectionConfig = {
  slug: 'locations',
  labels: {
    singular: { nl: 'Infopunt', en: 'Information desk' },
    plural: { nl: 'Infopunten', en: 'Information desks' },
  },
  admin: {
    group: adminGroups.infopunten,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kern', 'municipality', 'venue'],
    listSearchableFields: ['name', 'venue'],
  },
  defaultSort: 'name',
  access: contentAccess,
  // The startpage keeps Infopunten and mailboxes in memory; a change sets its stamp.
  hooks: { ...startpageContentHooks, beforeChange: [municipalityOfTheKern] },
  versions: { maxPerDoc: 25 },
  indexes: namedPerNetwork,
  fields: [
    nameWithinNetworkField('locations', 'Dit netwerk heeft al een Infopunt met deze naam.'),
    {
      type: 'row',
      fields: [
        {
          name: 'kern',
          type: 'relationship',
          relationTo: 'kernen',
          label: { nl: 'Kern', en: 'Village' },
          // Required here rather than in the database: an Infopunt's earlier versions keep a kern that is
          // deleted later as empty (a kern in use now is not deleted, see Kernen).
          validate: kernChosen,
          index: true,
          admin: {
            width: '50%',
            description: {
              nl: 'Staat de kern er niet bij? Voeg hem toe onder Kernen.',
              en: 'Add a missing village under Villages.',
            },
          },
        },
        {
          name: 'municipality',
          type: 'relationship',
          relationTo: 'municipalities',
          label: { nl: 'Gemeente', en: 'Municipality' },
          index: true,
          // The kern's municipality, set when the Infopunt is saved (municipalityOfTheKern).
          admin: {
            width: '50%',
            readOnly: true,
            description: { nl: 'Volgt uit de kern.', en: 'Follows from the village.' },
          },
        },
      ],
    },
    {
      name: 'venue',
      type: 'text',
      label: { nl: 'Gebouw', en: 'Venue' },
      admin: { description: { nl: 'Bijvoorbeeld Kulturhus de Spil.', en: 'E.g. the community centre.' } },
    },
    addressField(),
    openingHoursField(),
    {
      name: 'coordinators',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { nl: 'Infopuntcoördinatoren', en: 'Coordinators' },
      filterOptions: coordinatorsOfTheNetwork,
      validate: validateCoordinators,
      // The check above reads the network's coordinators past the editor's rights (see validateCoordinators).
      custom: { replacesBuiltInCheck: true },
    },
    {
      name: 'backup',
      type: 'group',
      label: { nl: 'Achterwacht', en: 'Back-up' },
      admin: {
        description: {
          nl: 'De organisatie waar de balie bij een moeilijke of zorgelijke vraag op terugvalt. De startpagina en de Wegwijzer tonen haar.',
          en: 'The organisation the desk falls back on for hard cases.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'organisation',
              type: 'relationship',
              relationTo: 'organisations',
              label: { nl: 'Organisatie', en: 'Organisation' },
              admin: { width: '50%' },
            },
            {
              ...phoneField('phone'),
              label: { nl: 'Direct nummer voor de balie', en: 'Direct line' },
              admin: { width: '50%', placeholder: '0000-123456' },
            } as Field,
          ],
        },
      ],
    },
    {
      name: 'staffing',
      type: 'group',
      label: { nl: 'Bezetting van de balie', en: 'Staffing' },
      admin: {
        description: {
          nl: 'Regels voor het rooster: het rooster en de startpagina tonen tijden die er niet aan voldoen.',
          en: 'Rules the roster is checked against.',
        },
      },
      // The rules are the administrator's: coordinators roster against them.
      access: { create: isAdminField, update: isAdminField },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'minimumStaff',
              type: 'number',
              label: { nl: 'Minimaal aantal mensen op de balie', en: 'Minimum head count' },
              defaultValue: 2,
              min: 1,
              max: 10,
              admin: { width: '50%', step: 1 },
            },
            {
              name: 'requireProfessional',
              type: 'checkbox',
              label: {
                nl: 'Vrijwilligers alleen naast een beroepskracht',
                en: 'Volunteers only beside a professional',
              },
              defaultValue: true,
              admin: { width: '50%' },
            },
          ],
        },
        {
          name: 'pairingEnforcement',
          type: 'radio',
          label: { nl: 'Dienst zonder beroepskracht opslaan', en: 'Saving a shift without a professional' },
          defaultValue: 'warn',
          options: [
            { value: 'warn', label: { nl: 'Toestaan met een waarschuwing', en: 'Allow with a warning' } },
            { value: 'refuse', label: { nl: 'Weigeren', en: 'Refuse' } },
          ],
          admin: { condition: (_, siblingData) => siblingData?.requireProfessional !== false },
        },
      ],
    },
    {
      name: 'referralMailboxes',
      type: 'join',
      collection: 'referral-mailboxes',
      on: 'location',
      label: { nl: 'Verwijsmailbox', en: 'Referral mailbox' },
    },
    updatedByField(),
  ],
}
