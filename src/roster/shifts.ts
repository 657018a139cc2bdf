import type { Payload, Where } from 'payload'

import type { Location, Organisation, RosterShift, User } from '@/payload-types'

export interface RosterPerson {
  name: string
  hasAccount: boolean
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

const idOf = (ref: unknown): number | string | null =>
  ref && typeof ref === 'object' ? ((ref as { id: number | string }).id ?? null) : (ref as number | string | null)

/**
 * Shifts overlapping [from, to), read with the user's access. Colleagues' names on the roster are
 * visible to all staff, while the users collection is not: names are read in one narrow query.
 */
export const loadShifts = async (
  payload: Payload,
  user: User | null,
  range: { from: Date; to: Date; location?: number | string; staff?: number | string },
  options: { overrideAccess?: boolean } = {},
): Promise<ShiftView[]> => {
  const and: Where[] = [
    { startsAt: { less_than: range.to.toISOString() } },
    { endsAt: { greater_than: range.from.toISOString() } },
  ]
  if (range.location !== undefined) and.push({ location: { equals: range.location } })
  if (range.staff !== undefined) and.push({ staff: { contains: range.staff } })
  const { docs } = await payload.find({
    collection: 'roster-shifts',
    user,
    overrideAccess: options.overrideAccess ?? false,
    depth: 1,
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
    populate: { locations: { name: true }, organisations: { name: true }, users: { name: true } },
  })
  const shifts = docs as RosterShift[]
  const staffIds = [...new Set(shifts.flatMap((shift) => (shift.staff ?? []).map(idOf)).filter((id) => id !== null))]
  const names = new Map<string, string>()
  if (staffIds.length) {
    const { docs: people } = await payload.find({
      collection: 'users',
      overrideAccess: true,
      depth: 0,
      pagination: false,
      where: { id: { in: staffIds } },
      select: { name: true },
    })
    for (const person of people) names.set(String(person.id), person.name)
  }
  return shifts.map((shift) => {
    const location = shift.location as Location | number | string
    const ids = (shift.staff ?? []).map(idOf).filter((id): id is number | string => id !== null)
    return {
      id: shift.id,
      locationId: idOf(location) as number | string,
      locationName: typeof location === 'object' ? location.name : '',
      startsAt: new Date(shift.startsAt).toISOString(),
      endsAt: new Date(shift.endsAt).toISOString(),
      role: shift.role,
      organisation:
        shift.organisation && typeof shift.organisation === 'object'
          ? (shift.organisation as Organisation).name
          : null,
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
