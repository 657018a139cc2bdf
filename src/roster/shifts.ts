import type { Payload, Where } from 'payload'

import { idOf } from '@/lib/relations'
import type { RosterShift, User } from '@/payload-types'

import { professionalsOn, type CoverageShift } from './coverage'

export interface RosterPerson {
  name: string
  hasAccount: boolean
  /** Marked where it is shown (the startpage): by the network's own required trainings. */
  inTraining?: boolean
}

/** A shift as pages and feeds show it: names resolved, times as ISO strings. */
export interface ShiftView {
  id: number | string
  locationId: number | string
  locationName: string
  startsAt: string
  endsAt: string
  role: 'professional' | 'volunteer'
  organisation: string | null
  people: RosterPerson[]
  staffIds: (number | string)[]
  notes: string | null
}

export const roleLabel = (role: ShiftView['role']) => (role === 'professional' ? 'beroepskracht' : 'vrijwilliger')

/**
 * Shifts overlapping [from, to), read with the user's access. Colleagues' names on the roster are
 * visible to all staff, while the users collection is not: names are read in one narrow query.
 */
export const loadShifts = async (
  payload: Payload,
  user: User | null,
  range: { from: Date; to: Date; location?: number | string; staff?: number | string; network?: number | string },
  options: { overrideAccess?: boolean } = {},
): Promise<ShiftView[]> => {
  const and: Where[] = [
    { startsAt: { less_than: range.to.toISOString() } },
    { endsAt: { greater_than: range.from.toISOString() } },
  ]
  if (range.location !== undefined) and.push({ location: { equals: range.location } })
  if (range.staff !== undefined) and.push({ staff: { contains: range.staff } })
  if (range.network !== undefined) and.push({ network: { equals: range.network } })
  const { docs } = await payload.find({
    collection: 'roster-shifts',
    user,
    overrideAccess: options.overrideAccess ?? false,
    depth: 0,
    pagination: false,
    sort: 'startsAt',
    where: { and },
    select: {
      location: true,
      startsAt: true,
      endsAt: true,
      role: true,
      organisation: true,
      staff: true,
      externalNames: true,
      notes: true,
    },
  })
  const shifts = docs as RosterShift[]
  // Names are resolved in three small queries rather than by populating every shift.
  const unique = (ids: unknown[]) =>
    [...new Set(ids.filter((id) => id !== null && id !== undefined))] as (number | string)[]
  const staffIds = unique(shifts.flatMap((shift) => (shift.staff ?? []).map(idOf)))
  const locationIds = unique(shifts.map((shift) => idOf(shift.location)))
  const organisationIds = unique(shifts.map((shift) => idOf(shift.organisation)))
  const byId = async (collection: 'users' | 'locations' | 'organisations', ids: (number | string)[]) => {
    if (ids.length === 0) return new Map<string, string>()
    const { docs: found } = await payload.find({
      collection,
      // Staff names on the roster are for every staff member; locations and organisations are readable anyway.
      overrideAccess: true,
      depth: 0,
      pagination: false,
      where: { id: { in: ids } },
      select: { name: true },
    })
    return new Map(found.map((doc) => [String(doc.id), (doc as { name: string }).name]))
  }
  const [names, locationNames, organisationNames] = await Promise.all([
    byId('users', staffIds),
    byId('locations', locationIds),
    byId('organisations', organisationIds),
  ])
  return shifts.map((shift) => {
    const ids = (shift.staff ?? []).map(idOf).filter((id): id is number | string => id !== null)
    return {
      id: shift.id,
      locationId: idOf(shift.location),
      locationName: locationNames.get(String(idOf(shift.location))) ?? '',
      startsAt: new Date(shift.startsAt).toISOString(),
      endsAt: new Date(shift.endsAt).toISOString(),
      role: shift.role,
      organisation: organisationNames.get(String(idOf(shift.organisation))) ?? null,
      people: [
        ...ids.map((id) => ({ name: names.get(String(id)) ?? 'Onbekende medewerker', hasAccount: true })),
        ...(shift.externalNames ?? []).map((name) => ({ name, hasAccount: false })),
      ],
      staffIds: ids,
      notes: shift.notes ?? null,
    }
  })
}

/** The number of people a shift puts on the desk. */
export const headcount = (shift: ShiftView) => shift.people.length

/** A shift as the coverage rules count it. */
export const coverageShift = (shift: ShiftView): CoverageShift => ({
  location: shift.locationId,
  startsAt: shift.startsAt,
  endsAt: shift.endsAt,
  headcount: headcount(shift),
  professionals: professionalsOn(shift, headcount(shift)),
})
