import { addDays, localInstant, localParts, weekdayOf } from '@/lib/localTime'

export interface CoverageLocation {
  id: number | string
  name: string
  openingHours?: { weekday: string; opens: string; closes: string }[] | null
}

export interface CoverageShift {
  location: number | string
  startsAt: string
  endsAt: string
  /** People on this shift: staff with an account plus people without one. */
  headcount: number
}

export type GapLevel = 'unstaffed' | 'single'

export interface CoverageGap {
  locationId: number | string
  locationName: string
  /** Local date, "YYYY-MM-DD". */
  date: string
  /** Local times, "HH:MM". */
  from: string
  to: string
  startsAt: string
  endsAt: string
  level: GapLevel
  /** How many people are on the desk in this slot (0 or 1 below a minimum of 2). */
  staffed: number
}

/**
 * The slots within the opening hours of each Infopunt, on `days` local dates from `fromDate`, where
 * fewer than `minimumStaff` people are rostered. Adjacent slots at the same level are merged. Pure:
 * everything it needs is passed in.
 */
export const coverageGaps = (
  locations: readonly CoverageLocation[],
  shifts: readonly CoverageShift[],
  fromDate: string,
  days: number,
  options: { minimumStaff?: number } = {},
): CoverageGap[] => {
  const minimum = options.minimumStaff ?? 2
  const gaps: CoverageGap[] = []
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(fromDate, offset)
    const weekday = weekdayOf(date)
    for (const location of locations) {
      const periods = (location.openingHours ?? [])
        .filter((period) => period.weekday === weekday)
        .sort((a, b) => a.opens.localeCompare(b.opens))
      for (const period of periods) {
        const open = localInstant(date, period.opens).getTime()
        const close = localInstant(date, period.closes).getTime()
        if (!(close > open)) continue
        const here = shifts
          .filter((shift) => String(shift.location) === String(location.id))
          .map((shift) => ({
            from: Math.max(open, new Date(shift.startsAt).getTime()),
            to: Math.min(close, new Date(shift.endsAt).getTime()),
            headcount: shift.headcount,
          }))
          .filter((shift) => shift.to > shift.from)
        const points = [...new Set([open, close, ...here.flatMap((shift) => [shift.from, shift.to])])].sort(
          (a, b) => a - b,
        )
        let current: { from: number; to: number; staffed: number } | null = null
        const flush = () => {
          if (!current) return
          gaps.push({
            locationId: location.id,
            locationName: location.name,
            date,
            from: localParts(new Date(current.from)).time,
            to: localParts(new Date(current.to)).time,
            startsAt: new Date(current.from).toISOString(),
            endsAt: new Date(current.to).toISOString(),
            level: current.staffed === 0 ? 'unstaffed' : 'single',
            staffed: current.staffed,
          })
          current = null
        }
        for (let index = 0; index < points.length - 1; index++) {
          const from = points[index]
          const to = points[index + 1]
          const staffed = here
            .filter((shift) => shift.from <= from && shift.to >= to)
            .reduce((sum, shift) => sum + shift.headcount, 0)
          if (staffed >= minimum) {
            flush()
            continue
          }
          const level = Math.min(staffed, 1)
          if (current && current.to === from && Math.min(current.staffed, 1) === level) current.to = to
          else {
            flush()
            current = { from, to, staffed: level }
          }
        }
        flush()
      }
    }
  }
  return gaps
}
