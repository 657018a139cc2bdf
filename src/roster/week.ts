import type { Payload } from 'payload'

import { canManageRoster } from '@/access/isRosterManager'
import { addDays, localParts, mondayOf, startOfLocalDay, weekdayOf } from '@/lib/localTime'
import { findUserLocations } from '@/locations/userLocations'
import { pageNetwork } from '@/networks/current'
import type { User } from '@/payload-types'

import { coverageGaps, type CoverageGap } from './coverage'
import { coverageShift, loadShifts, type ShiftView } from './shifts'
import { untrainedShifts } from './training'

export interface WeekCell {
  date: string
  shifts: ShiftView[]
  gaps: CoverageGap[]
  open: boolean
}

export interface WeekRoster {
  monday: string
  previous: string
  next: string
  days: string[]
  locations: { id: number | string; name: string }[]
  selected: number | string | 'alle'
  rows: { id: number | string; name: string; cells: WeekCell[] }[]
  /** For coordinators and administrators: shifts with someone in training alone, by shift id, with their names. */
  untrained: Map<string, string[]>
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The week holding `week` (any date, default today) for one Infopunt or all. */
export const loadWeekRoster = async (
  payload: Payload,
  user: User,
  params: { week?: string; location?: string },
  now = new Date(),
): Promise<WeekRoster> => {
  const monday = mondayOf(
    params.week && DATE.test(params.week) && !Number.isNaN(Date.parse(params.week))
      ? params.week
      : localParts(now).date,
  )
  const all = await findUserLocations(payload, user, { name: true, openingHours: true, staffing: true })
  const picked = all.find((location) => String(location.id) === params.location)
  const shown = picked ? [picked] : all
  const shifts = await loadShifts(payload, user, {
    from: startOfLocalDay(monday),
    to: startOfLocalDay(addDays(monday, 7)),
    location: picked?.id,
  })
  const gaps = coverageGaps(shown, shifts.map(coverageShift), monday, 7)
  const untrained = canManageRoster(user) ? await untrainedShifts(payload, pageNetwork(user), shifts, now) : new Map()
  const week = Array.from({ length: 7 }, (_, index) => addDays(monday, index))
  const rows = shown.map((location) => ({
    id: location.id,
    name: location.name,
    cells: week.map((date) => ({
      date,
      open: (location.openingHours ?? []).some((period) => period.weekday === weekdayOf(date)),
      shifts: shifts.filter(
        (shift) =>
          String(shift.locationId) === String(location.id) && localParts(new Date(shift.startsAt)).date === date,
      ),
      gaps: gaps.filter((gap) => String(gap.locationId) === String(location.id) && gap.date === date),
    })),
  }))
  // Weekend days without opening hours or shifts anywhere are left out, so the week fits one page.
  const days = week.filter(
    (date, index) => index < 5 || rows.some((row) => row.cells[index].open || row.cells[index].shifts.length),
  )
  return {
    monday,
    previous: addDays(monday, -7),
    next: addDays(monday, 7),
    days,
    locations: all.map(({ id, name }) => ({ id, name })),
    selected: picked?.id ?? 'alle',
    rows: rows.map((row) => ({ ...row, cells: row.cells.filter((cell) => days.includes(cell.date)) })),
    untrained,
  }
}
