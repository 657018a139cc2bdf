import type { TextField } from 'payload'

const WRITTEN_TIME = /^(\d{1,2})(?:(?:[:.]|\s*u\s*)(\d{2}))?\s*(?:u|uur)?$/

/** A time as staff write it — "9", "9:30", "9.30", "09:30 uur", "9u", "9u30" — as "09:30"; null when it is none. */
export const readTimeOfDay = (text: unknown): string | null => {
  if (typeof text !== 'string') return null
  const match = WRITTEN_TIME.exec(text.trim().toLowerCase())
  if (!match || Number(match[1]) > 23 || Number(match[2] ?? 0) > 59) return null
  return `${match[1].padStart(2, '0')}:${match[2] ?? '00'}`
}

/**
 * A time of day, stored as "HH:MM" so that string order is time order. The admin accepts it as
 * staff type it ("9:00", "12.30") and stores it zero-padded.
 */
export const timeOfDayField = (name: string, label: { nl: string; en: string }, after?: string): TextField => ({
  name,
  type: 'text',
  label,
  required: true,
  admin: { placeholder: after ? '17:00' : '09:00', width: '33%' },
  hooks: { beforeValidate: [({ value }) => readTimeOfDay(value) ?? value] },
  validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
    const time = readTimeOfDay(value)
    if (!time) return 'Vul een tijd in, zoals 09:30.'
    const earlier = after ? readTimeOfDay(siblingData?.[after]) : null
    if (earlier && time <= earlier) return `Kies een tijd na ${earlier}.`
    return true
  },
})
