import type { Payload } from 'payload'

import { isAdministrator } from '@/access/isAdmin'
import type { User } from '@/payload-types'
import { loadShifts, type ShiftView } from '@/roster/shifts'

/** The shifts starting from now on that the user is rostered on (one under way keeps its history). */
export const futureShifts = async (payload: Payload, userId: number | string, now = new Date()): Promise<ShiftView[]> =>
  (
    await loadShifts(
      payload,
      null,
      { from: now, to: new Date(now.getTime() + 5 * 366 * 86400_000), staff: userId },
      { overrideAccess: true },
    )
  ).filter((shift) => Date.parse(shift.startsAt) >= now.getTime())

/**
 * Deactivates someone who leaves and takes them off their future shifts; a shift left without
 * anyone is deleted. Administrators only (they alone change the active flag).
 */
export const deactivateColleague = async (payload: Payload, actor: User, userId: number | string, now = new Date()) => {
  if (!isAdministrator(actor)) return { status: 403 as const, error: 'Alleen een beheerder deactiveert accounts.' }
  if (String(actor.id) === String(userId))
    return { status: 400 as const, error: 'Je kunt je eigen account niet deactiveren.' }
  const shifts = await futureShifts(payload, userId, now)
  let removed = 0
  let deleted = 0
  for (const shift of shifts) {
    const staff = shift.staffIds.filter((id) => String(id) !== String(userId))
    if (staff.length === 0 && shift.people.length === shift.staffIds.length) {
      await payload.delete({ collection: 'roster-shifts', id: shift.id, overrideAccess: true })
      deleted++
    } else {
      // The staffing rules show the gap this leaves; they do not stop someone from leaving.
      await payload.update({
        collection: 'roster-shifts',
        id: shift.id,
        overrideAccess: true,
        depth: 0,
        data: { staff: staff as number[] },
        context: { skipPairingCheck: true },
      })
      removed++
    }
  }
  await payload.update({ collection: 'users', id: userId, overrideAccess: true, depth: 0, data: { active: false } })
  return { status: 200 as const, removed, deleted }
}
