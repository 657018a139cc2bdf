import type { Payload, Where } from 'payload'

import { offersOf, organisationsInView, servicesInView } from '@/directory/regional'
import { weekdays } from '@/fields/openingHours'
import { accessibilityOptions, costKindOptions, languageOptions } from '@/fields/serviceDetails'
import { idOf, type Id } from '@/lib/relations'
import { plainText } from '@/lib/richText'
import type { Organisation, Service, Theme } from '@/payload-types'

import { hsdsId } from './ids'

/** One HSDS record as a flat row: the tabular form, from which the API nests its objects. */
export type Row = Record<string, string | number | undefined>

/**
 * The directory as HSDS tables, each named as in the HSDS tabular schema. This is the one place
 * where our collections map onto HSDS: the API nests these rows, the data package writes them.
 * A new field of ours (languages, costs, locations with coordinates…) becomes rows of its table here.
 */
export interface HsdsTables {
  organization: Row[]
  service: Row[]
  taxonomy: Row[]
  taxonomy_term: Row[]
  attribute: Row[]
  phone: Row[]
  service_area: Row[]
  location: Row[]
  service_at_location: Row[]
  schedule: Row[]
  language: Row[]
  cost_option: Row[]
  accessibility: Row[]
  /** When each organisation last changed (HSDS organizations carry no date of their own). */
  organizationModified: Map<string, string>
}

export type TableName = Exclude<keyof HsdsTables, 'organizationModified'>

/** Our one taxonomy: the themes. */
export const THEMES_TAXONOMY_ID = hsdsId('taxonomy', 'themes')
const THEMES_TAXONOMY = {
  id: THEMES_TAXONOMY_ID,
  name: 'Infopunt-thema’s',
  description: 'De thema’s waarop de Wegwijzer van Infopunt hulpvragen en organisaties ordent.',
}

const BYDAY: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' }
const dayName = (weekday: string) => weekdays.find((day) => day.value === weekday)?.label.nl ?? weekday

/**
 * A record's HSDS id: the one it was imported with, or else one named after our id. The rows that
 * belong to it (phones, locations, schedules…) are named after this id, so that a record imported
 * with its id exports every row as it came in.
 */
export const organisationHsdsId = (organisation: Pick<Organisation, 'id' | 'hsdsId'>) =>
  organisation.hsdsId || hsdsId('organisation', organisation.id)
export const serviceHsdsId = (service: Pick<Service, 'id' | 'hsdsId'>) =>
  service.hsdsId || hsdsId('service', service.id)
export const themeHsdsId = (theme: Pick<Theme, 'id' | 'hsdsId'>) => theme.hsdsId || hsdsId('theme', theme.id)
/** An organisation's own offer, as an HSDS service when it has no services of its own. */
export const offerHsdsId = (organisationId: string) => hsdsId('organisation-offer', organisationId)
/** The location at an organisation's own address. */
export const organisationLocationHsdsId = (organisationId: string) => hsdsId('organisation-location', organisationId)

/** A theme's HSDS id by our id. */
type ThemeIds = Map<string, string>

const taxonomyTermRow = (theme: Theme, themeIds: ThemeIds): Row => ({
  id: themeHsdsId(theme),
  name: theme.name,
  description: theme.description || theme.name,
  parent_id: theme.parent ? themeIds.get(String(idOf(theme.parent))) : undefined,
  taxonomy: THEMES_TAXONOMY.name,
  taxonomy_id: THEMES_TAXONOMY_ID,
})

type Address = NonNullable<Organisation['contact']>['address']

