import { TIME_ZONE } from '@/lib/dates'

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
})

/** The calendar date and weekday in Dutch local time of an instant. */
export const localParts = (instant: Date) => {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]))
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: parts.weekday.toLowerCase().slice(0, 3),
    time: `${parts.hour}:${parts.minute}`,
  }
}

/** The instant of a Dutch local date ("2026-11-23") and time ("09:30"), daylight saving included. */
export const localInstant = (date: string, time: string): Date => {
  const guess = new Date(`${date}T${time}:00Z`)
  // The offset at that moment: local wall-clock minus UTC, applied back (exact outside the DST switch hour).
  const local = localParts(guess)
  const asUTC = new Date(`${local.date}T${local.time}:00Z`).getTime()
  return new Date(guess.getTime() - (asUTC - guess.getTime()))
}

/** Local calendar dates from `from` for `days` days. */
export const localDates = (from: Date, days: number): string[] => {
  const start = localParts(from).date
  return Array.from({ length: days }, (_, index) => {
    const day = new Date(`${start}T12:00:00Z`)
    day.setUTCDate(day.getUTCDate() + index)
    return day.toISOString().slice(0, 10)
  })
}

export const weekdayOf = (date: string) =>
  ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(`${date}T12:00:00Z`).getUTCDay()]

/** The local calendar date `days` after `date` (both "YYYY-MM-DD"). */
export const addDays = (date: string, days: number): string => {
  const day = new Date(`${date}T12:00:00Z`)
  day.setUTCDate(day.getUTCDate() + days)
  return day.toISOString().slice(0, 10)
}

/** The Monday of the local week holding `date`. */
export const mondayOf = (date: string): string => {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
  return addDays(date, -((weekday + 6) % 7))
}

/** The instant local midnight starts `date`. */
export const startOfLocalDay = (date: string): Date => localInstant(date, '00:00')
