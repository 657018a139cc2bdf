import type { TextField } from 'payload'

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

export const isTimeOfDay = (value: unknown): value is string => typeof value === 'string' && TIME_PATTERN.test(value)

/** A time of day as "HH:MM"; zero-padded so that string order is time order. */
export const timeOfDayField = (name: string, label: { nl: string; en: string }, after?: string): TextField => ({
  name,
  type: 'text',
  label,
  required: true,
  admin: { placeholder: '09:00', width: '33%' },
  validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
    if (!isTimeOfDay(value)) return 'Vul een tijd in als UU:MM, bijvoorbeeld 09:30.'
    const earlier = after ? siblingData?.[after] : undefined
    if (after && isTimeOfDay(earlier) && value <= earlier)
      return `De sluitingstijd moet na de openingstijd (${earlier}) liggen.`
    return true
  },
})
