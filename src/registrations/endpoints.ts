import type { Endpoint, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { json } from '@/lib/json'
import { isAdministrator } from '@/access/isAdmin'
import { canReport } from '@/access/registrations'
import { brandOf } from '@/brand/resolve'
import { idOf, type Id } from '@/lib/relations'
import { callerWithinCurrentNetwork, currentNetworkOf } from '@/networks/current'
import type { ExportAudit } from '@/payload-types'
import { consume, tooManyRequests } from '@/security/rateLimit'

import { barChartSvg, completedShareRows, trendChartSvg } from './charts'
import { exportCsv, exportXlsx } from './export'
import { parseFilter, type RegistrationFilter } from './filters'
import { buildReport, groupByValues, type GroupBy } from './report'
import { COMPLETES_CUT_OFF } from './tallies'

/** The request body as a registration: Payload validates it on create and update. */
type RegistrationData = RequiredDataFromCollectionSlug<'registrations'>

/** 401 for anonymous, 403 for staff without the coordinator or administrator role. */
const reportAccess = (req: PayloadRequest): Response | null => {
  if (!req.user) return json({ error: 'Log in om rapportages te bekijken.' }, 401)
  if (!canReport(req.user))
    return json({ error: 'Alleen coördinatoren en beheerders kunnen rapportages en exports maken.' }, 403)
  return null
}

/** Parses the filter (in the caller's current network) and checks that a given location is the network's. */
/** A record of the network by id, as the database types it (a number on SQLite); none for an id of anything else. */
const ofTheNetwork = (req: PayloadRequest, collection: 'locations' | 'municipalities', id: Id, network: Id | null) =>
  req.payload
    .find({
      collection,
      where: { id: { equals: id }, network: { equals: network } },
      limit: 1,
      depth: 0,
      select: { name: true },
    })
    .then((result) => result.docs[0])
    .catch(() => undefined)

/** The filter of a request, and the name of its municipality (which the export audit keeps). */
type ReadFilter = RegistrationFilter & { municipalityName?: string }

const readFilter = async (req: PayloadRequest): Promise<ReadFilter | Response> => {
  const filter: ReadFilter | { error: string } = parseFilter(req.searchParams, currentNetworkOf(req.user, req.headers))
  if ('error' in filter) return json({ error: filter.error }, 400)
  if (filter.location) {
    const found = await ofTheNetwork(req, 'locations', filter.location, filter.network)
    if (!found) return json({ error: 'Onbekend Infopunt (location).' }, 400)
    filter.location = found.id
  }
  if (filter.municipality) {
    const found = await ofTheNetwork(req, 'municipalities', filter.municipality, filter.network)
    if (!found) return json({ error: 'Onbekende gemeente (municipality).' }, 400)
    filter.municipality = found.id
    filter.municipalityName = found.name
  }
  return filter
}

/** GET /api/registrations/report?from&to&groupBy&location&municipality → { rows: [{ key, label, count }], total } */
export const reportEndpoint: Endpoint = {
  path: '/report',
  method: 'get',
  handler: async (req) => {
    const denied = reportAccess(req)
    if (denied) return denied
    const asked = req.searchParams.get('groupBy') || 'location'
    // `targetGroup` is the grouping's earlier, documented name; it still works.
    const groupBy = (asked === 'targetGroup' ? 'ageBand' : asked) as GroupBy
    if (!groupByValues.includes(groupBy))
      return json({ error: `Onbekende indeling (groupBy); kies uit ${groupByValues.join(', ')}.` }, 400)
    const filter = await readFilter(req)
    if (filter instanceof Response) return filter
    const report = await buildReport(req.payload, groupBy, filter)
    return json({ ...report, filter })
  },
}

/**
 * GET /api/registrations/report/chart?groupBy&from&to&location&municipality → the report's chart as
 * an SVG picture (`groupBy=month` draws the trend; `groupBy=referralStatus&per=organisation` the
 * share of referrals completed per organisation). The page links it as an image rather than
 * inlining it, so its markup is not sent twice (in the HTML and again in the React payload).
 */
export const reportChartEndpoint: Endpoint = {
  path: '/report/chart',
  method: 'get',
  handler: async (req) => {
    const denied = reportAccess(req)
    if (denied) return denied
    const groupBy = (req.searchParams.get('groupBy') || 'location') as GroupBy
    if (!groupByValues.includes(groupBy))
      return json({ error: `Onbekende indeling (groupBy); kies uit ${groupByValues.join(', ')}.` }, 400)
    const filter = await readFilter(req)
    if (filter instanceof Response) return filter
    const report = await buildReport(req.payload, groupBy, filter)
    // `per=organisation` with the referral status: the share completed per organisation.
    const perOrganisation = groupBy === 'referralStatus' && req.searchParams.get('per') === 'organisation'
    // Drawn in the network's colour, as the page and its printed letterhead are.
    const { primaryColour } = await brandOf(req.payload, filter.network)
    const svg =
      groupBy === 'month'
        ? trendChartSvg(report.rows, primaryColour)
        : barChartSvg(perOrganisation ? completedShareRows(report.organisations ?? []) : report.rows, primaryColour)
    return new Response(svg, {
      headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'private, no-store' },
    })
  },
}