const locationRow = (id: string, organisation: Organisation, name: string, address: Address): Row => ({
  id,
  location_type: 'physical',
  organization_id: organisationHsdsId(organisation),
  name,
  // An HSDS address needs a province, which we do not keep: the address is told in words.
  description: [address?.street, [address?.postalCode, address?.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', '),
  latitude: address?.latitude ?? undefined,
  longitude: address?.longitude ?? undefined,
})

type Languages = Organisation['languages']
type Accessibility = Organisation['accessibility']

/** Languages spoken, one HSDS language row each, for a service or a location. */
const languageRows = (languages: Languages, link: { service_id: string } | { location_id: string }): Row[] =>
  (languages ?? []).map((code) => ({
    id: hsdsId(`language:${code}`, 'service_id' in link ? link.service_id : link.location_id),
    ...link,
    name: languageOptions.find((option) => option.value === code)?.label.nl ?? code,
    code,
  }))

/** A building's accessibility as one HSDS row: the features in words, and the note as details. */
const accessibilityRows = (accessibility: Accessibility, locationId: string): Row[] => {
  const features = (accessibility?.features ?? []).map(
    (feature) => accessibilityOptions.find((option) => option.value === feature)?.label.nl ?? feature,
  )
  if (!features.length && !accessibility?.note) return []
  return [
    {
      id: hsdsId('accessibility', locationId),
      location_id: locationId,
      description: features.join(', ') || undefined,
      details: accessibility?.note || undefined,
    },
  ]
}

/** A location with what belongs to it: the languages spoken there and its accessibility. */
const addLocation = (tables: HsdsTables, location: Row, accessibility: Accessibility, languages?: Languages) => {
  tables.location.push(location)
  tables.accessibility.push(...accessibilityRows(accessibility, String(location.id)))
  tables.language.push(...languageRows(languages, { location_id: String(location.id) }))
}

/** A location: where an organisation receives people, its visiting address, where its languages are spoken. */
const addOrganisationLocation = (tables: HsdsTables, organisation: Organisation): Row[] => {
  const address = organisation.contact?.address
  if (!address?.street && !address?.city) return []
  const location = locationRow(
    organisationLocationHsdsId(organisationHsdsId(organisation)),
    organisation,
    organisation.name,
    address,
  )
  addLocation(tables, location, organisation.accessibility, organisation.languages)
  return [location]
}

/** The places of a service of its own, when it is not (only) at its organisation's address. */
const addVenues = (tables: HsdsTables, service: Service | null, organisation: Organisation, serviceId: string): Row[] =>
  (service?.venues ?? []).map((venue, index) => {
    const location = locationRow(hsdsId(`service-venue:${index}`, serviceId), organisation, venue.name, venue.address)
    addLocation(tables, location, venue.accessibility)
    return location
  })

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })
const feesDescription = ({ cost }: Service | Organisation) =>
  cost?.kind
    ? [
        { free: 'Gratis', contribution: 'Eigen bijdrage', paid: 'Betaald' }[cost.kind],
        typeof cost.amount === 'number' && cost.kind !== 'free' ? euro.format(cost.amount) : '',
        cost.note ? `(${cost.note})` : '',
      ]
        .filter(Boolean)
        .join(' ')
    : undefined

/** The cost as a structured HSDS cost option: free is an amount of 0 euro. */
const costOptionRows = ({ cost }: Service | Organisation, serviceId: string): Row[] => {
  if (!cost?.kind) return []
  const amount = cost.kind === 'free' ? 0 : (cost.amount ?? undefined)
  return [
    {
      id: hsdsId('cost-option', serviceId),
      service_id: serviceId,
      option: costKindOptions.find((option) => option.value === cost.kind)?.label.nl,
      amount,
      currency: typeof amount === 'number' ? 'EUR' : undefined,
      amount_description: cost.note || undefined,
    },
  ]
}

/** Opening hours as weekly HSDS schedules, local (Dutch) time. */
const scheduleRows = (
  hours: Organisation['openingHours'],
  link: { location_id?: string; service_id?: string },
  key: string,
): Row[] =>
  (hours ?? []).map((period, index) => ({
    id: hsdsId(`${key}-schedule:${index}`, link.location_id ?? link.service_id ?? ''),
    ...link,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: BYDAY[period.weekday],
    opens_at: period.opens,
    closes_at: period.closes,
    description: `${dayName(period.weekday)} ${period.opens}–${period.closes} (Nederlandse tijd)`,
  }))

