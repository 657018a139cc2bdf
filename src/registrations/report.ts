import type { Payload, Where } from 'payload'

import { domainOptions, kindOfHelpOptions } from '@/fields/directory'
import { localInstant, localParts } from '@/lib/localTime'
import { dutchLabel } from '@/lib/options'

import { filterWhere, periodInstants, type RegistrationFilter } from './filters'
import { ageBandOptions, answerTypeOptions } from './options'

export const groupByValues = [
  'location',
  'municipality',
  'theme',
  'domain',
  'ageBand',
  'answerType',
  'organisation',
  'referralKind',
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
}

/** One group: its key and label and the extra condition that selects its registrations. */
interface Group {
  key: string
  label: string
  where: Where
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

const nextMonth = (key: string) => {
  const [year, month] = key.split('-').map(Number)
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`
}

const allDocs = async <T extends 'locations' | 'themes' | 'organisations'>(payload: Payload, collection: T) =>
  (
    await payload.find({
      collection,
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'name',
      select:
        collection === 'locations'
          ? { name: true, municipality: true }
          : collection === 'organisations'
            ? { name: true, kindOfHelp: true }
            : { name: true },
    })
  ).docs as unknown as { id: number | string; name: string; municipality?: string; kindOfHelp?: string }[]

/** The groups of a grouping, each with its own condition; ids stay opaque, so this runs on SQLite and MongoDB. */
const groupsOf = async (payload: Payload, groupBy: GroupBy, filter: RegistrationFilter): Promise<Group[]> => {
  switch (groupBy) {
    case 'location':
      return (await allDocs(payload, 'locations')).map((location) => ({
        key: String(location.id),
        label: location.name,
        where: { location: { equals: location.id } },
      }))
    case 'municipality': {
      const byMunicipality = new Map<string, (number | string)[]>()
      for (const location of await allDocs(payload, 'locations'))
        byMunicipality.set(location.municipality ?? '', [
          ...(byMunicipality.get(location.municipality ?? '') ?? []),
          location.id,
        ])
      return [...byMunicipality].map(([municipality, ids]) => ({
        key: municipality,
        label: municipality,
        where: { location: { in: ids } },
      }))
    }
    case 'theme':
      return (await allDocs(payload, 'themes')).map((theme) => ({
        key: String(theme.id),
        label: theme.name,
        where: { themes: { in: [theme.id] } },
      }))
    case 'organisation':
      return (await allDocs(payload, 'organisations')).map((organisation) => ({
        key: String(organisation.id),
        label: organisation.name,
        where: { referredOrganisations: { in: [organisation.id] } },
      }))
    case 'referralKind': {
      const organisations = await allDocs(payload, 'organisations')
      return kindOfHelpOptions.map((option) => ({
        key: option.value,
        label: dutchLabel(option.label),
        where: {
          referredOrganisations: {
            in: organisations.filter((organisation) => organisation.kindOfHelp === option.value).map((o) => o.id),
          },
        },
      }))
    }
    case 'domain':
      return [
        ...domainOptions.map((option) => ({
          key: option.value,
          label: dutchLabel(option.label),
          where: { domain: { equals: option.value } } as Where,
        })),
        { key: 'none', label: 'Niet ingevuld', where: { domain: { exists: false } } },
      ]
    case 'ageBand':
      return ageBandOptions.map((option) => ({
        key: option.value,
        label: dutchLabel(option.label),
        where: { ageBand: { equals: option.value } },
      }))
    case 'answerType':
      return answerTypeOptions.map((option) => ({
        key: option.value,
        label: dutchLabel(option.label),
        where: { answerType: { equals: option.value } },
      }))
    case 'month': {
      const { start, end } = periodInstants(filter)
      return monthsOf(filter).map((month) => {
        const monthStart = localInstant(`${month}-01`, '00:00')
        const monthEnd = localInstant(`${nextMonth(month)}-01`, '00:00')
        return {
          key: month,
          label: monthName.format(new Date(`${month}-15T12:00:00Z`)),
          where: {
            and: [
              { occurredAt: { greater_than_equal: new Date(Math.max(+monthStart, +start)).toISOString() } },
              { occurredAt: { less_than: new Date(Math.min(+monthEnd, +end)).toISOString() } },
            ],
          },
        }
      })
    }
  }
}

/**
 * Counts per group, each a COUNT in the database (never loading registrations): one query per group
 * value, which keeps ids opaque and runs the same on SQLite and MongoDB. Groups of an empty list
 * (a kind of help no organisation has) count zero without a query.
 */
export const buildReport = async (payload: Payload, groupBy: GroupBy, filter: RegistrationFilter): Promise<Report> => {
  const base = await filterWhere(payload, filter)
  const groups = await groupsOf(payload, groupBy, filter)
  const count = (where: Where) =>
    payload.count({ collection: 'registrations', where: { and: [base, where] } }).then((result) => result.totalDocs)
  const isEmptyIn = (where: Where) =>
    Object.values(where).some(
      (condition) =>
        Array.isArray((condition as { in?: unknown[] })?.in) && (condition as { in: unknown[] }).in.length === 0,
    )
  const [total, ...counts] = await Promise.all([
    count({}),
    ...groups.map((group) => (isEmptyIn(group.where) ? Promise.resolve(0) : count(group.where))),
  ])
  let rows = groups.map((group, index) => ({ key: group.key, label: group.label, count: counts[index] }))
  if (groupBy !== 'month') {
    const fixed = ['domain', 'ageBand', 'answerType', 'referralKind'].includes(groupBy)
    // Open lists (locations, themes, organisations) show only what occurred, most frequent first.
    rows = fixed
      ? rows
      : rows.filter((row) => row.count > 0).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'))
  }
  return { groupBy, rows, total }
}

export const buildAllReports = async (payload: Payload, filter: RegistrationFilter) =>
  Object.fromEntries(
    await Promise.all(
      groupByValues.map(async (groupBy) => [groupBy, await buildReport(payload, groupBy, filter)] as const),
    ),
  ) as Record<GroupBy, Report>
