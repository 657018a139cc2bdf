import type { Field, GroupField } from 'payload'

import { addressField } from './address'

const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{6,18}$/

export const validatePhone = (value: string | null | undefined) =>
  !value || PHONE_PATTERN.test(value.trim())
    ? true
    : 'Vul een telefoonnummer in met alleen cijfers, spaties of streepjes, bijvoorbeeld 0000-123456.'

export const validateWebsite = (value: string | null | undefined) => {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Een website begint met https:// of http://.'
  } catch {
    return 'Vul een volledig webadres in, bijvoorbeeld https://www.example.org.'
  }
}

export const phoneField = (name = 'phone'): Field => ({
  name,
  type: 'text',
  label: { nl: 'Telefoon', en: 'Phone' },
  validate: validatePhone,
})

/** How residents and desk workers reach an organisation or service. */
export const contactField = (withAddress = true): GroupField => ({
  name: 'contact',
  type: 'group',
  label: { nl: 'Contact', en: 'Contact' },
  fields: [
    {
      type: 'row',
      fields: [
        { ...phoneField(), admin: { width: '33%' } } as Field,
        { name: 'email', type: 'email', label: { nl: 'E-mail', en: 'E-mail' }, admin: { width: '33%' } },
        {
          name: 'website',
          type: 'text',
          label: { nl: 'Website', en: 'Website' },
          validate: validateWebsite,
          admin: { width: '34%' },
        },
      ],
    },
    ...(withAddress ? [addressField()] : []),
  ],
})
