import type { ArrayField } from 'payload'

import { timeOfDayField } from './timeOfDay'

export const weekdays = [
  { value: 'mon', label: { nl: 'maandag', en: 'Monday' } },
  { value: 'tue', label: { nl: 'dinsdag', en: 'Tuesday' } },
  { value: 'wed', label: { nl: 'woensdag', en: 'Wednesday' } },
  { value: 'thu', label: { nl: 'donderdag', en: 'Thursday' } },
  { value: 'fri', label: { nl: 'vrijdag', en: 'Friday' } },
  { value: 'sat', label: { nl: 'zaterdag', en: 'Saturday' } },
  { value: 'sun', label: { nl: 'zondag', en: 'Sunday' } },
] as const

export type Weekday = (typeof weekdays)[number]['value']

/** Structured opening hours: one row per opening period, several per day allowed. */
export const openingHoursField = (): ArrayField => ({
  name: 'openingHours',
  type: 'array',
  label: { nl: 'Openingstijden', en: 'Opening hours' },
  labels: {
    singular: { nl: 'Openingstijd', en: 'Opening period' },
    plural: { nl: 'Openingstijden', en: 'Opening hours' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'weekday',
          type: 'select',
          label: { nl: 'Dag', en: 'Day' },
          required: true,
          options: weekdays.map((day) => ({ ...day })),
          admin: { width: '34%' },
        },
        timeOfDayField('opens', { nl: 'Open vanaf', en: 'Opens' }),
        timeOfDayField('closes', { nl: 'Open tot', en: 'Closes' }, 'opens'),
      ],
    },
  ],
})
