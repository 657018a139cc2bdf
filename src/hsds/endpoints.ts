import type { Endpoint, PayloadRequest } from 'payload'

import { json } from '@/lib/json'
import { isStaffMember } from '@/access/isStaff'
import type { Id } from '@/lib/relations'
import { currentNetworkOf, networksOf } from '@/networks/current'

import { hsdsDataPackage } from './dataPackage'
import { nesting } from './mapping'
import { matches, readQuery, type HsdsQuery, type ParamName } from './query'
import { hsdsTables, type HsdsTables, type Row } from './tables'

/** The export is for staff unless HSDS_PUBLIC=true opens it to everyone (for a regional 211 or aggregator). */
const allowed = (req: PayloadRequest) => process.env.HSDS_PUBLIC === 'true' || isStaffMember(req.user)

/** A page as HSDS lists it, or with format=ndjson every item, one a line. */
const listOf = <T>(items: T[], query: HsdsQuery) => {
  if (query.format === 'ndjson')
    return new Response(items.map((item) => JSON.stringify(item)).join('\n') + (items.length ? '\n' : ''), {
      headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  const { page, perPage } = query
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  const contents = items.slice((page - 1) * perPage, page * perPage)
  return json({
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  })
}

/**
 * Whose directory a request exports. Staff export their current network's; anyone may name one of
 * their networks with `network=<slug>`, and the public (HSDS_PUBLIC) any network, which it must name
 * when the installation has more than one.
 */
const feedNetwork = async (req: PayloadRequest, slug: string | null): Promise<Id | Response> => {
  const staff = isStaffMember(req.user)
  if (!slug && staff) {
    const current = currentNetworkOf(req.user, req.headers)
    return current ?? json({ error: 'Je hoort bij geen netwerk, dus er is geen Wegwijzer om te exporteren.' }, 404)
  }
  const { docs } = await req.payload.find({
    collection: 'networks',
    where: {
      ...(slug && { slug: { equals: slug } }),
      ...(staff && { id: { in: networksOf(req.user) } }),
    },
    limit: 2,
    depth: 0,
    select: { slug: true },
  })
  if (slug) return docs[0]?.id ?? json({ error: `Netwerk ${slug} niet gevonden.` }, 404)
  if (docs.length === 1) return docs[0].id
  return json({ error: 'Deze installatie heeft meer netwerken: kies er een met network=<slug van het netwerk>.' }, 400)
}

/** The checks of every HSDS route: access (401) and parameters (400). */
const checked = (req: PayloadRequest, params: ParamName[]): HsdsQuery | Response => {
  if (!allowed(req)) return json({ error: 'Log in om de Open Referral-export te gebruiken.' }, 401)
  const query = readQuery(req.searchParams, params)
  return typeof query === 'string' ? json({ error: query }, 400) : query
}

/** A route on a network's directory: the checks, then whose directory (`network`). */
const hsdsRoute = (
  path: string,
  params: ParamName[],
  handler: (req: PayloadRequest, query: HsdsQuery, network: Id) => Promise<Response>,
): Endpoint => ({
  path,
  method: 'get',
  handler: async (req) => {
    const query = checked(req, [...params, 'network'])
    if (query instanceof Response) return query
    const network = await feedNetwork(req, req.searchParams.get('network'))
    if (network instanceof Response) return network
    return handler(req, query, network)
  },
})

/** One record by its HSDS id, or a 404 that says what was not found. */
const oneOf = (
  path: string,
  params: ParamName[],
  find: (tables: HsdsTables, id: string, query: HsdsQuery) => unknown,
  notFound: string,
) =>
  hsdsRoute(path, params, async (req, query, network) => {
    const found = find(await hsdsTables(req.payload, network), String(req.routeParams?.id).toLowerCase(), query)
    return found ? json(found) : json({ error: notFound }, 404)
  })

const LIST = ['page', 'per_page', 'format', 'search'] as const satisfies ParamName[]
const SERVICE_FILTERS = ['taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after'] as const

/** The services that pass the service filters of a query. */
const servicesOf = (tables: HsdsTables, query: HsdsQuery) => {
  const termTaxonomy = new Map(tables.taxonomy_term.map((term) => [term.id, term.taxonomy_id]))
  const termsOf = new Map<Row[string], Row[string][]>()
  for (const attribute of tables.attribute)
    termsOf.set(attribute.link_id, [...(termsOf.get(attribute.link_id) ?? []), attribute.taxonomy_term_id])
  return tables.service.filter((service) => {
    const terms = termsOf.get(service.id) ?? []
    if (query.organizationId && service.organization_id !== query.organizationId) return false
    if (query.modifiedAfter && String(service.last_modified) < query.modifiedAfter) return false
    if (query.taxonomyTermId && !terms.includes(query.taxonomyTermId)) return false
    if (query.taxonomyId && !terms.some((term) => termTaxonomy.get(term) === query.taxonomyId)) return false
    return true
  })
}

const byId = (rows: Row[], id: string) => rows.find((row) => row.id === id)

export const hsdsEndpoints: Endpoint[] = [
  {
    path: '/hsds',
    method: 'get',
    handler: async (req) => {
      const query = checked(req, [])
      if (query instanceof Response) return query
      return json({
        version: '3.0',
        profile: 'https://docs.openreferral.org/en/latest/hsds/overview.html',
        openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
      })
    },
  },
  hsdsRoute('/hsds/organizations', [...LIST, 'full', 'full_service', 'modified_after'], async (req, query, network) => {
    const tables = await hsdsTables(req.payload, network)
    const nest = nesting(tables)
    const organisations = tables.organization.filter(
      (organisation) =>
        matches(query.search, organisation.name, organisation.description) &&
        !(query.modifiedAfter && tables.organizationModified.get(String(organisation.id))! < query.modifiedAfter),
    )
    // full_service asks for the services in full, so for the organisations in full as well.
    return listOf(
      organisations.map((organisation) =>
        query.full || query.fullService
          ? nest.organizationDetail(organisation, query.fullService)
          : nest.organization(organisation),
      ),
      query,
    )
  }),
  oneOf(
    '/hsds/organizations/:id',
    ['full_service'],
    (tables, id, query) => {
      const organisation = byId(tables.organization, id)
      return organisation && nesting(tables).organizationDetail(organisation, query.fullService)
    },
    'Organisatie niet gevonden.',
  ),
  hsdsRoute('/hsds/services', [...LIST, ...SERVICE_FILTERS, 'minimal', 'full'], async (req, query, network) => {
    const tables = await hsdsTables(req.payload, network)
    const nest = nesting(tables)
    const services = servicesOf(tables, query).filter((service) =>
      matches(query.search, service.name, service.description),
    )
    return listOf(
      services.map((service) =>
        query.minimal
          ? { id: service.id, last_modified: service.last_modified }
          : query.full
            ? nest.serviceDetail(service)
            : nest.service(service),
      ),
      query,
    )
  }),
  oneOf(
    '/hsds/services/:id',
    [],
    (tables, id) => {
      const service = byId(tables.service, id)
      return service && nesting(tables).serviceDetail(service)
    },
    'Dienst niet gevonden.',
  ),
  hsdsRoute(
    '/hsds/service_at_locations',
    [...LIST, ...SERVICE_FILTERS, 'full', 'postcode', 'proximity'],
    async (req, query, network) => {
      const tables = await hsdsTables(req.payload, network)
      const nest = nesting(tables)
      const services = new Map(servicesOf(tables, query).map((service) => [service.id, service]))
      const rows = tables.service_at_location.filter((row) => {
        const service = services.get(row.service_id)
        const location = byId(tables.location, String(row.location_id))
        return (
          service && matches(query.search, service.name, service.description, location?.name, location?.description)
        )
      })
      return listOf(
        rows.map((row) => (query.full ? nest.serviceAtLocationDetail(row) : nest.serviceAtLocation(row))),
        query,
      )
    },
  ),
  oneOf(
    '/hsds/service_at_locations/:id',
    [],
    (tables, id) => {
      const row = byId(tables.service_at_location, id)
      return row && nesting(tables).serviceAtLocationDetail(row)
    },
    'Dienst op deze locatie niet gevonden.',
  ),
  hsdsRoute('/hsds/taxonomies', [...LIST], async (req, query, network) => {
    const { taxonomy } = await hsdsTables(req.payload, network)
    return listOf(
      taxonomy.filter((row) => matches(query.search, row.name, row.description)),
      query,
    )
  }),
  oneOf('/hsds/taxonomies/:id', [], (tables, id) => byId(tables.taxonomy, id), 'Taxonomie niet gevonden.'),
  hsdsRoute('/hsds/taxonomy_terms', [...LIST, 'taxonomy_id', 'top_only', 'parent_id'], async (req, query, network) => {
    const tables = await hsdsTables(req.payload, network)
    const nest = nesting(tables)
    const terms = tables.taxonomy_term.filter(
      (term) =>
        matches(query.search, term.name, term.description) &&
        (!query.taxonomyId || term.taxonomy_id === query.taxonomyId) &&
        (!query.parentId || term.parent_id === query.parentId) &&
        (!query.topOnly || !term.parent_id),
    )
    return listOf(terms.map(nest.taxonomyTerm), query)
  }),
  oneOf(
    '/hsds/taxonomy_terms/:id',
    [],
    (tables, id) => {
      const term = byId(tables.taxonomy_term, id)
      return term && nesting(tables).taxonomyTerm(term)
    },
    'Taxonomieterm niet gevonden.',
  ),
  hsdsRoute('/hsds/datapackage.zip', [], async (req, _query, network) => {
    const zip = await hsdsDataPackage(req.payload, network)
    return new Response(zip as BodyInit, {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': 'attachment; filename="infopunt-hsds-datapackage.zip"',
        'Cache-Control': 'no-store',
      },
    })
  }),
]
