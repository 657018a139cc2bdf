import type { Field } from 'payload'

import { tidyName, uniqueWithin } from '@/area/hooks'

/** The name of a place of a network's area, tidied and used once in its scope (see uniqueWithin). */
export const placeNameField = (...unique: Parameters<typeof uniqueWithin>): Field => ({
  name: 'name',
  type: 'text',
  label: { nl: 'Naam', en: 'Name' },
  required: true,
  maxLength: 100,
  index: true,
  hooks: { beforeValidate: [tidyName] },
  validate: uniqueWithin(...unique),
})
