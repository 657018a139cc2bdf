import type { Field, GroupField } from 'payload'

const POSTCODE_PATTERN = /^[1-9]\d{3} ?[A-Za-z]{2}$/

const coordinate = (name: 'latitude' | 'longitude'): Field => ({
  name,
  type: 'number',
  label: name === 'latitude' ? { nl: 'Breedtegraad', en: 'Latitude' } : { nl: 'Lengtegraad', en: 'Longitude' },
  min: name === 'latitude' ? -90 : -180,
  max: name === 'latitude' ? 90 : 180,
  admin: {
    width: '50%',
    placeholder: name === 'latitude' ? '52,5' : '6,26',
    // Typed as "52,581" or "52.581" (see the component).
    components: { Field: '/src/components/admin/DecimalField#DecimalField' },
    custom: { example: name === 'latitude' ? '52,581' : '6,283' },
  },
})

export const addressField = (name = 'address'): GroupField => ({
  name,
  type: 'group',
  label: { nl: 'Adres', en: 'Address' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'street', type: 'text', label: { nl: 'Straat en huisnummer', en: 'Street' }, admin: { width: '50%' } },
        {
          name: 'postalCode',
          type: 'text',
          label: { nl: 'Postcode', en: 'Postal code' },
          admin: { width: '20%' },
          validate: (value: string | null | undefined) =>
            !value || POSTCODE_PATTERN.test(value.trim()) ? true : 'Vul een postcode in als 1234 AB.',
        },
        { name: 'city', type: 'text', label: { nl: 'Plaats', en: 'City' }, admin: { width: '30%' } },
      ],
    },
    // Decimal degrees (WGS 84) as a map application shows them: the Wegwijzer sorts by distance with them.
    { type: 'row', fields: [coordinate('latitude'), coordinate('longitude')] },
  ],
})
