import type { Payload } from 'payload'

import type { Id } from '@/lib/relations'
import { shiftsWithoutTrainedColleague } from '@/trainings/status'
import { trainedUsers } from '@/trainings/overview'

import type { ShiftView } from './shifts'

/**
 * The shifts of one network on which someone in training works without a trained colleague beside
 * them, by shift id, with the names of those in training. Training is judged by that network's own
 * required trainings: someone trained in another network may still be in training here.
 */
export const untrainedShifts = async (payload: Payload, network: Id | null, shifts: ShiftView[], now = new Date()) => {
  const staff = [...new Set(shifts.flatMap((shift) => shift.staffIds))]
  const trained = network === null ? new Set<string>() : await trainedUsers(payload, network, staff, now)
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
