import { weekdays, type Weekday } from '@/fields/openingHours'
import { readTimeOfDay } from '@/fields/timeOfDay'

export interface Period {
  weekday: Weekday
  opens: string
  closes: string
}

const order: Weekday[] = weekdays.map((day) => day.value)
const abbreviations = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']

/** Day names as staff write them: "ma", "ma.", "maan", "maandag" (and the English names). */
const dayIndex = new Map<string, number>()
weekdays.forEach((day, index) => {
  const full = day.label.nl
  for (let length = 2; length <= full.length; length++) dayIndex.set(full.slice(0, length), index)
  dayIndex.set(day.label.en.toLowerCase(), index)
  dayIndex.set(day.value, index)
})
const dayGroups: Record<string, number[]> = {
  dagelijks: [0, 1, 2, 3, 4, 5, 6],
  'elke dag': [0, 1, 2, 3, 4, 5, 6],
  werkdagen: [0, 1, 2, 3, 4],
  doordeweeks: [0, 1, 2, 3, 4],
  weekend: [5, 6],
}
const CLOSED = /^(gesloten|dicht|geen)$/

export const OPENING_HOURS_EXAMPLE = 'ma-vr 09:00-17:00; za 10:00-12:00'

class NotationError extends Error {}

const timeOf = (text: string): string => {
  const time = readTimeOfDay(text)
  if (!time) throw new NotationError(`"${text}" is geen tijd (gebruik UU:MM, tot en met 23:59)`)
  return time
}

const dayOf = (text: string): number => {
  const index = dayIndex.get(text.replace(/\.$/, ''))
  if (index === undefined) throw new NotationError(`"${text}" is geen dag (gebruik ma, di, wo, do, vr, za of zo)`)
  return index
}

/** "ma-vr", "ma t/m vr", "ma, wo en vr", "werkdagen" → day numbers, Monday 0. */
const daysOf = (text: string): number[] => {
  if (dayGroups[text]) return dayGroups[text]
  const days: number[] = []
  const normalised = text.replace(/\s*(?:t\/m|tot en met|tm|tot|-)\s*/g, '-')
  for (const item of normalised.split(/\s*(?:,|&|\+|\/|\sen\s)\s*|\s+/).filter(Boolean)) {
    const [from, to, extra] = item.split('-')
    if (extra !== undefined || from === '' || to === '')
      throw new NotationError(`"${item}" is geen dag of reeks van dagen (zoals ma-vr)`)
    const first = dayOf(from)
    const last = to === undefined ? first : dayOf(to)
    for (let day = first; ; day = (day + 1) % 7) {
      if (!days.includes(day)) days.push(day)
      if (day === last) break
    }
  }
  if (days.length === 0) throw new NotationError('de dagen ontbreken (zoals ma-vr)')
  return days
}

/**
 * Reads opening hours as Dutch staff write them — "ma-vr 09:00-17:00; za 10:00-12:00",
 * "ma t/m vr 9-17", "di 9.00-12.30, 13.30-17.00", "wo gesloten", or "gesloten" for none — into
 * periods sorted by day and time, or the reason in Dutch why it cannot be read.
 */
export const parseOpeningHours = (cell: string): { periods: Period[] } | { error: string } => {
  const text = cell
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .trim()
  const byDay = new Map<number, { opens: string; closes: string }[]>()
  try {
    if (CLOSED.test(text)) return { periods: [] }
    for (const segment of text.split(/\s*[;\n]\s*/).filter(Boolean)) {
      const digit = segment.search(/\d/)
      const dayText = (digit < 0 ? segment : segment.slice(0, digit)).replace(/(?:[\s,:]|\svan)+$/, '')
      if (!dayText || CLOSED.test(dayText)) throw new NotationError(`bij "${segment}" ontbreken de dagen`)
      const closed = digit < 0 && / (gesloten|dicht)$/.exec(dayText)
      if (digit < 0 && !closed) throw new NotationError(`bij "${segment}" ontbreken de tijden`)
      const days = daysOf(closed ? dayText.slice(0, closed.index) : dayText)
      if (closed) {
        for (const day of days) byDay.set(day, [])
        continue
      }
      const periods = segment
        .slice(digit)
        .split(/\s*(?:,|&|\sen\s)\s*/)
        .map((range) => {
          const parts = range.split(/\s*(?:-|tot)\s*/)
          if (parts.length !== 2) throw new NotationError(`"${range}" is geen tijdvak (zoals 09:00-17:00)`)
          const [opens, closes] = parts.map(timeOf)
          if (closes <= opens) throw new NotationError(`in "${range}" ligt de sluitingstijd niet na de openingstijd`)
          return { opens, closes }
        })
      for (const day of days) byDay.set(day, [...(byDay.get(day) ?? []), ...periods])
    }
    const result: Period[] = []
    for (const [day, periods] of [...byDay].sort(([a], [b]) => a - b)) {
      periods.sort((a, b) => a.opens.localeCompare(b.opens))
      periods.forEach((period, index) => {
        const next = periods[index + 1]
        if (next && next.opens < period.closes)
          throw new NotationError(
            `op ${weekdays[day].label.nl} overlappen ${period.opens}-${period.closes} en ${next.opens}-${next.closes}`,
          )
      })
      for (const period of periods) result.push({ weekday: order[day], ...period })
    }
    return { periods: result }
  } catch (error) {
    if (error instanceof NotationError) return { error: error.message }
    throw error
  }
}

/**
 * The one way the export writes opening hours, read back the same by parseOpeningHours: days with
 * the same hours together, three or more in a row as a range ("ma-vr 09:00-12:30, 13:30-17:00;
 * za 10:00-12:00"); no periods is an empty cell.
 */
export const formatOpeningHours = (
  periods: readonly { weekday: string; opens: string; closes: string }[] | null | undefined,
): string => {
  const hoursOf = new Map<number, string>()
  for (let day = 0; day < 7; day++) {
    const times = (periods ?? [])
      .filter((period) => period.weekday === order[day])
      .map((period) => `${period.opens}-${period.closes}`)
      .sort()
    if (times.length) hoursOf.set(day, times.join(', '))
  }
  const groups = new Map<string, number[]>()
  for (const [day, hours] of hoursOf) groups.set(hours, [...(groups.get(hours) ?? []), day])
  return [...groups]
    .map(([hours, days]) => {
      const runs: number[][] = []
      for (const day of days) {
        const run = runs[runs.length - 1]
        if (run && run[run.length - 1] === day - 1) run.push(day)
        else runs.push([day])
      }
      const dayText = runs
        .flatMap((run) =>
          run.length >= 3
            ? [`${abbreviations[run[0]]}-${abbreviations[run[run.length - 1]]}`]
            : run.map((day) => abbreviations[day]),
        )
        .join(', ')
      return `${dayText} ${hours}`
    })
    .join('; ')
}
