import type { Payload } from 'payload'

import { addDays, localParts, mondayOf, startOfLocalDay } from '@/lib/localTime'
import { findUserLocations } from '@/locations/userLocations'
import type { User } from '@/payload-types'

import { coverageGaps, type CoverageGap } from './coverage'
import { coverageShift, loadShifts, type ShiftView } from './shifts'
import { untrainedShifts } from './training'

export const OUTLOOK_DAYS = 28

const weekHref = (date: string, location: number | string) => `/rooster?week=${mondayOf(date)}&infopunt=${location}`

export interface CoverageOutlook {
  days: number
  gaps: (CoverageGap & { weekHref: string })[]
  counts: Record<CoverageGap['level'], number>
  /** Shifts with someone in training and no trained colleague beside them. */
  untrained: { shift: ShiftView; names: string[]; weekHref: string }[]
}

/** The coming weeks' coverage gaps of every Infopunt, each with a link to its week on /rooster. */
export const loadCoverageOutlook = async (
  payload: Payload,
  user: User,
  now = new Date(),
  days = OUTLOOK_DAYS,
): Promise<CoverageOutlook> => {
  const today = localParts(now).date
  const [locations, shifts] = await Promise.all([
    findUserLocations(payload, user, { name: true, openingHours: true, staffing: true }),
    loadShifts(payload, user, { from: startOfLocalDay(today), to: startOfLocalDay(addDays(today, days + 1)) }),
  ])
  const gaps = coverageGaps(locations, shifts.map(coverageShift), today, days)
    .filter((gap) => Date.parse(gap.endsAt) > now.getTime())
    .map((gap) => ({ ...gap, weekHref: weekHref(gap.date, gap.locationId) }))
  const counts = { unstaffed: 0, single: 0, noProfessional: 0 }
  for (const gap of gaps) counts[gap.level]++
  const flagged = await untrainedShifts(payload, shifts, now)
  const untrained = shifts
    .filter((shift) => flagged.has(String(shift.id)) && Date.parse(shift.endsAt) > now.getTime())
    .map((shift) => ({
      shift,
      names: flagged.get(String(shift.id))!,
      weekHref: weekHref(localParts(new Date(shift.startsAt)).date, shift.locationId),
    }))
  return { days, gaps, counts, untrained }
}
