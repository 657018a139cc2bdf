import type { PayloadRequest } from 'payload'

import { formatDay, formatTime } from '@/lib/dates'
import { localParts } from '@/lib/localTime'
import type { Location, RosterShift } from '@/payload-types'
import { idOf, type Relation } from '@/lib/relations'

import { coverageGaps, professionalsOn, staffingOf, type CoverageGap } from './coverage'

type Ref = Relation | null | undefined

export interface ShiftDraft {
  id?: number | string
  location?: Ref
  startsAt?: string | null
  endsAt?: string | null
  role?: RosterShift['role'] | null
  staff?: Ref[] | null
  externalNames?: string[] | null
}

const DAY_MS = 24 * 3600_000

/**
 * The slots at the shift's Infopunt where, with this shift saved as it is, volunteers would be on
 * the desk without a professional, within the shift's own period (and its previous one, so that
 * shortening or moving a professional's shift counts too). Empty where the Infopunt has no pairing
 * rule. Reads other shifts with access overridden: the rule concerns the whole desk.
 */
export const pairingGaps = async (
  req: PayloadRequest,
  shift: ShiftDraft,
  previous?: { startsAt?: string | null; endsAt?: string | null } | null,
): Promise<{ gaps: CoverageGap[]; location: Location | null }> => {
  const locationId = idOf(shift.location)
  const starts = shift.startsAt ? Date.parse(shift.startsAt) : NaN
  const ends = shift.endsAt ? Date.parse(shift.endsAt) : NaN
  if (locationId === null || locationId === undefined || !(ends > starts)) return { gaps: [], location: null }
  const location = (await req.payload
    .findByID({ collection: 'locations', id: locationId, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)) as Location | null
  if (!location || !staffingOf(location).requireProfessional) return { gaps: [], location }

  const windows = [{ from: starts, to: ends }]
  if (previous?.startsAt && previous.endsAt)
    windows.push({ from: Date.parse(previous.startsAt), to: Date.parse(previous.endsAt) })
  const from = Math.min(...windows.map((window) => window.from))
  const to = Math.max(...windows.map((window) => window.to))
  const { docs } = await req.payload.find({
    collection: 'roster-shifts',
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
    where: {
      and: [
        { location: { equals: locationId } },
        { startsAt: { less_than: new Date(to).toISOString() } },
        { endsAt: { greater_than: new Date(from).toISOString() } },
        ...(shift.id !== undefined ? [{ id: { not_equals: shift.id } }] : []),
      ],
    },
    select: { startsAt: true, endsAt: true, role: true, staff: true, externalNames: true },
  })
  const toCoverage = (doc: ShiftDraft) => {
    const headcount = (doc.staff ?? []).length + (doc.externalNames ?? []).filter((name) => name?.trim()).length
    return {
      location: locationId,
      startsAt: new Date(doc.startsAt as string).toISOString(),
      endsAt: new Date(doc.endsAt as string).toISOString(),
      headcount,
      professionals: professionalsOn(doc, headcount),
    }
  }
  const firstDate = localParts(new Date(from)).date
  const days = Math.ceil((to - Date.parse(`${firstDate}T00:00:00Z`)) / DAY_MS) + 1
  const gaps = coverageGaps([location], [...(docs as ShiftDraft[]), shift].map(toCoverage), firstDate, days).filter(
    (gap) =>
      gap.level === 'noProfessional' &&
      windows.some((window) => Date.parse(gap.startsAt) < window.to && Date.parse(gap.endsAt) > window.from),
  )
  return { gaps, location }
}

/** The Dutch sentence naming the slots without a professional. */
export const describePairingGaps = (location: Pick<Location, 'name'>, gaps: CoverageGap[]) => {
  const slots = gaps.map((gap) => `${formatDay(gap.startsAt)} ${formatTime(gap.startsAt)}–${formatTime(gap.endsAt)}`)
  return `Bij ${location.name} staan vrijwilligers zonder beroepskracht op de balie: ${slots.join('; ')}.`
}

/** Validation of a shift against its Infopunt's pairing rule: refuses only where the Infopunt says so. */
export const validatePairing = async (req: PayloadRequest, shift: ShiftDraft): Promise<string | true> => {
  const previous =
    shift.id !== undefined
      ? await req.payload
          .findByID({
            collection: 'roster-shifts',
            id: shift.id,
            depth: 0,
            req,
            overrideAccess: true,
            disableErrors: true,
          })
          .catch(() => null)
      : null
  const { gaps, location } = await pairingGaps(req, shift, previous)
  if (!location || gaps.length === 0 || staffingOf(location).pairingEnforcement !== 'refuse') return true
  return `${describePairingGaps(location, gaps)} Rooster eerst een beroepskracht in voor die tijd; vrijwilligers staan hier altijd naast een beroepskracht.`
}