/** GET /api/registrations/export?format=csv|xlsx&from&to&location&municipality, streamed, and logged in export-audits. */
export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const denied = reportAccess(req)
    if (denied) return denied
    const format = req.searchParams.get('format') || 'csv'
    if (format !== 'csv' && format !== 'xlsx') return json({ error: 'Kies als formaat csv of xlsx.' }, 400)
    const filter = await readFilter(req)
    if (filter instanceof Response) return filter
    const { payload, user } = req
    const { stream, done } = format === 'csv' ? exportCsv(payload, filter) : exportXlsx(payload, filter)
    const audit = (rowCount: number, completed: boolean) =>
      payload
        .create({
          collection: 'export-audits',
          data: {
            // Written after the answer, without the request: the audit names the export's network.
            network: filter.network as ExportAudit['network'],
            user: user!.id,
            format,
            from: filter.from,
            to: filter.to,
            // An opaque id (a string on MongoDB); the generated types name SQLite's numbers.
            location: (filter.location ?? null) as ExportAudit['location'],
            // By name: the audit keeps what was exported, also after the municipality is renamed.
            municipality: filter.municipalityName ?? null,
            rowCount,
            completed,
          },
        })
        .catch((error) => payload.logger.error({ err: error }, 'Could not record an export audit'))
    void done.then(
      (rowCount) => audit(rowCount, true),
      () => audit(0, false),
    )
    const name = `registraties-${filter.from}-tot-${filter.to}.${format}`
    return new Response(stream, {
      status: 200,
      headers: {
        'Content-Type':
          format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

/**
 * POST /api/registrations with an idempotency key: a retried submit returns the registration stored
 * the first time (200) instead of creating a second one. The unique index on the key is the final
 * guard against concurrent duplicates: the loser of that race gets the winner's registration. A key
 * used by someone else is a 409, never their registration.
 */
export const idempotentCreateEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    // Counted per user before the body is read, retries with an idempotency key included. Anonymous
    // requests go on to Payload's access control (401).
    if (req.user) {
      const limit = await consume('registrations', `user:${req.user.id}`)
      if (limit.limited) return tooManyRequests('registrations', limit.retryAfterSeconds)
    }
    await addDataAndFileToRequest(req)
    const key = typeof req.data?.idempotencyKey === 'string' ? req.data.idempotencyKey : undefined
    const depth = req.searchParams.has('depth') ? Number(req.searchParams.get('depth')) : undefined

    const existing = async () => {
      if (!key || !req.user) return null
      const { docs } = await req.payload.find({
        collection: 'registrations',
        where: { idempotencyKey: { equals: key } },
        limit: 1,
        depth: 0,
        // Only the owner and the themes are needed, and no count.
        pagination: false,
        select: { registeredBy: true, themes: true },
      })
      if (docs.length === 0) return null
      const doc = docs[0]
      const owner = idOf(doc.registeredBy)
      if (String(owner) !== String(req.user.id) && !isAdministrator(req.user))
        return json({ error: 'Deze idempotentiesleutel is al voor een andere registratie gebruikt.' }, 409)
      // On SQLite a registration's row and its theme rows are two commits (Payload writes there without
      // transactions). A row without themes was cut off between the two; the retry completes it.
      const stored = {
        collection: 'registrations',
        id: doc.id,
        depth,
        user: callerWithinCurrentNetwork(req),
        overrideAccess: false,
      } as const
      const own = doc.themes?.length
        ? await req.payload.findByID(stored)
        : await req.payload.update({
            ...stored,
            data: req.data as RegistrationData,
            context: { [COMPLETES_CUT_OFF]: true },
          })
      return json({ doc: own, message: 'Deze registratie was al opgeslagen.', duplicate: true }, 200)
    }

    // A first submit is the common case: create straight away, and look the key up only when the
    // create fails (the unique index refuses a key that is already stored).
    try {
      const doc = await req.payload.create({
        collection: 'registrations',
        data: req.data as RegistrationData,
        depth,
        user: req.user,
        overrideAccess: false,
        req,
      })
      return json({ doc, message: 'Registratie opgeslagen.' }, 201)
    } catch (error) {
      // A retry, or a lost race on the unique key (a ValidationError on SQLite, a duplicate key error
      // on MongoDB): the registration stored first is the answer.
      if (key) {
        const winner = await existing()
        if (winner) return winner
      }
      throw error
    }
  },
}
