import type { Endpoint } from 'payload'

import { isStaffMember } from '@/access/isStaff'
import { currentNetworkOf } from '@/networks/current'
import { consume, tooManyRequests } from '@/security/rateLimit'

import type { User } from '@/payload-types'

import { deskOrigin } from './origin'
import { facetNames, searchDirectory, type Filters } from './search'

const MAX_QUERY_LENGTH = 200

const positiveInt = (value: string | null, name: string, max: number): number | string | undefined => {
  if (value === null || value === '') return undefined
  const number = Number(value)
  return Number.isInteger(number) && number >= 1 && number <= max
    ? number
    : `${name} moet een geheel getal van 1 tot en met ${max} zijn.`
}

/**
 * GET /api/directory/search?q=…&theme=…&domain=…&kind=…&area=…&targetGroup=…&language=…&open=now
 * &sort=relevance|distance&limit=…&page=… (staff only)
 */
export const directorySearchEndpoint: Endpoint = {
  path: '/directory/search',
  method: 'get',
  handler: async (req) => {
    if (!isStaffMember(req.user))
      return Response.json({ error: 'Log in om de Wegwijzer te gebruiken.' }, { status: 401 })
    const rate = await consume('search', `user:${req.user!.id}`)
    if (rate.limited) return tooManyRequests('search', rate.retryAfterSeconds)
    const params = req.searchParams
    const q = params.get('q') ?? ''
    if (q.length > MAX_QUERY_LENGTH)
      return Response.json({ error: `Een zoekvraag is hoogstens ${MAX_QUERY_LENGTH} tekens.` }, { status: 400 })
    const limit = positiveInt(params.get('limit'), 'limit', 100)
    const page = positiveInt(params.get('page'), 'page', 10_000)
    for (const value of [limit, page])
      if (typeof value === 'string') return Response.json({ error: value }, { status: 400 })
    const filters: Filters = {}
    for (const facet of facetNames) {
      const values = params
        .getAll(facet)
        .flatMap((value) => value.split(','))
        .filter(Boolean)
      if (values.length) filters[facet] = values
    }
    const open = params.get('open')
    if (open && open !== 'now')
      return Response.json({ error: 'open kent alleen de waarde now: wat nu open is.' }, { status: 400 })
    const sort = params.get('sort') ?? 'relevance'
    if (sort !== 'relevance' && sort !== 'distance')
      return Response.json({ error: 'sort moet relevance (beste match) of distance (afstand) zijn.' }, { status: 400 })
    const origin = sort === 'distance' ? await deskOrigin(req.payload, req.user as User) : null
    if (sort === 'distance' && !origin?.point)
      return Response.json(
        { error: 'Sorteren op afstand kan alleen vanaf je eigen Infopunt, en dat heeft nog geen coördinaten.' },
        { status: 400 },
      )
    const result = await searchDirectory(req.payload, currentNetworkOf(req.user, req.headers), {
      q,
      filters,
      openNow: open === 'now',
      near: origin?.point,
      limit: limit as number,
      page: page as number,
    })
    return Response.json(result, { headers: { 'Cache-Control': 'no-store' } })
  },
}
