import type { Payload, Where } from 'payload'

import { localInstant, localParts } from '@/lib/localTime'
import type { Id } from '@/lib/relations'

/** The filter shared by the report, the export and the /rapportage page. Dates are Dutch local calendar dates. */
export interface RegistrationFilter {
  /** Reports and exports count one network's Infopunten (none: nothing to count). */
  network: Id | null
  from: string
  to: string
  /** A location id (opaque: a number on SQLite, a string on MongoDB). */
  location?: number | string
  /** A municipality id, opaque as well. */
  municipality?: number | string
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const MAX_DAYS = 366 * 10
/** An id as the database gives it: a number on SQLite, a hexadecimal string on MongoDB. */
const OPAQUE_ID = /^[A-Za-z0-9-]{1,64}$/
export const isOpaqueId = (value: string) => OPAQUE_ID.test(value)

const isCalendarDate = (value: string) => {
  if (!DATE.test(value)) return false
  const date = new Date(`${value}T12:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** The first and last day of the current local year, as the default period. */
export const defaultPeriod = (now = new Date()) => {
  const today = localParts(now).date
  return { from: `${today.slice(0, 4)}-01-01`, to: today }
}

/** Reads from, to, location and municipality from a query string; a Dutch reason when one is wrong. */
export const parseFilter = (params: URLSearchParams, network: Id | null): RegistrationFilter | { error: string } => {
  const period = defaultPeriod()
  const from = params.get('from') || period.from
  const to = params.get('to') || period.to
  if (!isCalendarDate(from)) return { error: 'De begindatum (from) moet een datum zijn als 2026-01-31.' }
  if (!isCalendarDate(to)) return { error: 'De einddatum (to) moet een datum zijn als 2026-12-31.' }
  if (from > to) return { error: 'De begindatum ligt na de einddatum.' }
  // Registrations began this century; the period's calendar arithmetic stays within four-digit years.
  if (from < '2000-01-01' || to > '2099-12-31') return { error: 'Kies een periode tussen 2000 en 2099.' }
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000
  if (days > MAX_DAYS) return { error: 'Een periode is hoogstens tien jaar.' }
  const location = params.get('location')?.trim() || undefined
  if (location && !OPAQUE_ID.test(location)) return { error: 'Onbekend Infopunt (location).' }
  const municipality = params.get('municipality')?.trim() || undefined
  if (municipality && !OPAQUE_ID.test(municipality)) return { error: 'Onbekende gemeente (municipality).' }
  return { network, from, to, location, municipality }
}

/** The next calendar day of a YYYY-MM-DD date. */
export const nextDay = (date: string) => {
  const day = new Date(`${date}T12:00:00Z`)
  day.setUTCDate(day.getUTCDate() + 1)
  return day.toISOString().slice(0, 10)
}

/** The instants [start, end) of the local days from … to, inclusive. */
export const periodInstants = (filter: Pick<RegistrationFilter, 'from' | 'to'>) => ({
  start: localInstant(filter.from, '00:00'),
  end: localInstant(nextDay(filter.to), '00:00'),
})

/** The ids of the Infopunten counted: the network's, in the filter's municipality when it names one. */
export const locationsInScope = async (payload: Payload, filter: RegistrationFilter): Promise<Id[]> => {
  if (filter.network === null) return []
  const { docs } = await payload.find({
    collection: 'locations',
    where: {
      network: { equals: filter.network },
      ...(filter.municipality && { municipality: { equals: filter.municipality } }),
    },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { name: true },
  })
  return docs.map((location) => location.id)
}

/**
 * The Payload `where` for a filter. The network and a municipality become the list of their
 * locations, so the query stays on the registrations' own indexed columns on every database.
 */
export const filterWhere = async (payload: Payload, filter: RegistrationFilter): Promise<Where> => {
  const { start, end } = periodInstants(filter)
  const and: Where[] = [
    { occurredAt: { greater_than_equal: start.toISOString() } },
    { occurredAt: { less_than: end.toISOString() } },
  ]
  if (filter.location) and.push({ location: { equals: filter.location } })
  and.push({ location: { in: await locationsInScope(payload, filter) } })
  return { and }
}
