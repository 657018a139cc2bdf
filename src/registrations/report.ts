import type { Payload } from 'payload'

import { domainOptions, kindOfHelpOptions } from '@/fields/directory'
import { localParts } from '@/lib/localTime'
import { dutchLabel } from '@/lib/options'
import { referralOutcomes, type OrganisationOutcome } from '@/referrals/outcomes'

import { locationsInScope, type RegistrationFilter } from './filters'
import { namesOf, type Named } from './names'
import { ageBandOptions, answerTypeOptions } from './options'
import { readTallies, tallyDimensions, type Tally, type TallyDimension } from './tallies'

export const groupByValues = [
  'location',
  'municipality',
  'theme',
  'domain',
  'ageBand',
  'answerType',
  'organisation',
  'referralKind',
  'referralStatus',
  'month',
] as const
export type GroupBy = (typeof groupByValues)[number]

export const groupByLabels: Record<GroupBy, string> = {
  location: 'Infopunt',
  municipality: 'Gemeente',
  theme: 'Thema',
  domain: 'Domein',
  ageBand: 'Doelgroep',
  answerType: 'Hoe beantwoord',
  organisation: 'Doorverwezen naar',
  referralKind: 'Soort doorverwijzing',
  referralStatus: 'Stand doorverwijzing',
  month: 'Maand',
}

export interface ReportRow {
  key: string
  label: string
  count: number
}

export interface Report {
  groupBy: GroupBy
  rows: ReportRow[]
  total: number
  /** groupBy=referralStatus only: the outcome figures per organisation; `total` is then the number of referrals. */
  organisations?: OrganisationOutcome[]
}

const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** The calendar months (YYYY-MM) that overlap the period, up to this month: later ones have no registrations yet. */
const monthsOf = (filter: RegistrationFilter) => {
  const months: string[] = []
  let [year, month] = filter.from.slice(0, 7).split('-').map(Number)
  const thisMonth = localParts(new Date()).date.slice(0, 7)
  const last = filter.to.slice(0, 7) < thisMonth ? filter.to.slice(0, 7) : thisMonth
  if (filter.from.slice(0, 7) > last) return months
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    months.push(key)
    if (key >= last) break
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}

type TalliedGroupBy = Exclude<GroupBy, 'referralStatus'>

/** The tally dimension each grouping is counted from; the answer type also gives total, places and months. */
const dimensionOf: Record<TalliedGroupBy, TallyDimension> = {
  location: 'answerType',
  municipality: 'answerType',
  month: 'answerType',
  answerType: 'answerType',
  theme: 'theme',
  domain: 'domain',
  ageBand: 'ageBand',
  organisation: 'organisation',
  referralKind: 'referralKind',
}

const labelsFor: Partial<Record<GroupBy, 'locations' | 'themes' | 'organisations'>> = {
  location: 'locations',
  municipality: 'locations',
  theme: 'themes',
  organisation: 'organisations',
}

const sum = (tallies: Tally[], keyOf: (tally: Tally) => string | undefined) => {
  const counts = new Map<string, number>()
  for (const tally of tallies) {
    const key = keyOf(tally)
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + tally.count)
  }
  return counts
}

const fixedRows = (options: { value: string; label: { nl: string } | string }[], counts: Map<string, number>) =>
  options.map((option) => ({
    key: option.value,
    label: dutchLabel(option.label),
    count: counts.get(option.value) ?? 0,
  }))

/** Open lists (locations, municipalities, themes, organisations) show only what occurred, most frequent first. */
const occurred = (rows: ReportRow[]) =>
  rows.filter((row) => row.count > 0).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'))

