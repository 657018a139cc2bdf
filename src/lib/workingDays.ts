import { addDays, localParts, weekdayOf } from './localTime'

const isWorkingDay = (date: string) => !['sat', 'sun'].includes(weekdayOf(date))

/**
 * Whole working days (Monday to Friday, Dutch local dates) from `from` to `to`: a referral made on
 * Friday and answered on Monday took one. Public holidays are not left out.
 */
export const workingDaysBetween = (from: Date, to: Date): number => {
  let day = localParts(from).date
  const last = localParts(to).date
  let count = 0
  while (day < last) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) count += 1
  }
  return count
}

/** Whether at least `days` working days have passed since `since`. */
export const workingDaysPassed = (since: Date, now: Date, days: number): boolean =>
  workingDaysBetween(since, now) >= days
