import type { Payload } from 'payload'

import type { Id } from '@/lib/relations'
import { shiftsWithoutTrainedColleague } from '@/trainings/status'
import { trainingJudge } from '@/trainings/overview'

import type { ShiftView } from './shifts'

/** Whether someone on these shifts is trained, by the network's own trainings (`trainingJudge`). */
const judgeFor = (payload: Payload, network: Id | null, shifts: ShiftView[], now: Date) =>
  network === null
    ? () => true
    : trainingJudge(payload, network, [...new Set(shifts.flatMap((shift) => shift.staffIds))], now)

// loadShifts lists the people with an account first, in the order of staffIds.
const accountOf = (shift: ShiftView, index: number) =>
  shift.people[index].hasAccount ? shift.staffIds[index] : undefined

/**
 * The shifts of one network on which someone in training works without a trained colleague beside
 * them, by shift id, with the names of those in training.
 */
export const untrainedShifts = async (payload: Payload, network: Id | null, shifts: ShiftView[], now = new Date()) => {
  const isTrained = await judgeFor(payload, network, shifts, now)
  return shiftsWithoutTrainedColleague(
    shifts.map((shift) => ({
      id: shift.id,
      location: shift.locationId,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
      people: shift.people.map((person, index) => ({ name: person.name, userId: accountOf(shift, index) })),
    })),
    isTrained,
  )
}

/** The shifts with each person marked as in training or not, by the network's own trainings. */
export const withTrainees = async (
  payload: Payload,
  network: Id | null,
  shifts: ShiftView[],
  now = new Date(),
): Promise<ShiftView[]> => {
  const isTrained = await judgeFor(payload, network, shifts, now)
  return shifts.map((shift) => ({
    ...shift,
    people: shift.people.map((person, index) => ({ ...person, inTraining: !isTrained(accountOf(shift, index)) })),
  }))
}
