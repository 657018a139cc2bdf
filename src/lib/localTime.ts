import { TIME_ZONE } from '@/lib/dates'

const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
})

/** Local wall clock minus UTC, in milliseconds, at a whole second. */
const offsetAtSecond = (time: number) => {
  const parts = Object.fromEntries(offsetFormat.formatToParts(time).map((part) => [part.type, Number(part.value)]))
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
  return wall - time
}

const HOUR = 3_600_000
/** The offset of each UTC hour asked for: the clocks change on a whole hour, never within one. */
const hourOffsets = new Map<number, number>()

const offsetAt = (time: number) => {
  const hour = Math.floor(time / HOUR) * HOUR
  let offset = hourOffsets.get(hour)
  if (offset === undefined) {
    offset = offsetAtSecond(hour)
    // Where a time zone changed within an hour after all, that hour is worked out per second.
    if (offsetAtSecond(hour + HOUR - 1000) !== offset) return offsetAtSecond(Math.floor(time / 1000) * 1000)
    if (hourOffsets.size >= 100_000) hourOffsets.clear()
    hourOffsets.set(hour, offset)
  }
  return offset
}

const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

/** The calendar date and weekday in Dutch local time of an instant (years 1 to 9999). */
export const localParts = (instant: Date) => {
  const time = instant.getTime()
  if (Number.isNaN(time)) throw new RangeError('Invalid time value')
  const wall = new Date(time + offsetAt(time))
  const iso = wall.toISOString()
  return { date: iso.slice(0, 10), weekday: weekdays[wall.getUTCDay()], time: iso.slice(11, 16) }
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
