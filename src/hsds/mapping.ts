import type { HsdsTables, Row } from './tables'
import { hsdsId } from './ids'

/** An HSDS object as the API returns it. */
type Nested = { [field: string]: string | number | Nested | Nested[] }

/** HSDS properties are left out when empty, rather than null. */
const compact = (row: Row): Nested =>
  Object.fromEntries(
    Object.entries(row).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as Nested

/** The API's nested objects, built from the HSDS tables. */
export const nesting = (tables: HsdsTables) => {
  // Rows grouped by the value of one field, built on first use: a full list nests in linear time.
  const indexes = new Map<Row[], Map<string, Map<unknown, Row[]>>>()
  const where = (rows: Row[], field: string, value: unknown): Row[] => {
    const byTable = indexes.get(rows) ?? new Map<string, Map<unknown, Row[]>>()
    indexes.set(rows, byTable)
    let groups = byTable.get(field)
    if (!groups) {
      groups = new Map()
      for (const row of rows) {
        const group = groups.get(row[field])
        if (group) group.push(row)
        else groups.set(row[field], [row])
      }
      byTable.set(field, groups)
    }
    return value === undefined ? [] : (groups.get(value) ?? [])
  }
  const byId = (rows: Row[], id: unknown): Row | undefined => where(rows, 'id', id)[0]

  const metadata = (resourceType: string, id: string, modified: string | undefined) =>
    modified
      ? [
          {
            id: hsdsId(`${resourceType}-metadata`, id),
            resource_id: id,
            resource_type: resourceType,
            last_action_date: modified.slice(0, 10),
            last_action_type: 'update',
            field_name: '',
            previous_value: '',
            replacement_value: '',
            updated_by: 'Infopunt',
          },
        ]
      : []

  const taxonomyTerm = (term: Row) => {
    const taxonomy = byId(tables.taxonomy, term.taxonomy_id)
    return { ...compact(term), ...(taxonomy ? { taxonomy_detail: compact(taxonomy) } : {}) }
  }

  const attributes = (linkId: unknown) =>
    where(tables.attribute, 'link_id', linkId).map((attribute) => {
      const term = byId(tables.taxonomy_term, attribute.taxonomy_term_id)
      return { ...compact(attribute), ...(term ? { taxonomy_term: compact(term) } : {}) }
    })

  const location = (row: Row) => ({
    ...compact(row),
    phones: where(tables.phone, 'location_id', row.id).map(compact),
    schedules: where(tables.schedule, 'location_id', row.id).map(compact),
    languages: where(tables.language, 'location_id', row.id).map(compact),
    accessibility: where(tables.accessibility, 'location_id', row.id).map(compact),
    attributes: attributes(row.id),
  })

  const organization = (row: Row) => compact(row)

  const service = (row: Row) => compact(row)

  /** A fully nested service; `withOrganization` false inside an organisation. */
  const serviceDetail = (row: Row, withOrganization = true): Nested => {
    const organisation = byId(tables.organization, row.organization_id)
    return {
      ...compact(row),
      phones: where(tables.phone, 'service_id', row.id).map(compact),
      schedules: where(tables.schedule, 'service_id', row.id).map(compact),
      service_areas: where(tables.service_area, 'service_id', row.id).map(compact),
      languages: where(tables.language, 'service_id', row.id).map(compact),
      cost_options: where(tables.cost_option, 'service_id', row.id).map(compact),
      service_at_locations: where(tables.service_at_location, 'service_id', row.id).map((serviceAtLocation) =>
        serviceAtLocationDetail(serviceAtLocation, false),
      ),
      attributes: attributes(row.id),
      ...(withOrganization && organisation ? { organization: organization(organisation) } : {}),
      metadata: metadata('service', String(row.id), row.last_modified as string | undefined),
    }
  }

  const serviceAtLocation = (row: Row) => {
    const place = byId(tables.location, row.location_id)
    const offer = byId(tables.service, row.service_id)
    return {
      ...compact(row),
      ...(place ? { location: compact(place) } : {}),
      ...(offer ? { service: service(offer) } : {}),
    }
  }

  /** A fully nested service at a location; `withService` false inside a service. */
  function serviceAtLocationDetail(row: Row, withService = true): Nested {
    const place = byId(tables.location, row.location_id)
    const offer = byId(tables.service, row.service_id)
    return {
      ...compact(row),
      phones: where(tables.phone, 'service_at_location_id', row.id).map(compact),
      schedules: where(tables.schedule, 'service_at_location_id', row.id).map(compact),
      attributes: attributes(row.id),
      ...(place ? { location: location(place) } : {}),
      ...(withService && offer ? { service: serviceDetail(offer) } : {}),
    }
  }

  /** A fully nested organisation; its services in full with `fullService`, else their own fields only. */
  const organizationDetail = (row: Row, fullService = false) => ({
    ...compact(row),
    phones: where(tables.phone, 'organization_id', row.id).map(compact),
    locations: where(tables.location, 'organization_id', row.id).map(location),
    services: where(tables.service, 'organization_id', row.id).map((offer) =>
      fullService ? serviceDetail(offer, false) : service(offer),
    ),
    attributes: attributes(row.id),
    metadata: metadata('organization', String(row.id), tables.organizationModified.get(String(row.id))),
  })

  return {
    organization,
    organizationDetail,
    service,
    serviceDetail,
    serviceAtLocation,
    serviceAtLocationDetail,
    taxonomy: compact,
    taxonomyTerm,
  }
}