/** One grouping's rows from the tallies of its dimension (and the answer type's, for the total). */
const reportFrom = (
  groupBy: TalliedGroupBy,
  filter: RegistrationFilter,
  tallies: Tally[],
  names: Map<string, Named> | undefined,
): Report => {
  const answers = tallies.filter((tally) => tally.dimension === 'answerType')
  const own = tallies.filter((tally) => tally.dimension === dimensionOf[groupBy])
  const total = answers.reduce((sum, tally) => sum + tally.count, 0)
  const named = (counts: Map<string, number>) =>
    occurred(
      [...counts]
        .filter(([key]) => names?.has(key))
        .map(([key, count]) => ({ key, label: names!.get(key)!.name, count })),
    )
  let rows: ReportRow[]
  switch (groupBy) {
    case 'location':
      rows = named(sum(answers, (tally) => String(tally.location)))
      break
    case 'municipality': {
      const labels = new Map<string, string>()
      const municipalityOf = (tally: Tally) => {
        const municipality = names?.get(String(tally.location))?.municipality
        if (!municipality) return undefined
        labels.set(String(municipality.id), municipality.name)
        return String(municipality.id)
      }
      rows = occurred(
        [...sum(answers, municipalityOf)].map(([key, count]) => ({ key, label: labels.get(key)!, count })),
      )
      break
    }
    case 'theme':
    case 'organisation':
      rows = named(sum(own, (tally) => tally.value))
      break
    case 'referralKind':
      rows = fixedRows(
        kindOfHelpOptions,
        sum(own, (tally) => tally.value),
      )
      break
    case 'domain':
      rows = fixedRows(
        [...domainOptions, { value: 'none', label: 'Niet ingevuld' }],
        sum(own, (tally) => tally.value),
      )
      break
    case 'ageBand':
      rows = fixedRows(
        ageBandOptions,
        sum(own, (tally) => tally.value),
      )
      break
    case 'answerType':
      rows = fixedRows(
        answerTypeOptions,
        sum(own, (tally) => tally.value),
      )
      break
    case 'month': {
      const counts = sum(answers, (tally) => tally.day.slice(0, 7))
      rows = monthsOf(filter).map((month) => ({
        key: month,
        label: monthName.format(new Date(`${month}-15T12:00:00Z`)),
        count: counts.get(month) ?? 0,
      }))
      break
    }
  }
  return { groupBy, rows, total }
}

/**
 * Reports read the running tallies per day, Infopunt and dimension (src/registrations/tallies.ts),
 * never the registrations: a report is at most four queries (the network's Infopunten, the
 * tallies, the names for the labels), however many registrations, organisations, themes or months
 * there are. Ids stay opaque, so this runs the same on SQLite and MongoDB.
 */
export const buildReport = async (payload: Payload, groupBy: GroupBy, filter: RegistrationFilter): Promise<Report> => {
  const locationIds = await locationsInScope(payload, filter)
  if (groupBy === 'referralStatus')
    return {
      groupBy,
      ...(await referralOutcomes(
        payload,
        filter,
        locationIds,
        await namesOf(payload, 'organisations', filter.network),
      )),
    }
  const dimensions = [...new Set<TallyDimension>(['answerType', dimensionOf[groupBy]])]
  const collection = labelsFor[groupBy]
  const [tallies, names] = await Promise.all([
    readTallies(payload, filter, dimensions, locationIds),
    collection ? namesOf(payload, collection, filter.network) : undefined,
  ])
  return reportFrom(groupBy, filter, tallies, names)
}

/** Every grouping at once, from one read of the tallies and one of each kind of name. */
export const buildAllReports = async (payload: Payload, filter: RegistrationFilter) => {
  const locationIds = await locationsInScope(payload, filter)
  const [tallies, locations, themes, organisations] = await Promise.all([
    readTallies(payload, filter, tallyDimensions, locationIds),
    namesOf(payload, 'locations', filter.network),
    namesOf(payload, 'themes', filter.network),
    namesOf(payload, 'organisations', filter.network),
  ])
  const names = { locations, themes, organisations }
  const outcomes = await referralOutcomes(payload, filter, locationIds, organisations)
  return Object.fromEntries(
    groupByValues.map((groupBy) => {
      if (groupBy === 'referralStatus') return [groupBy, { groupBy, ...outcomes }] as const
      const collection = labelsFor[groupBy]
      return [groupBy, reportFrom(groupBy, filter, tallies, collection ? names[collection] : undefined)] as const
    }),
  ) as Record<GroupBy, Report>
}
