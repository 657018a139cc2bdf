import { localParts } from '@/lib/localTime'

export const periodKinds = ['week', 'month', 'quarter', 'year', 'custom'] as const
export type PeriodKind = (typeof periodKinds)[number]

export const periodLabels: Record<PeriodKind, string> = {
  week: 'Deze week',
  month: 'Deze maand',
  quarter: 'Dit kwartaal',
  year: 'Dit jaar',
  custom: 'Zelf kiezen',
}

const shift = (date: string, days: number) => {
  const day = new Date(`${date}T12:00:00Z`)
  day.setUTCDate(day.getUTCDate() + days)
  return day.toISOString().slice(0, 10)
}

/** The calendar dates (Dutch local time) of the current week (from Monday), month, quarter or year. */
export const periodRange = (kind: Exclude<PeriodKind, 'custom'>, now = new Date()): { from: string; to: string } => {
  const today = localParts(now).date
  const [year, month] = today.split('-').map(Number)
  switch (kind) {
    case 'week': {
      const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7 // Monday = 0
      return { from: shift(today, -weekday), to: shift(today, 6 - weekday) }
    }
    case 'month':
      return {
        from: `${today.slice(0, 7)}-01`,
        to: shift(`${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01`, -1),
      }
    case 'quarter': {
      const first = Math.floor((month - 1) / 3) * 3 + 1
      const next = first + 3
      const end = next > 12 ? `${year + 1}-01-01` : `${year}-${String(next).padStart(2, '0')}-01`
      return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: shift(end, -1) }
    }
    case 'year':
      return { from: `${year}-01-01`, to: `${year}-12-31` }
  }
}
