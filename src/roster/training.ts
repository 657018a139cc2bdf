import type { Payload } from 'payload'

import { shiftsWithoutTrainedColleague } from '@/trainings/status'
import { trainedUsers } from '@/trainings/overview'

import type { ShiftView } from './shifts'

/**
 * The shifts on which someone in training works without a trained colleague beside them, by shift
 * id, with the names of those in training.
 */
export const untrainedShifts = async (payload: Payload, shifts: ShiftView[], now = new Date()) => {
  const trained = await trainedUsers(payload, [...new Set(shifts.flatMap((shift) => shift.staffIds))], now)
  return shiftsWithoutTrainedColleague(
    shifts.map((shift) => ({
      id: shift.id,
      location: shift.locationId,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
      // loadShifts lists the people with an account first, in the order of staffIds.
      people: shift.people.map((person, index) => ({
        name: person.name,
        userId: person.hasAccount ? shift.staffIds[index] : undefined,
      })),
    })),
    (id) => trained.has(String(id)),
  )
}
