import { localParts } from '@/lib/localTime'

export type Period = { weekday: string; opens: string; closes: string }

const dayIndex: Record<string, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 }
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** Opening periods as minutes since Monday 00:00, [opens, closes) pairs in one flat array. */
export const weeklyMinutes = (periods: Period[]): number[] =>
  periods.flatMap((period) => {
    const day = dayIndex[period.weekday]
    return day === undefined ? [] : [day * 1440 + minutes(period.opens), day * 1440 + minutes(period.closes)]
  })

let last = { at: NaN, minute: 0 }

/** Minutes since Monday 00:00 of an instant in Europe/Amsterdam (holidays are not taken into account). */
export const minuteOfWeek = (instant: Date): number => {
  // Every search asks; the time zone arithmetic is done once a minute.
  const at = Math.floor(instant.getTime() / 60_000)
  if (at === last.at) return last.minute
  const { weekday, time } = localParts(instant)
  last = { at, minute: dayIndex[weekday] * 1440 + minutes(time) }
  return last.minute
}

export const isOpenAt = (ranges: readonly number[], minute: number): boolean => {
  for (let at = 0; at < ranges.length; at += 2) if (ranges[at] <= minute && minute < ranges[at + 1]) return true
  return false
}
