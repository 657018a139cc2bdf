import type { Payload } from 'payload'

import { addDays, localParts, mondayOf, startOfLocalDay } from '@/lib/localTime'
import { findUserLocations } from '@/locations/userLocations'
import { pageNetwork } from '@/networks/current'
import type { User } from '@/payload-types'

import { coverageGaps, type CoverageGap } from './coverage'
import { coverageShift, loadShifts, type ShiftView } from './shifts'
import { untrainedShifts } from './training'

export const OUTLOOK_DAYS = 28

const weekHref = (date: string, location: number | string) => `/rooster?week=${mondayOf(date)}&infopunt=${location}`

/** Where a coordinator fixes a shift: its edit view in the admin. */
export const shiftEditHref = (id: number | string) => `/admin/collections/roster-shifts/${id}`
export const NEW_SHIFT_HREF = '/admin/collections/roster-shifts/create'

export interface OutlookGap extends CoverageGap {
  /** The week on /rooster that shows the slot. */
  weekHref: string
  /** The fix: the first shift in the slot to change (add a professional or a colleague), or a new shift. */
  fixHref: string
  fixLabel: string
}

export interface OutlookUntrained {
  shift: ShiftView
  names: string[]
  weekHref: string
  fixHref: string
}

export interface CoverageOutlook {
  days: number
  gaps: OutlookGap[]
  counts: Record<CoverageGap['level'], number>
  /** Shifts with someone in training and no trained colleague beside them. */
  untrained: OutlookUntrained[]
}

/**
 * The coming weeks' coverage gaps and shifts with someone in training alone, of every Infopunt the
 * user rosters, each with a link to its week on /rooster and one to fix it in the admin.
 */
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
    .map((gap): OutlookGap => {
      const inSlot = shifts.find(
        (shift) =>
          String(shift.locationId) === String(gap.locationId) &&
          Date.parse(shift.startsAt) < Date.parse(gap.endsAt) &&
          Date.parse(shift.endsAt) > Date.parse(gap.startsAt),
      )
      return {
        ...gap,
        weekHref: weekHref(gap.date, gap.locationId),
        fixHref: inSlot ? shiftEditHref(inSlot.id) : NEW_SHIFT_HREF,
        fixLabel: inSlot ? 'dienst aanpassen' : 'dienst toevoegen',
      }
    })
  const counts = { unstaffed: 0, single: 0, noProfessional: 0 }
  for (const gap of gaps) counts[gap.level]++
  const flagged = await untrainedShifts(payload, pageNetwork(user), shifts, now)
  const untrained = shifts
    .filter((shift) => flagged.has(String(shift.id)) && Date.parse(shift.endsAt) > now.getTime())
    .map((shift) => ({
      shift,
      names: flagged.get(String(shift.id))!,
      weekHref: weekHref(localParts(new Date(shift.startsAt)).date, shift.locationId),
      fixHref: shiftEditHref(shift.id),
    }))
  return { days, gaps, counts, untrained }
}

/** Someone on the coming weeks' roster by name only, and their first shift there. */
export interface RosteredWithoutAccount {
  name: string
  startsAt: string
  locationName: string
}

/**
 * The people the roster names without an account, from now to the coverage outlook's end, in
 * the order of their first shift. The roster counts them as in training (nothing records their
 * trainings), so the overview lists them beside the accounts.
 */
export const loadRosteredWithoutAccount = async (
  payload: Payload,
  user: User,
  now = new Date(),
): Promise<RosteredWithoutAccount[]> => {
  const today = localParts(now).date
  const shifts = await loadShifts(payload, user, { from: now, to: startOfLocalDay(addDays(today, OUTLOOK_DAYS + 1)) })
  const first = new Map<string, RosteredWithoutAccount>()
  for (const shift of shifts)
    for (const person of shift.people)
      if (!person.hasAccount && !first.has(person.name))
        first.set(person.name, { name: person.name, startsAt: shift.startsAt, locationName: shift.locationName })
  return [...first.values()]
}
