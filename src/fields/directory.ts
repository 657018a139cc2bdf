import type { Field, GroupField } from 'payload'

export const kindOfHelpOptions = [
  { value: 'formal', label: { nl: 'Formele zorg (beroepskrachten)', en: 'Formal (professional)' } },
  { value: 'informal', label: { nl: 'Informele hulp (vrijwilligers)', en: 'Informal (volunteers)' } },
  { value: 'both', label: { nl: 'Formeel en informeel', en: 'Both' } },
]

export const domainOptions = [
  { value: 'wmo', label: { nl: 'Wmo', en: 'Social support (Wmo)' } },
  { value: 'youth', label: { nl: 'Jeugd', en: 'Youth' } },
  { value: 'participation', label: { nl: 'Participatie', en: 'Work and income' } },
  { value: 'other', label: { nl: 'Overig', en: 'Other' } },
]

export const targetGroupOptions = [
  { value: 'youth', label: { nl: 'Jeugd en gezin', en: 'Youth and families' } },
  { value: 'adults', label: { nl: 'Volwassenen', en: 'Adults' } },
  { value: 'seniors', label: { nl: 'Ouderen (65+)', en: 'Seniors (65+)' } },
  { value: 'carers', label: { nl: 'Mantelzorgers', en: 'Informal carers' } },
  { value: 'newcomers', label: { nl: 'Nieuwkomers', en: 'Newcomers' } },
  { value: 'disability', label: { nl: 'Mensen met een beperking', en: 'People with a disability' } },
  { value: 'everyone', label: { nl: 'Iedereen', en: 'Everyone' } },
]

/** What an organisation or service offers and to whom: the facets of the directory search. */
export const classificationFields = (): Field[] => [
  {
    name: 'kindOfHelp',
    type: 'select',
    label: { nl: 'Soort hulp', en: 'Kind of help' },
    required: true,
    defaultValue: 'formal',
    options: kindOfHelpOptions,
    index: true,
  },
  {
    name: 'themes',
    type: 'relationship',
    relationTo: 'themes',
    hasMany: true,
    label: { nl: "Thema's", en: 'Themes' },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'targetGroups',
        type: 'select',
        hasMany: true,
        label: { nl: 'Doelgroepen', en: 'Target groups' },
        options: targetGroupOptions,
        admin: { width: '50%' },
      },
      {
        name: 'domains',
        type: 'select',
        hasMany: true,
        label: { nl: 'Domeinen', en: 'Domains' },
        options: domainOptions,
        admin: { width: '50%' },
      },
    ],
  },
  {
    name: 'areasServed',
    type: 'text',
    hasMany: true,
    label: { nl: 'Werkgebied', en: 'Areas served' },
    admin: {
      description: {
        nl: 'Gemeenten en kernen, bijvoorbeeld "de hele gemeente" of de naam van een kern.',
        en: 'Municipalities and villages served.',
      },
    },
  },
]

/** How a desk worker refers a resident warmly. */
export const warmReferralField = (): GroupField => ({
  name: 'referral',
  type: 'group',
  label: { nl: 'Warm doorverwijzen', en: 'Warm referral' },
  fields: [
    {
      name: 'instructions',
      type: 'textarea',
      label: { nl: 'Zo verwijs je door', en: 'How to refer' },
      admin: {
        description: {
          nl: 'Bijvoorbeeld: bel eerst de contactpersoon, of mail met toestemming van de inwoner.',
          en: 'Steps for the desk worker.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'contactPerson',
          type: 'text',
          label: { nl: 'Contactpersoon', en: 'Contact person' },
          admin: { width: '50%' },
        },
        {
          name: 'email',
          type: 'email',
          label: { nl: 'Verwijs-e-mailadres', en: 'Referral e-mail' },
          admin: { width: '50%' },
        },
      ],
    },
  ],
})

export const statusField = (): Field => ({
  name: 'status',
  type: 'select',
  label: { nl: 'Status', en: 'Status' },
  required: true,
  defaultValue: 'active',
  index: true,
  options: [
    { value: 'active', label: { nl: 'Actief', en: 'Active' } },
    { value: 'inactive', label: { nl: 'Inactief (niet zichtbaar in de Wegwijzer)', en: 'Inactive' } },
  ],
  admin: { position: 'sidebar' },
})
