import type { Payload, Where } from 'payload'

import { accessibilityOptions, costKindOptions, languageOptions } from '@/fields/serviceDetails'
import { labelOf } from '@/lib/options'
import { idOf, type Id } from '@/lib/relations'
import { plainText } from '@/lib/richText'
import type { Organisation, Service, Theme } from '@/payload-types'

import { hsdsId } from './ids'

/** HSDS properties are strings when present; empty values are left out rather than null. */
const compact = <T extends Record<string, unknown>>(object: T): T =>
  Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as T

const metadata = (kind: string, id: Id, updatedAt: string) => [
  {
    id: hsdsId(`${kind}-metadata`, id),
    resource_id: hsdsId(kind, id),
    resource_type: kind === 'organisation' ? 'organization' : kind,
    last_action_date: updatedAt.slice(0, 10),
    last_action_type: 'update',
    field_name: '',
    previous_value: '',
    replacement_value: '',
    updated_by: 'Infopunt',
  },
]

const phones = (kind: string, id: Id, number?: string | null) =>
  number ? [{ id: hsdsId(`${kind}-phone`, id), number }] : undefined

export const organisationSummary = (organisation: Organisation) =>
  compact({
    id: hsdsId('organisation', organisation.id),
    name: organisation.name,
    description: [organisation.shortDescription, plainText(organisation.description)].filter(Boolean).join('\n\n'),
    email: organisation.contact?.email,
    website: organisation.contact?.website,
  })

/** A service, or the organisation's own offer when it has no separate services. */
export const serviceSummary = (service: Service | null, organisation: Organisation) => {
  const source = service ?? organisation
  const kind = service ? 'service' : 'organisation-offer'
  return compact({
    id: hsdsId(kind, source.id),
    organization_id: hsdsId('organisation', organisation.id),
    name: source.name,
    description: service ? service.description : organisation.shortDescription,
    email: source.contact?.email || organisation.contact?.email,
    url: source.contact?.website || organisation.contact?.website,
    status: 'active',
    // The public "how to apply"; the desk's referral instructions are internal and never exported.
    application_process: source.applicationProcess,
    eligibility_description: source.eligibility,
    fees_description: feesDescription(source.cost),
    last_modified: new Date(source.updatedAt).toISOString(),
  })
}

export const serviceDetail = (service: Service | null, organisation: Organisation) => {
  const source = service ?? organisation
  const kind = service ? 'service' : 'organisation-offer'
  const serviceId = hsdsId(kind, source.id)
  return compact({
    ...serviceSummary(service, organisation),
    phones: phones(kind, source.id, source.contact?.phone || organisation.contact?.phone),
    service_areas: (source.areasServed ?? []).map((area) => ({
      id: hsdsId(`${kind}-area:${area}`, source.id),
      name: area,
    })),
    attributes: (source.themes ?? []).map((theme) => ({
      id: hsdsId(`${kind}-theme:${idOf(theme)}`, source.id),
      link_id: serviceId,
      link_type: 'taxonomy_term',
      link_entity: 'service',
      taxonomy_term_id: hsdsId('theme', idOf(theme)),
    })),
    ...serviceOffer(service, organisation),
    organization: organisationSummary(organisation),
    metadata: metadata(kind, source.id, source.updatedAt),
  })
}

const feesDescription = (cost: Service['cost']) =>
  cost?.kind
    ? [
        labelOf(costKindOptions, cost.kind),
        typeof cost.amount === 'number' && cost.kind !== 'free' ? `EUR ${cost.amount.toFixed(2)}` : '',
        cost.note ?? '',
      ]
        .filter(Boolean)
        .join(', ')
    : undefined

type Address = NonNullable<Organisation['contact']>['address']
type Accessibility = Organisation['accessibility']

const accessibilityOf = (locationId: string, accessibility: Accessibility) => {
  const description = [
    ...(accessibility?.features ?? []).map((value) => labelOf(accessibilityOptions, value)),
    accessibility?.note,
  ]
    .filter(Boolean)
    .join(', ')
  return description ? [{ id: hsdsId('accessibility', locationId), location_id: locationId, description }] : []
}

const location = (id: string, name: string, address: Address, accessibility: Accessibility, organisationId: string) =>
  compact({
    id,
    location_type: 'physical',
    organization_id: organisationId,
    name,
    description: [address?.street, [address?.postalCode, address?.city].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', '),
    latitude: address?.latitude ?? undefined,
    longitude: address?.longitude ?? undefined,
    accessibility: accessibilityOf(id, accessibility),
  })

