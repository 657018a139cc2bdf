import type { ArrayField, Field, GroupField, SelectField } from 'payload'

import { addressField } from './address'

/** Languages spoken, by ISO 639 code (as HSDS `languages.code` expects). */
export const languageOptions = [
  { value: 'nl', label: { nl: 'Nederlands', en: 'Dutch' } },
  { value: 'en', label: { nl: 'Engels', en: 'English' } },
  { value: 'de', label: { nl: 'Duits', en: 'German' } },
  { value: 'ar', label: { nl: 'Arabisch', en: 'Arabic' } },
  { value: 'tr', label: { nl: 'Turks', en: 'Turkish' } },
  { value: 'pl', label: { nl: 'Pools', en: 'Polish' } },
  { value: 'uk', label: { nl: 'Oekraïens', en: 'Ukrainian' } },
  { value: 'ti', label: { nl: 'Tigrinya', en: 'Tigrinya' } },
  { value: 'fa', label: { nl: 'Farsi', en: 'Persian' } },
  { value: 'so', label: { nl: 'Somalisch', en: 'Somali' } },
  { value: 'dse', label: { nl: 'Nederlandse Gebarentaal', en: 'Sign Language of the Netherlands' } },
]

export const costKindOptions = [
  { value: 'free', label: { nl: 'Gratis', en: 'Free' } },
  { value: 'contribution', label: { nl: 'Eigen bijdrage', en: 'Own contribution' } },
  { value: 'paid', label: { nl: 'Betaald', en: 'Paid' } },
]

export const accessibilityOptions = [
  { value: 'wheelchair', label: { nl: 'Rolstoeltoegankelijk', en: 'Wheelchair accessible' } },
  { value: 'lift', label: { nl: 'Lift', en: 'Lift' } },
  { value: 'toilet', label: { nl: 'Aangepast toilet', en: 'Accessible toilet' } },
  { value: 'parking', label: { nl: 'Gehandicaptenparkeerplaats', en: 'Disabled parking' } },
  { value: 'hearingLoop', label: { nl: 'Ringleiding', en: 'Hearing loop' } },
  { value: 'assistanceDogs', label: { nl: 'Hulphonden welkom', en: 'Assistance dogs welcome' } },
]

/** Accessibility of a building: what is there, and a note for what the options do not say. */
export const accessibilityField = (): GroupField => ({
  name: 'accessibility',
  type: 'group',
  label: { nl: 'Toegankelijkheid van de locatie', en: 'Accessibility' },
  fields: [
    {
      name: 'features',
      type: 'select',
      hasMany: true,
      label: { nl: 'Voorzieningen', en: 'Features' },
      options: accessibilityOptions,
    },
    {
      name: 'note',
      type: 'text',
      label: { nl: 'Toelichting', en: 'Note' },
      maxLength: 300,
      admin: { placeholder: 'Bijvoorbeeld: ingang aan de achterkant, drempel van 5 cm' },
    },
  ],
})

const costField = (): GroupField => ({
  name: 'cost',
  type: 'group',
  label: { nl: 'Kosten', en: 'Costs' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { nl: 'Wat kost het?', en: 'Cost' },
          options: costKindOptions,
          admin: { width: '34%' },
        } as SelectField,
        {
          name: 'amount',
          type: 'number',
          label: { nl: 'Bedrag in euro', en: 'Amount (EUR)' },
          min: 0,
          max: 100_000,
          admin: {
            width: '33%',
            placeholder: '0,00',
            components: { Field: '/src/components/admin/DecimalField#DecimalField' },
            custom: { decimals: 2, example: '2,50' },
            // Always shown: a field that appears on a choice depends on the server's answer to the
            // form, and staff were left without it when that answer was lost.
            description: { nl: 'Bij eigen bijdrage of betaald.', en: 'With a contribution or a price.' },
          },
          validate: (value: number | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (value === null || value === undefined) return true
            if (siblingData?.kind === 'free') return 'Bij gratis hoort geen bedrag: kies eigen bijdrage of betaald.'
            if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
              return 'Vul een bedrag in van 0 euro of meer.'
            if (Number(value.toFixed(2)) !== value) return 'Gebruik hoogstens 2 cijfers achter de komma.'
            return true
          },
        },
        {
          name: 'note',
          type: 'text',
          label: { nl: 'Toelichting', en: 'Note' },
          maxLength: 200,
          admin: { width: '33%', placeholder: 'per rit, per jaar, naar inkomen' },
        },
      ],
    },
  ],
})

/** The places where a service is offered, when not (only) at its organisation's address. */
export const venuesField = (): ArrayField => ({
  name: 'venues',
  type: 'array',
  label: { nl: 'Locaties', en: 'Locations' },
  labels: { singular: { nl: 'Locatie', en: 'Location' }, plural: { nl: 'Locaties', en: 'Locations' } },
  admin: {
    description: {
      nl: 'Leeg: de dienst is op het adres van de organisatie.',
      en: "Empty: at the organisation's address.",
    },
  },
  fields: [
    { name: 'name', type: 'text', label: { nl: 'Naam van de locatie', en: 'Name' }, required: true },
    addressField(),
    accessibilityField(),
  ],
})

/**
 * What a resident needs to know before being referred (the HSDS service details): for whom, what it
 * costs, which languages are spoken and how to apply. Public, unlike the desk's referral notes.
 */
export const serviceDetailsFields = (): Field[] => [
  {
    name: 'eligibility',
    type: 'textarea',
    label: { nl: 'Voor wie', en: 'Eligibility' },
    maxLength: 500,
    admin: {
      description: {
        nl: 'Wie kan er terecht, en onder welke voorwaarden? Bijvoorbeeld: inwoners van 65 jaar en ouder.',
        en: 'Who can use it.',
      },
    },
  },
  costField(),
  {
    name: 'languages',
    type: 'select',
    hasMany: true,
    label: { nl: 'Gesproken talen', en: 'Languages spoken' },
    options: languageOptions,
  },
  {
    name: 'applicationProcess',
    type: 'textarea',
    label: { nl: 'Zo meldt een inwoner zich aan', en: 'How to apply' },
    maxLength: 1000,
    admin: {
      description: {
        nl: 'Openbaar, ook in de open export. Aanwijzingen alleen voor de balie horen bij "Warm doorverwijzen".',
        en: 'Public. Notes for the desk belong under warm referral.',
      },
    },
  },
]
