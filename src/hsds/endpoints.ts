import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffMember } from '@/access/isStaff'
import type { Theme } from '@/payload-types'

import { hsdsDataPackage } from './dataPackage'
import { hsdsId } from './ids'
import {
  loadDirectory,
  organisationDetail,
  organisationSummary,
  serviceDetail,
  serviceSummary,
  taxonomyTerm,
} from './mapping'

const MAX_PER_PAGE = 500

/** The export is for staff unless HSDS_PUBLIC=true opens it to everyone (for a regional 211 or aggregator). */
const allowed = (req: PayloadRequest) => process.env.HSDS_PUBLIC === 'true' || isStaffMember(req.user)

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const paging = (req: PayloadRequest): { page: number; perPage: number } | string => {
  const read = (name: string, fallback: number, max: number) => {
    const raw = req.searchParams.get(name)
    if (raw === null || raw === '') return fallback
    const value = Number(raw)
    return Number.isInteger(value) && value >= 1 && value <= max
      ? value
      : `${name} moet een geheel getal van 1 tot en met ${max} zijn.`
  }
  const page = read('page', 1, 100_000)
  const perPage = read('per_page', 50, MAX_PER_PAGE)
  if (typeof page === 'string') return page
  if (typeof perPage === 'string') return perPage
  return { page, perPage }
}

const pageOf = <T>(items: T[], page: number, perPage: number) => {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  const contents = items.slice((page - 1) * perPage, page * perPage)
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}

const filters = (req: PayloadRequest): { search?: string; modifiedAfter?: string } | string => {
  const search = req.searchParams.get('search')?.trim() || undefined
  const modifiedAfter = req.searchParams.get('modified_after') || undefined
  if (modifiedAfter && Number.isNaN(Date.parse(modifiedAfter)))
    return 'modified_after moet een datum of datum-tijd zijn, bijvoorbeeld 2026-01-31T00:00:00Z.'
  return { search, modifiedAfter: modifiedAfter && new Date(modifiedAfter).toISOString() }
}

type Handler = (req: PayloadRequest) => Promise<Response>

/** Shared checks for every HSDS route: access (401), paging and filters (400). */
const hsdsRoute = (
  path: string,
  handler: (
    req: PayloadRequest,
    page: { page: number; perPage: number },
    filter: { search?: string; modifiedAfter?: string },
  ) => Promise<Response>,
): Endpoint => ({
  path,
  method: 'get',
  handler: (async (req) => {
    if (!allowed(req)) return json({ error: 'Log in om de Open Referral-export te gebruiken.' }, 401)
    const page = paging(req)
    if (typeof page === 'string') return json({ error: page }, 400)
    const filter = filters(req)
    if (typeof filter === 'string') return json({ error: filter }, 400)
    return handler(req, page, filter)
  }) as Handler,
})

const services = async (req: PayloadRequest, filter?: { search?: string; modifiedAfter?: string }) =>
  (await loadDirectory(req.payload))
    .flatMap(({ organisation, services }) =>
      (services.length ? services : [null]).map((service) => ({ service, organisation })),
    )
    .filter(({ service, organisation }) => {
      const source = service ?? organisation
      if (filter?.modifiedAfter && source.updatedAt < filter.modifiedAfter) return false
      if (filter?.search) {
        const needle = filter.search.toLowerCase()
        const text = `${source.name} ${service ? service.description : organisation.shortDescription}`.toLowerCase()
        if (!text.includes(needle)) return false
      }
      return true
    })

export const hsdsEndpoints: Endpoint[] = [
  hsdsRoute('/hsds', async () =>
    json({
      version: '3.0',
      profile: 'https://docs.openreferral.org/en/latest/hsds/overview.html',
      openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
    }),
  ),
  hsdsRoute('/hsds/organizations', async (req, { page, perPage }, filter) => {
    const directory = await loadDirectory(req.payload, filter)
    return json(
      pageOf(
        directory.map(({ organisation }) => organisationSummary(organisation)),
        page,
        perPage,
      ),
    )
  }),
  hsdsRoute('/hsds/organizations/:id', async (req) => {
    const wanted = String(req.routeParams?.id)
    const match = (await loadDirectory(req.payload)).find(
      ({ organisation }) => hsdsId('organisation', organisation.id) === wanted,
    )
    return match
      ? json(organisationDetail(match.organisation, match.services))
      : json({ error: 'Organisatie niet gevonden.' }, 404)
  }),
  hsdsRoute('/hsds/services', async (req, { page, perPage }, filter) =>
    json(
      pageOf(
        (await services(req, filter)).map(({ service, organisation }) => serviceSummary(service, organisation)),
        page,
        perPage,
      ),
    ),
  ),
  hsdsRoute('/hsds/services/:id', async (req) => {
    const wanted = String(req.routeParams?.id)
    const match = (await services(req)).find(
      ({ service, organisation }) => serviceSummary(service, organisation).id === wanted,
    )
    return match
      ? json(serviceDetail(match.service, match.organisation))
      : json({ error: 'Dienst niet gevonden.' }, 404)
  }),
  hsdsRoute('/hsds/taxonomy_terms', async (req, { page, perPage }, filter) => {
    const { docs } = await req.payload.find({
      collection: 'themes',
      depth: 0,
      pagination: false,
      sort: 'name',
      where: filter.search ? { name: { like: filter.search } } : undefined,
    })
    return json(pageOf((docs as Theme[]).map(taxonomyTerm), page, perPage))
  }),
  hsdsRoute('/hsds/datapackage.zip', async (req) => {
    const zip = await hsdsDataPackage(req.payload)
    return new Response(zip as BodyInit, {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': 'attachment; filename="infopunt-hsds-datapackage.zip"',
        'Cache-Control': 'no-store',
      },
    })
  }),
]
