import type { GroupField } from 'payload'

const POSTCODE_PATTERN = /^[1-9]\d{3} ?[A-Za-z]{2}$/

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
  ],
})
