import type { Payload, Where } from 'payload'

import { idOf } from '@/lib/relations'
import { workingDaysBetween } from '@/lib/workingDays'
import { periodInstants, type RegistrationFilter } from '@/registrations/filters'
import type { Named } from '@/registrations/names'

import { referralStatusOptions } from './status'

/** Per organisation: how its referrals fared in the period. Percentages are whole numbers of all its referrals. */
export interface OrganisationOutcome {
  key: string
  label: string
  referrals: number
  /** Share the organisation (or the desk after a phone call) confirmed: received or further. */
  confirmedPercent: number
  /** Median working days from the referral to its first answer; null when none was answered. */
  medianWorkingDays: number | null
  completedPercent: number
}

export interface ReferralOutcomes {
  rows: { key: string; label: string; count: number }[]
  total: number
  organisations: OrganisationOutcome[]
}

const median = (values: number[]) => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole))

/**
 * Referral outcomes of a period (referrals made in it, at the filter's Infopunten). Unlike the
 * registration figures these are not tallied: an Infopunt makes a few referrals a day, so one query
 * reads the period's referrals with only the five fields needed and counts them in memory — a
 * year of three busy desks is a few thousand small rows. Should referrals grow into the hundreds of
 * thousands, they would get tallies of their own like registrations.
 */
export const referralOutcomes = async (
  payload: Payload,
  filter: RegistrationFilter,
  locationIds: (number | string)[],
  organisationNames: Map<string, Named>,
): Promise<ReferralOutcomes> => {
  const { start, end } = periodInstants(filter)
  const and: Where[] = [
    { createdAt: { greater_than_equal: start.toISOString() } },
    { createdAt: { less_than: end.toISOString() } },
    ...(filter.location ? [{ location: { equals: filter.location } }] : []),
    { location: { in: locationIds } },
  ]
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { and },
    select: { organisation: true, status: true, createdAt: true, firstAnswerAt: true },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const statusCounts = new Map<string, number>()
  const perOrganisation = new Map<string, { referrals: number; confirmed: number; completed: number; days: number[] }>()
  for (const referral of docs) {
    statusCounts.set(referral.status, (statusCounts.get(referral.status) ?? 0) + 1)
    const key = String(idOf(referral.organisation))
    const entry = perOrganisation.get(key) ?? { referrals: 0, confirmed: 0, completed: 0, days: [] }
    entry.referrals += 1
    if (referral.status !== 'sent') entry.confirmed += 1
    if (referral.status === 'completed') entry.completed += 1
    if (referral.firstAnswerAt)
      entry.days.push(workingDaysBetween(new Date(referral.createdAt), new Date(referral.firstAnswerAt)))
    perOrganisation.set(key, entry)
  }
  const organisations = [...perOrganisation]
    .filter(([key]) => organisationNames.has(key))
    .map(([key, entry]) => ({
      key,
      label: organisationNames.get(key)!.name,
      referrals: entry.referrals,
      confirmedPercent: percent(entry.confirmed, entry.referrals),
      medianWorkingDays: median(entry.days),
      completedPercent: percent(entry.completed, entry.referrals),
    }))
    .sort((a, b) => b.referrals - a.referrals || a.label.localeCompare(b.label, 'nl'))
  return {
    rows: referralStatusOptions.map((option) => ({
      key: option.value,
      label: option.label.nl,
      count: statusCounts.get(option.value) ?? 0,
    })),
    total: docs.length,
    organisations,
  }
}
