import type { PayloadRequest, Where } from 'payload'

import type { RosterShift } from '@/payload-types'
import { formatDay, formatTime } from '@/lib/dates'
import { idOf, type Relation } from '@/lib/relations'

interface Booking {
  id?: number | string
  startsAt?: string | null
  endsAt?: string | null
}

const overlappingShifts = async (req: PayloadRequest, booking: Booking, personFilter: Where) => {
  if (!booking.startsAt || !booking.endsAt || booking.endsAt <= booking.startsAt) return []
  const { docs } = await req.payload.find({
    collection: 'roster-shifts',
    depth: 1,
    pagination: false,
    req,
    where: {
      and: [
        { startsAt: { less_than: booking.endsAt } },
        { endsAt: { greater_than: booking.startsAt } },
        ...(booking.id !== undefined ? [{ id: { not_equals: booking.id } }] : []),
        personFilter,
      ],
    },
  })
  return docs as RosterShift[]
}

const describe = (who: string, shift: RosterShift) => {
  const where = typeof shift.location === 'object' && shift.location ? ` bij ${shift.location.name}` : ''
  return `${who} staat al ingeroosterd op ${formatDay(shift.startsAt)} van ${formatTime(shift.startsAt)} tot ${formatTime(shift.endsAt)}${where}.`
}

/** Refuses booking a staff user on two overlapping shifts; returns a Dutch message naming the clash. */
export const validateStaffAvailability = async (
  staff: Relation[] | null | undefined,
  booking: Booking,
  req: PayloadRequest,
): Promise<string | true> => {
  const ids = (staff ?? []).map(idOf).filter((id): id is number | string => id !== null && id !== undefined)
  if (ids.length === 0) return true
  for (const shift of await overlappingShifts(req, booking, { staff: { in: ids } })) {
    const clash = (shift.staff ?? []).find((person) => ids.some((id) => String(id) === String(idOf(person))))
    if (clash) return describe(typeof clash === 'object' ? clash.name : 'Deze medewerker', shift)
  }
  return true
}

const normaliseName = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ')

/** The same rule for people without an account, matched by name. */
export const validateExternalAvailability = async (
  names: string[] | null | undefined,
  booking: Booking,
  req: PayloadRequest,
): Promise<string | true> => {
  const wanted = (names ?? []).filter((name) => typeof name === 'string' && name.trim())
  if (wanted.length === 0) return true
  // Names are compared normalised (case, spaces), which a database filter cannot do: fetch the
  // few shifts in the same period and compare here.
  for (const shift of await overlappingShifts(req, booking, { externalNames: { exists: true } })) {
    const clash = (shift.externalNames ?? []).find((name) =>
      wanted.some((other) => normaliseName(other) === normaliseName(name)),
    )
    if (clash) return describe(clash, shift)
  }
  return true
}
