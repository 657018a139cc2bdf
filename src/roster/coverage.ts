import { addDays, localInstant, localParts, weekdayOf } from '@/lib/localTime'

/** How an Infopunt is to be staffed: set per Infopunt by an administrator (collections/Locations.ts). */
export interface StaffingRules {
  /** The fewest people on the desk during opening hours. */
  minimumStaff?: number | null
  /** Volunteers only beside a professional ("vrijwilligers naast een beroepskracht"). */
  requireProfessional?: boolean | null
  /** What saving a shift that breaks the pairing rule does: refuse it, or save it with a warning. */
  pairingEnforcement?: 'refuse' | 'warn' | null
}

export interface CoverageLocation {
  id: number | string
  name: string
  openingHours?: { weekday: string; opens: string; closes: string }[] | null
  staffing?: StaffingRules | null
}

export interface CoverageShift {
  location: number | string
  startsAt: string
  endsAt: string
  /** People on this shift: staff with an account plus people without one. */
  headcount: number
  /** How many of them are professionals; a shift is rostered as professional or volunteer as a whole. */
  professionals?: number
}

/** unstaffed: nobody; single: fewer than the minimum; noProfessional: people, but no professional among them. */
export type GapLevel = 'unstaffed' | 'single' | 'noProfessional'

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
  /** How many people are on the desk in this slot (for a pairing gap: in its first part). */
  staffed: number
}

export const DEFAULT_MINIMUM_STAFF = 2

/** The Dutch label of a gap, as the startpage, /rooster and the admin show it. */
export const gapLabel = (gap: Pick<CoverageGap, 'level' | 'staffed'>) =>
  gap.level === 'unstaffed'
    ? 'Onbezet'
    : gap.level === 'noProfessional'
      ? 'Geen beroepskracht'
      : gap.staffed === 1
        ? 'Eén persoon'
        : `${gap.staffed} personen`

export const staffingOf = (location: Pick<CoverageLocation, 'staffing'>) => ({
  minimumStaff: Math.max(1, location.staffing?.minimumStaff ?? DEFAULT_MINIMUM_STAFF),
  requireProfessional: location.staffing?.requireProfessional ?? false,
  pairingEnforcement: location.staffing?.pairingEnforcement ?? 'warn',
})

/** The number of professionals a shift puts on the desk. */
export const professionalsOn = (shift: { role?: string | null }, headcount: number) =>
  shift.role === 'professional' ? headcount : 0

/**
 * The slots within the opening hours of each Infopunt, on `days` local dates from `fromDate`, where
 * fewer people are rostered than the Infopunt's minimum (or `options.minimumStaff` where the Infopunt
 * sets none), and, where the Infopunt requires it, slots with people but without a professional.
 * A slot can be short of both: it is then reported twice, once for each rule. Adjacent slots of the
 * same level are merged. Pure: everything it needs is passed in.
 */
export const coverageGaps = (
  locations: readonly CoverageLocation[],
  shifts: readonly CoverageShift[],
  fromDate: string,
  days: number,
  options: { minimumStaff?: number } = {},
): CoverageGap[] => {
  const gaps: CoverageGap[] = []
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(fromDate, offset)
    const weekday = weekdayOf(date)
    for (const location of locations) {
      const rules = staffingOf({
        staffing: {
          ...location.staffing,
          minimumStaff: location.staffing?.minimumStaff ?? options.minimumStaff,
        },
      })
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
            professionals: shift.professionals ?? 0,
          }))
          .filter((shift) => shift.to > shift.from)
        const points = [...new Set([open, close, ...here.flatMap((shift) => [shift.from, shift.to])])].sort(
          (a, b) => a - b,
        )
        // One run of merged slots per rule, so a slot short of both rules is reported under each.
        const found: CoverageGap[] = []
        const runs: Record<'heads' | 'pairing', { from: number; to: number; level: GapLevel; staffed: number } | null> =
          { heads: null, pairing: null }
        const flush = (rule: 'heads' | 'pairing') => {
          const current = runs[rule]
          if (!current) return
          found.push({
            locationId: location.id,
            locationName: location.name,
            date,
            from: localParts(new Date(current.from)).time,
            to: localParts(new Date(current.to)).time,
            startsAt: new Date(current.from).toISOString(),
            endsAt: new Date(current.to).toISOString(),
            level: current.level,
            staffed: current.staffed,
          })
          runs[rule] = null
        }
        const extend = (
          rule: 'heads' | 'pairing',
          from: number,
          to: number,
          level: GapLevel | null,
          staffed: number,
        ) => {
          const current = runs[rule]
          if (level === null) return flush(rule)
          // Head-count gaps split where the count changes; a pairing gap runs on while nobody is a professional.
          const same = current && current.level === level && (rule === 'pairing' || current.staffed === staffed)
          if (current && same && current.to === from) {
            current.to = to
            return
          }
          flush(rule)
          runs[rule] = { from, to, level, staffed }
        }
        for (let index = 0; index < points.length - 1; index++) {
          const from = points[index]
          const to = points[index + 1]
          const covering = here.filter((shift) => shift.from <= from && shift.to >= to)
          const staffed = covering.reduce((sum, shift) => sum + shift.headcount, 0)
          const professionals = covering.reduce((sum, shift) => sum + shift.professionals, 0)
          const short = staffed < rules.minimumStaff
          extend('heads', from, to, short ? (staffed === 0 ? 'unstaffed' : 'single') : null, staffed)
          const unpaired = rules.requireProfessional && staffed > 0 && professionals === 0
          extend('pairing', from, to, unpaired ? 'noProfessional' : null, staffed)
        }
        flush('heads')
        flush('pairing')
        gaps.push(...found.sort((a, b) => a.startsAt.localeCompare(b.startsAt)))
      }
    }
  }
  return gaps
}
