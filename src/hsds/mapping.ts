import type { Payload, Where } from 'payload'

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
    application_process: source.referral?.instructions || organisation.referral?.instructions,
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
    organization: organisationSummary(organisation),
    metadata: metadata(kind, source.id, source.updatedAt),
  })
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
