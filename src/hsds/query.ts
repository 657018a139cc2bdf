/**
 * The query parameters of the HSDS API. Each route names the parameters it takes; any other, or a
 * value it cannot use, is refused with a 400 and a Dutch reason, so no filter is silently ignored.
 */

import { foldCaseAndAccents } from '@/lib/foldText'

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/

/**
 * A date or date-time in ISO 8601 only: `Date.parse` alone also reads `05-12-2026` (as 12 May) or
 * `1` (as 2001), and a filter that reads a date other than the one meant must refuse it instead.
 */
const isIsoDateTime = (text: string) => {
  const match = ISO_DATE_TIME.exec(text)
  if (!match || Number.isNaN(Date.parse(text))) return false
  const [, year, month, day] = match
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)
}

export const MAX_PER_PAGE = 500

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type ParamName =
  | 'page'
  | 'per_page'
  | 'format'
  | 'search'
  | 'modified_after'
  | 'organization_id'
  | 'taxonomy_term_id'
  | 'taxonomy_id'
  | 'parent_id'
  | 'top_only'
  | 'full'
  | 'full_service'
  | 'minimal'
  | 'postcode'
  | 'proximity'
  /** Whose directory: a network's slug (src/hsds/endpoints.ts). */
  | 'network'

export interface HsdsQuery {
  page: number
  perPage: number
  /** ndjson: every result, one JSON object a line, without pages. */
  format: 'json' | 'ndjson'
  /** Lower-cased words that must all occur. */
  search: string[]
  modifiedAfter?: string
  organizationId?: string
  taxonomyTermId?: string
  taxonomyId?: string
  parentId?: string
  topOnly: boolean
  full: boolean
  fullService: boolean
  minimal: boolean
}

/** Defined by HSDS, but our data cannot answer them: refused with why. */
const UNANSWERABLE: Partial<Record<ParamName, string>> = {
  postcode:
    'postcode wordt niet ondersteund: de Wegwijzer kent het werkgebied als namen van kernen en gemeenten, niet als postcodes.',
  // HSDS measures proximity from a postcode's centroid; our locations have coordinates, but we keep no
  // table of postcode areas to measure from.
  proximity:
    'proximity wordt niet ondersteund: HSDS meet de afstand vanaf het midden van een postcode, en de Wegwijzer kent geen postcodegebieden. Sorteer op afstand in de Wegwijzer zelf.',
}

export const readQuery = (params: URLSearchParams, allowed: ParamName[]): HsdsQuery | string => {
  for (const name of new Set(params.keys())) {
    if (!allowed.includes(name as ParamName))
      return allowed.length
        ? `Onbekende parameter ${name}: deze route kent ${allowed.join(', ')}.`
        : `Onbekende parameter ${name}: deze route kent geen parameters.`
    if (params.getAll(name).length > 1) return `Geef ${name} maar één keer op.`
    if (UNANSWERABLE[name as ParamName]) return UNANSWERABLE[name as ParamName]!
  }
  const value = (name: ParamName) => {
    const raw = params.get(name)?.trim()
    return raw ? raw : undefined
  }
  const integer = (name: ParamName, fallback: number, max: number) => {
    const raw = value(name)
    if (raw === undefined) return fallback
    const number = Number(raw)
    return Number.isInteger(number) && number >= 1 && number <= max
      ? number
      : `${name} moet een geheel getal van 1 tot en met ${max} zijn.`
  }
  const boolean = (name: ParamName) => {
    const raw = value(name)
    if (raw === undefined || raw === 'false') return false
    return raw === 'true' ? true : `${name} moet true of false zijn.`
  }
  const uuid = (name: ParamName) => {
    const raw = value(name)
    if (raw === undefined || UUID.test(raw)) return raw?.toLowerCase()
    return new Error(`${name} moet een HSDS-id (UUID) zijn, zoals de id's in de antwoorden van deze API.`)
  }

  const page = integer('page', 1, 100_000)
  if (typeof page === 'string') return page
  const perPage = integer('per_page', 50, MAX_PER_PAGE)
  if (typeof perPage === 'string') return perPage
  const format = value('format') ?? 'json'
  if (format !== 'json' && format !== 'ndjson') return 'format moet json of ndjson zijn.'
  if (format === 'ndjson' && (params.has('page') || params.has('per_page')))
    return 'page en per_page gelden niet bij format=ndjson: dat geeft alle resultaten in één keer.'
  const modifiedAfter = value('modified_after')
  if (modifiedAfter && !isIsoDateTime(modifiedAfter))
    return 'modified_after moet een datum (2026-01-31) of datum-tijd (2026-01-31T00:00:00Z) zijn, jaar eerst.'
  const search = foldCaseAndAccents(value('search') ?? '')
  if (search.length > 200) return 'search mag hoogstens 200 tekens lang zijn.'

  const flags = { topOnly: boolean('top_only'), full: boolean('full'), fullService: boolean('full_service') }
  const minimal = boolean('minimal')
  for (const flag of [...Object.values(flags), minimal]) if (typeof flag === 'string') return flag
  const ids = {
    organizationId: uuid('organization_id'),
    taxonomyTermId: uuid('taxonomy_term_id'),
    taxonomyId: uuid('taxonomy_id'),
    parentId: uuid('parent_id'),
  }
  for (const id of Object.values(ids)) if (id instanceof Error) return id.message
  if (minimal && flags.full) return 'minimal en full sluiten elkaar uit: kies er één.'

  return {
    page,
    perPage,
    format,
    search: search.split(/\s+/).filter(Boolean),
    modifiedAfter: modifiedAfter && new Date(modifiedAfter).toISOString(),
    ...(ids as Record<keyof typeof ids, string | undefined>),
    ...(flags as Record<keyof typeof flags, boolean>),
    minimal: minimal as boolean,
  }
}

/** Whether every search word occurs in one of the texts, case and accents aside as in the Wegwijzer's own search. */
export const matches = (words: string[], ...texts: unknown[]) => {
  if (!words.length) return true
  const haystack = foldCaseAndAccents(texts.filter((text) => typeof text === 'string').join(' '))
  return words.every((word) => haystack.includes(word))
}
