import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { formatDate } from '@/lib/dates'
import { addDays, localInstant, localParts } from '@/lib/localTime'
import { idOf } from '@/lib/relations'
import { isValidationError } from '@/lib/validationError'
import type { RosterShift } from '@/payload-types'
import { validateExternalAvailability, validateStaffAvailability } from './overlap'

export const MAX_REPEAT_WEEKS = 53

export type RepeatOutcome =
  { ok: true; created: (number | string)[]; seriesId: string } | { ok: false; status: 400 | 403 | 404; error: string }

/**
 * Repeats a shift every week, same local weekday and times (also across daylight saving), up to and
 * including `until`. All or nothing: when one week clashes with another shift of the same person,
 * no week is created and the answer names the clash.
 */
export const repeatShiftWeekly = async (
  req: PayloadRequest,
  shiftId: number | string,
  until: unknown,
): Promise<RepeatOutcome> => {
  if (typeof until !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(until)))
    return { ok: false, status: 400, error: 'Vul een einddatum in als JJJJ-MM-DD.' }
  const { payload, user } = req
  const shift = (await payload
    .findByID({ collection: 'roster-shifts', id: shiftId, user, overrideAccess: false, depth: 0 })
    .catch(() => null)) as RosterShift | null
  if (!shift) return { ok: false, status: 404, error: 'Deze dienst bestaat niet.' }

  const start = localParts(new Date(shift.startsAt))
  const end = localParts(new Date(shift.endsAt))
  const dayOffset = Math.round((Date.parse(end.date) - Date.parse(start.date)) / 86400_000)
  const dates: string[] = []
  for (let week = 1; week <= MAX_REPEAT_WEEKS + 1; week++) {
    const date = addDays(start.date, week * 7)
    if (date > until) break
    dates.push(date)
  }
  if (dates.length === 0)
    return { ok: false, status: 400, error: 'De einddatum moet minstens een week na deze dienst liggen.' }
  if (dates.length > MAX_REPEAT_WEEKS)
    return { ok: false, status: 400, error: `Herhaal een dienst hoogstens ${MAX_REPEAT_WEEKS} weken vooruit.` }

  const occurrences = dates.map((date) => ({
    date,
    startsAt: localInstant(date, start.time).toISOString(),
    endsAt: localInstant(addDays(date, dayOffset), end.time).toISOString(),
  }))
  // Check every week first: SQLite runs without transactions here, so nothing is written unless all fit.
  for (const occurrence of occurrences) {
    const booking = { startsAt: occurrence.startsAt, endsAt: occurrence.endsAt }
    for (const check of [
      await validateStaffAvailability(shift.staff, booking, req),
      await validateExternalAvailability(shift.externalNames, booking, req),
    ]) {
      if (check !== true)
        return {
          ok: false,
          status: 400,
          error: `Week van ${formatDate(occurrence.startsAt)}: ${check} Er is niets herhaald.`,
        }
    }
  }

  const seriesId = shift.seriesId || randomUUID()
  const created: (number | string)[] = []
  try {
    for (const occurrence of occurrences) {
      const doc = await payload.create({
        collection: 'roster-shifts',
        req,
        user,
        overrideAccess: false,
        depth: 0,
        data: {
          location: idOf(shift.location),
          startsAt: occurrence.startsAt,
          endsAt: occurrence.endsAt,
          staff: (shift.staff ?? []).map((person) => idOf(person)),
          externalNames: shift.externalNames ?? [],
          role: shift.role,
          organisation: idOf(shift.organisation) ?? undefined,
          notes: shift.notes ?? undefined,
          seriesId,
        },
      })
      created.push(doc.id)
    }
    if (!shift.seriesId)
      await payload.update({
        collection: 'roster-shifts',
        id: shift.id,
        data: { seriesId },
        req,
        user,
        overrideAccess: false,
        depth: 0,
      })
    return { ok: true, created, seriesId }
  } catch (error) {
    // Something changed between the check and the write: take back what this call created.
    if (created.length)
      await payload.delete({ collection: 'roster-shifts', where: { id: { in: created } }, req, overrideAccess: true })
    if (isValidationError(error))
      return {
        ok: false,
        status: 400,
        error: `${error.data.errors.map((item) => item.message).join(' ')} Er is niets herhaald.`,
      }
    throw error
  }
}