const serviceRows = (
  service: Service | null,
  organisation: Organisation,
  tables: HsdsTables,
  locations: Row[],
  themeIds: ThemeIds,
) => {
  const source = service ?? organisation
  const organizationId = organisationHsdsId(organisation)
  const serviceId = service ? serviceHsdsId(service) : offerHsdsId(organizationId)
  tables.service.push({
    id: serviceId,
    organization_id: organizationId,
    name: source.name,
    description: service ? service.description : organisation.shortDescription,
    url: source.contact?.website || organisation.contact?.website || undefined,
    email: source.contact?.email || organisation.contact?.email || undefined,
    status: 'active',
    // The public "how to apply"; the referral instructions are for desk workers only and stay internal.
    application_process: source.applicationProcess || undefined,
    eligibility_description: source.eligibility || undefined,
    fees_description: feesDescription(source),
    last_modified: new Date(source.updatedAt).toISOString(),
  })
  tables.language.push(...languageRows(source.languages, { service_id: serviceId }))
  tables.cost_option.push(...costOptionRows(source, serviceId))
  const phone = source.contact?.phone || organisation.contact?.phone
  if (phone) tables.phone.push({ id: hsdsId('service-phone', serviceId), service_id: serviceId, number: phone })
  for (const area of source.areasServed ?? [])
    tables.service_area.push({ id: hsdsId(`service-area:${area}`, serviceId), service_id: serviceId, name: area })
  for (const theme of source.themes ?? []) {
    const termId = themeIds.get(String(idOf(theme)))
    if (!termId) continue
    tables.attribute.push({
      id: hsdsId(`service-theme:${termId}`, serviceId),
      link_id: serviceId,
      link_type: 'taxonomy_term',
      link_entity: 'service',
      taxonomy_term_id: termId,
    })
  }
  const venues = addVenues(tables, service, organisation, serviceId)
  for (const location of venues.length ? venues : locations)
    tables.service_at_location.push({
      id: hsdsId(`service-at:${location.id}`, serviceId),
      service_id: serviceId,
      location_id: location.id,
    })
  // A service's own opening hours; without them it keeps those of its organisation's location.
  if (service?.openingHours?.length)
    tables.schedule.push(...scheduleRows(service.openingHours, { service_id: serviceId }, 'service'))
}

/**
 * A network's active organisations with their active services, as the HSDS export sees them: its own
 * and the regional ones it offers. `all`: its own only, inactive ones too, as the import compares them.
 */
export const loadDirectory = async (payload: Payload, network: Id, all = false) => {
  const offered = all ? new Map() : await offersOf(payload, network)
  const within = (view: Where): Where =>
    all ? { network: { equals: network } } : { and: [{ status: { equals: 'active' } }, view] }
  const [organisations, services] = await Promise.all([
    payload.find({
      collection: 'organisations',
      where: within(organisationsInView(network, offered)),
      depth: 0,
      pagination: false,
      sort: 'name',
    }),
    payload.find({
      collection: 'services',
      where: within(servicesInView(network, offered)),
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

/** A network's whole directory as HSDS tables (`all`: with inactive organisations and services, for the import). */
export const hsdsTables = async (payload: Payload, network: Id, all = false): Promise<HsdsTables> => {
  const [directory, themes] = await Promise.all([
    loadDirectory(payload, network, all),
    payload.find({ collection: 'themes', depth: 0, pagination: false, sort: 'name' }),
  ])
  const themeIds: ThemeIds = new Map((themes.docs as Theme[]).map((theme) => [String(theme.id), themeHsdsId(theme)]))
  const tables: HsdsTables = {
    organization: [],
    service: [],
    taxonomy: [THEMES_TAXONOMY],
    taxonomy_term: (themes.docs as Theme[]).map((theme) => taxonomyTermRow(theme, themeIds)),
    attribute: [],
    phone: [],
    service_area: [],
    location: [],
    service_at_location: [],
    schedule: [],
    language: [],
    cost_option: [],
    accessibility: [],
    organizationModified: new Map(),
  }
  for (const { organisation, services } of directory) {
    const organizationId = organisationHsdsId(organisation)
    tables.organization.push({
      id: organizationId,
      name: organisation.name,
      description: [organisation.shortDescription, plainText(organisation.description)].filter(Boolean).join('\n\n'),
      email: organisation.contact?.email || undefined,
      website: organisation.contact?.website || undefined,
    })
    tables.organizationModified.set(organizationId, new Date(organisation.updatedAt).toISOString())
    if (organisation.contact?.phone)
      tables.phone.push({
        id: hsdsId('organisation-phone', organizationId),
        organization_id: organizationId,
        number: organisation.contact.phone,
      })
    const locations = addOrganisationLocation(tables, organisation)
    for (const location of locations)
      tables.schedule.push(...scheduleRows(organisation.openingHours, { location_id: String(location.id) }, 'location'))
    for (const service of services.length ? services : [null])
      serviceRows(service, organisation, tables, locations, themeIds)
  }
  return tables
}
