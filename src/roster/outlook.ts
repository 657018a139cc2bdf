import type { Payload } from 'payload'

import { addDays, localParts, mondayOf, startOfLocalDay } from '@/lib/localTime'
import type { User } from '@/payload-types'

import { coverageGaps, type CoverageGap } from './coverage'
import { coverageShift, loadShifts } from './shifts'

export const OUTLOOK_DAYS = 28

export interface CoverageOutlook {
  days: number
  gaps: (CoverageGap & { weekHref: string })[]
  counts: Record<CoverageGap['level'], number>
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
    payload.find({
      collection: 'locations',
      user,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: 'name',
      select: { name: true, openingHours: true, staffing: true },
    }),
    loadShifts(payload, user, { from: startOfLocalDay(today), to: startOfLocalDay(addDays(today, days + 1)) }),
  ])
  const gaps = coverageGaps(locations.docs, shifts.map(coverageShift), today, days)
    .filter((gap) => Date.parse(gap.endsAt) > now.getTime())
    .map((gap) => ({ ...gap, weekHref: `/rooster?week=${mondayOf(gap.date)}&infopunt=${gap.locationId}` }))
  const counts = { unstaffed: 0, single: 0, noProfessional: 0 }
  for (const gap of gaps) counts[gap.level]++
  return { days, gaps, counts }
}