/**
 * Where a service (or an organisation's own offer) is given: its own locations, else the
 * organisation's address, as HSDS locations with coordinates and accessibility.
 */
export const serviceLocations = (service: Service | null, organisation: Organisation) => {
  const organisationId = hsdsId('organisation', organisation.id)
  if (service?.venues?.length)
    return service.venues.map((venue, at) =>
      location(
        hsdsId(`service-venue:${venue.id ?? at}`, service.id),
        venue.name,
        venue.address,
        venue.accessibility,
        organisationId,
      ),
    )
  const address = organisation.contact?.address
  return address?.street || address?.city
    ? [
        location(
          hsdsId('organisation-location', organisation.id),
          organisation.name,
          address,
          organisation.accessibility,
          organisationId,
        ),
      ]
    : []
}

/** Languages, cost options, weekly schedules and locations of a service, in HSDS terms. */
const serviceOffer = (service: Service | null, organisation: Organisation) => {
  const source = service ?? organisation
  const kind = service ? 'service' : 'organisation-offer'
  const serviceId = hsdsId(kind, source.id)
  const hours = source.openingHours?.length ? source.openingHours : organisation.openingHours
  const cost = source.cost
  return {
    languages: (source.languages ?? []).map((code) => ({
      id: hsdsId(`${kind}-language:${code}`, source.id),
      service_id: serviceId,
      name: labelOf(languageOptions, code),
      code,
    })),
    cost_options: cost?.kind
      ? [
          compact({
            id: hsdsId(`${kind}-cost`, source.id),
            service_id: serviceId,
            option: labelOf(costKindOptions, cost.kind),
            currency: 'EUR',
            amount: cost.kind === 'free' ? 0 : (cost.amount ?? undefined),
            amount_description: cost.note,
          }),
        ]
      : [],
    schedules: (hours ?? []).map((period, at) => ({
      id: hsdsId(`${kind}-schedule:${period.id ?? at}`, source.id),
      service_id: serviceId,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: period.weekday.slice(0, 2).toUpperCase(),
      opens_at: period.opens,
      closes_at: period.closes,
      description: 'Tijden in Europe/Amsterdam; feestdagen kunnen afwijken.',
    })),
    service_at_locations: serviceLocations(service, organisation).map((place) => ({
      id: hsdsId(`${kind}-at:${place.id}`, source.id),
      service_id: serviceId,
      location_id: place.id,
      location: place,
    })),
  }
}

export const taxonomyTerm = (theme: Theme) =>
  compact({
    id: hsdsId('theme', theme.id),
    name: theme.name,
    description: theme.description || theme.name,
    parent_id: theme.parent ? hsdsId('theme', idOf(theme.parent)) : undefined,
    taxonomy: 'Infopunt-thema’s',
  })

/** Active organisations with their active services, as the HSDS export sees them. */
export const loadDirectory = async (payload: Payload, filter?: { search?: string; modifiedAfter?: string }) => {
  const where: Where[] = [{ status: { equals: 'active' } }]
  if (filter?.search)
    where.push({ or: [{ name: { like: filter.search } }, { shortDescription: { like: filter.search } }] })
  if (filter?.modifiedAfter) where.push({ updatedAt: { greater_than_equal: filter.modifiedAfter } })
  const [organisations, services] = await Promise.all([
    payload.find({ collection: 'organisations', where: { and: where }, depth: 0, pagination: false, sort: 'name' }),
    payload.find({
      collection: 'services',
      where: { status: { equals: 'active' } },
      depth: 0,
      pagination: false,
      sort: 'name',
    }),
  ])
  const servicesOf = new Map<string, Service[]>()
  for (const service of services.docs as Service[]) {
    const key = String(idOf(service.organisation))
    servicesOf.set(key, [...(servicesOf.get(key) ?? []), service])
  }
  return (organisations.docs as Organisation[]).map((organisation) => ({
    organisation,
    services: servicesOf.get(String(organisation.id)) ?? [],
  }))
}

export const organisationDetail = (organisation: Organisation, services: Service[]) =>
  compact({
    ...organisationSummary(organisation),
    phones: phones('organisation', organisation.id, organisation.contact?.phone),
    services: (services.length ? services : [null]).map((service) => {
      const { organization: _organization, ...nested } = serviceDetail(service, organisation) as Record<string, unknown>
      return nested
    }),
    metadata: metadata('organisation', organisation.id, organisation.updatedAt),
  })
