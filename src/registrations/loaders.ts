import type { Payload } from 'payload'

import { OWN_REGISTRATION_WINDOW_DAYS } from '@/access/registrations'
import { getBrand } from '@/brand/load'
import { domainOptions } from '@/fields/directory'
import { dutchOptions } from '@/lib/options'
import { addDays, localParts } from '@/lib/localTime'
import { idOf } from '@/lib/relations'
import { findUserLocations } from '@/locations/userLocations'
import { pageNetwork } from '@/networks/current'
import type { User } from '@/payload-types'
import { getPayloadClient } from '@/payloadClient'

import { isOpaqueId, parseFilter, type RegistrationFilter } from './filters'
import { LINKABLE_REFERRAL_HOURS } from './linkedReferrals'
import { ageBandOptions, answerTypeOptions, channelOptions, referralAnswerTypes } from './options'
import { toOwnRegistration } from './ownRegistration'
import { periodKinds, periodRange, type PeriodKind } from './periods'
import { buildAllReports } from './report'

type SearchParams = Record<string, string | string[] | undefined>

/**
 * What /registreren offers the desk worker: the pickers' choices, their own recent registrations and
 * the referrals they made in the last hours (to link; `referralCode`, from the Wegwijzer, comes pre-selected).
 */
export const loadRegisterPage = async (user: User, referralCode?: string) => {
  const payload = await getPayloadClient()
  const since = new Date(Date.now() - OWN_REGISTRATION_WINDOW_DAYS * 24 * 60 * 60 * 1000).toISOString()
  const referralsSince = new Date(Date.now() - LINKABLE_REFERRAL_HOURS * 60 * 60 * 1000).toISOString()
  const [locations, themes, own, referrals] = await Promise.all([
    findUserLocations(payload, user, { name: true }),
    payload.find({
      collection: 'themes',
      user,
      overrideAccess: false,
      depth: 0,
      limit: 200,
      sort: 'name',
      select: { name: true },
    }),
    payload.find({
      collection: 'registrations',
      user,
      overrideAccess: false,
      depth: 1,
      limit: 50,
      sort: '-occurredAt',
      where: { and: [{ registeredBy: { equals: user.id } }, { createdAt: { greater_than: since } }] },
    }),
    payload.find({
      collection: 'referrals',
      depth: 1,
      limit: 20,
      sort: '-createdAt',
      select: { code: true, organisation: true },
      populate: { organisations: { name: true } },
      where: { and: [{ referredBy: { equals: user.id } }, { createdAt: { greater_than: referralsSince } }] },
    }),
  ])
  const recentReferrals = referrals.docs.map((referral) => ({
    id: referral.id,
    code: referral.code,
    organisation:
      typeof referral.organisation === 'object'
        ? { id: referral.organisation.id, name: referral.organisation.name }
        : { id: referral.organisation, name: '' },
  }))
  return {
    userId: user.id,
    locations: locations.map((location) => ({ id: location.id, name: location.name })),
    defaultLocation: user.defaultLocation ? idOf(user.defaultLocation) : null,
    themes: themes.docs.map((theme) => ({ id: theme.id, name: theme.name })),
    answerTypes: dutchOptions(answerTypeOptions),
    referralAnswerTypes,
    channels: dutchOptions(channelOptions),
    ageBands: dutchOptions(ageBandOptions),
    domains: dutchOptions(domainOptions),
    ownRecent: own.docs.map(toOwnRegistration),
    recentReferrals,
    preselectedReferral: recentReferrals.find((referral) => referral.code === referralCode)?.id ?? null,
  }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/**
 * What /rapportage shows for its query string (periode, van, tot, infopunt, gemeente): the filter
 * as understood (this year when it cannot be read), the choices of the filter form and the reports.
 */
/**
 * For a period without registrations: the day of the network's latest one before or after it, and the
 * year up to that day as the report's address, so a coordinator finds the figures there are (a network
 * that registered in an earlier project year opens on an empty current year). Only a date is read.
 */
const latestRegistration = async (payload: Payload, filter: RegistrationFilter) => {
  if (filter.network === null) return null
  const { docs } = await payload.find({
    collection: 'registrations',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    sort: '-occurredAt',
    where: { network: { equals: filter.network } },
    select: { occurredAt: true },
  })
  if (!docs[0]) return null
  const day = localParts(new Date(docs[0].occurredAt)).date
  const query = new URLSearchParams({ periode: 'custom', van: addDays(day, -364), tot: day })
  return { day, href: `/rapportage?${query}` }
}

export const loadReportPage = async (user: User, params: SearchParams) => {
  const payload = await getPayloadClient()
  const period = (periodKinds as readonly string[]).includes(first(params.periode))
    ? (first(params.periode) as PeriodKind)
    : 'year'
  const range = period === 'custom' ? { from: first(params.van), to: first(params.tot) } : periodRange(period)
  const query = new URLSearchParams({ from: range.from, to: range.to })
  // An Infopunt or municipality that is not the network's is left out of the filter, whatever its form.
  if (isOpaqueId(first(params.infopunt))) query.set('location', first(params.infopunt))
  if (isOpaqueId(first(params.gemeente))) query.set('municipality', first(params.gemeente))
  const parsed = parseFilter(query, pageNetwork(user))
  const error = 'error' in parsed ? parsed.error : undefined
  const filter: RegistrationFilter = 'error' in parsed ? { network: pageNetwork(user), ...periodRange('year') } : parsed

  const [locations, { docs: municipalities }, network, brand] = await Promise.all([
    findUserLocations(payload, user, { name: true }),
    payload.find({
      collection: 'municipalities',
      user,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: 'name',
      select: { name: true },
    }),
    filter.network === null
      ? null
      : payload.findByID({ collection: 'networks', id: filter.network, user, overrideAccess: false, depth: 0 }),
    getBrand(),
  ])
  if (filter.location && !locations.some((location) => String(location.id) === String(filter.location)))
    filter.location = undefined
  if (
    filter.municipality &&
    !municipalities.some((municipality) => String(municipality.id) === String(filter.municipality))
  )
    filter.municipality = undefined
  const reports = await buildAllReports(payload, filter)
  const total = reports.location.total
  const referralKind = Object.fromEntries(reports.referralKind.rows.map((row) => [row.key, row.count]))

  const exportQuery = new URLSearchParams({ from: filter.from, to: filter.to })
  if (filter.location) exportQuery.set('location', String(filter.location))
  if (filter.municipality) exportQuery.set('municipality', String(filter.municipality))

  return {
    period,
    filter,
    networkName: network?.name ?? '',
    /** The network's brand, at the head of the printed report. */
    brand,
    error,
    locations,
    municipalities,
    reports,
    total,
    latest: total === 0 && !filter.location && !filter.municipality ? await latestRegistration(payload, filter) : null,
    unable: reports.answerType.rows.find((row) => row.key === 'unable')?.count ?? 0,
    formalReferrals: (referralKind.formal ?? 0) + (referralKind.both ?? 0),
    informalReferrals: (referralKind.informal ?? 0) + (referralKind.both ?? 0),
    exportQuery: exportQuery.toString(),
  }
}
