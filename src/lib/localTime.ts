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
  const wall = Date.parse(`${date}T${time}:00Z`)
  // Local wall-clock minus UTC at an instant (a whole number of minutes).
  const offsetAt = (instant: number) => {
    const local = localParts(new Date(instant))
    return Date.parse(`${local.date}T${local.time}:00Z`) - instant
  }
  // The offset at the wall-clock time read as UTC can be the other side of a switch of the clocks:
  // take the offset at the first answer once more. In the hour the clocks go back this gives the
  // later (winter time) of the two instants.
  const first = wall - offsetAt(wall)
  return new Date(wall - offsetAt(first))
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
