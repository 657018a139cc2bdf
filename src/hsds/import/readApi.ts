import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import { MAX_HSDS_UNPACKED_BYTES, megabytes } from '@/security/fileLimits'

import type { Row } from '../tables'
import { HsdsImportError, type SourceTables } from './source'

/** Items asked for per page, and the most pages read per list (500 × 200 = 100,000 items). */
const PER_PAGE = 500
const MAX_PAGES = 200
const MAX_REDIRECTS = 3

/** How long one request to the source may take (HSDS_IMPORT_TIMEOUT_MS, default 15 seconds). */
const timeoutMs = () => Number(process.env.HSDS_IMPORT_TIMEOUT_MS) || 15_000

/**
 * Whether an address is one the server must not be sent to on a user's behalf: loopback, private
 * networks, link-local (cloud metadata), carrier-grade NAT and unspecified addresses.
 */
export const isInternalAddress = (address: string): boolean => {
  const mapped = address.toLowerCase().match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/)
  if (mapped) return isInternalAddress(mapped[1])
  if (isIP(address) === 4) {
    const [a, b] = address.split('.').map(Number)
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    )
  }
  const lower = address.toLowerCase()
  return lower === '::' || lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower)
}

/** The source's address checked: http(s), and (unless HSDS_IMPORT_ALLOW_PRIVATE=true) not internal. */
const checkedUrl = async (raw: string): Promise<URL> => {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new HsdsImportError('Vul een volledig webadres in, zoals https://voorbeeld.nl/api/hsds.')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new HsdsImportError('Het adres van een HSDS-API begint met https:// of http://.')
  if (url.username || url.password) throw new HsdsImportError('Zet geen gebruikersnaam of wachtwoord in het adres.')
  if (process.env.HSDS_IMPORT_ALLOW_PRIVATE === 'true') return url
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address)
  } catch {
    throw new HsdsImportError(`De server ${url.hostname} bestaat niet of is niet te vinden. Controleer het adres.`)
  }
  if (addresses.some(isInternalAddress))
    throw new HsdsImportError(
      `${url.hostname} is een adres in een intern netwerk; de Wegwijzer haalt daar niets op. Gebruik het openbare adres van de API (voor een test in een eigen netwerk zet de beheerder van de server HSDS_IMPORT_ALLOW_PRIVATE=true).`,
    )
  return url
}

/** One JSON answer of the source, within the time limit, the size budget and a few checked redirects. */
const getJson = async (start: URL, budget: { bytes: number }): Promise<unknown> => {
  let url = start
  for (let hop = 0; ; hop++) {
    let response: Response
    try {
      response = await fetch(url, {
        headers: { Accept: 'application/json' },
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs()),
      })
    } catch (error) {
      const timedOut = (error as Error)?.name === 'TimeoutError'
      throw new HsdsImportError(
        timedOut
          ? `${url.host} antwoordde niet binnen ${Math.round(timeoutMs() / 1000)} seconden. Probeer het later opnieuw of importeer een datapakket.`
          : `${url.host} is niet bereikbaar (de verbinding werd geweigerd of verbroken). Controleer het adres.`,
        502,
      )
    }
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel()
      if (hop >= MAX_REDIRECTS) throw new HsdsImportError(`${url.host} stuurt te vaak door naar een ander adres.`, 502)
      url = await checkedUrl(new URL(location, url).toString())
      continue
    }
    if (!response.ok) {
      await response.body?.cancel()
      throw new HsdsImportError(
        response.status === 401 || response.status === 403
          ? `${url.host} vraagt om in te loggen (${response.status}); de import kan alleen openbare HSDS-API's lezen. Is de bron een Infopunt-Wegwijzer, dan maakt de beheerder daarvan de API openbaar met HSDS_PUBLIC=true.`
          : `${url.host} gaf een foutmelding (${response.status}) op ${url.pathname}. Is dit het basisadres van een HSDS-API?`,
        502,
      )
    }
    const text = await readWithin(response, budget)
    try {
      return JSON.parse(text)
    } catch {
      throw new HsdsImportError(`${url.host} gaf op ${url.pathname} geen JSON terug. Is dit een HSDS-API?`, 502)
    }
  }
}

const readWithin = async (response: Response, budget: { bytes: number }) => {
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    budget.bytes -= value.byteLength
    if (budget.bytes < 0) {
      await reader.cancel()
      throw new HsdsImportError(
        `De API levert meer dan ${megabytes(MAX_HSDS_UNPACKED_BYTES)} aan gegevens; zo veel kan de Wegwijzer niet inlezen.`,
        413,
      )
    }
    text += decoder.decode(value, { stream: true })
  }
}

interface Page {
  contents?: unknown
  total_pages?: unknown
  last_page?: unknown
}

/** Every item of a paged HSDS list. The base address's own query (a regional feed's `network=…`) goes along. */
const readList = async (base: URL, path: string, query: string, budget: { bytes: number }) => {
  const items: unknown[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const params = [base.search.slice(1), query, `page=${page}&per_page=${PER_PAGE}`].filter(Boolean).join('&')
    const url = new URL(`${base.pathname.replace(/\/$/, '')}${path}?${params}`, base)
    const body = (await getJson(url, budget)) as Page
    if (!body || !Array.isArray(body.contents))
      throw new HsdsImportError(
        `${base.host} gaf op ${path} geen HSDS-lijst terug (zonder "contents"). Is dit het basisadres van een HSDS-API?`,
      )
    items.push(...body.contents)
    const last = body.last_page === true || (typeof body.total_pages === 'number' && page >= body.total_pages)
    if (last || !body.contents.length) return items
  }
  throw new HsdsImportError(`${base.host} geeft meer dan ${MAX_PAGES} pagina's op ${path}; dat is te veel.`)
}

/** The HSDS table of a nested property. */
const NESTED: Record<string, string> = {
  phones: 'phone',
  schedules: 'schedule',
  service_areas: 'service_area',
  languages: 'language',
  cost_options: 'cost_option',
  service_at_locations: 'service_at_location',
  locations: 'location',
  location: 'location',
  accessibility: 'accessibility',
  attributes: 'attribute',
  services: 'service',
  service: 'service',
  organization: 'organization',
  taxonomy_term: 'taxonomy_term',
  taxonomy_detail: 'taxonomy',
  address: 'address',
  addresses: 'address',
}

/** Flattens nested HSDS objects into table rows, each linked to its parent as the tabular form links it. */
const flatten = (tables: SourceTables, seen: Set<string>, table: string, object: unknown, link: Row = {}) => {
  if (!object || typeof object !== 'object' || Array.isArray(object)) return
  const row: Row = { ...link }
  const children: [string, unknown][] = []
  for (const [field, value] of Object.entries(object)) {
    if (typeof value === 'string' || typeof value === 'number') row[field] = value
    else if (typeof value === 'boolean') row[field] = String(value)
    else if (NESTED[field]) children.push([field, value])
  }
  const id = row.id
  if (!seen.has(`${table}:${id}`)) (tables[table] ??= []).push(row)
  seen.add(`${table}:${id}`)
  for (const [field, value] of children) {
    const childTable = NESTED[field]
    // A child names its parent by the parent table's key, e.g. service_id.
    const childLink: Row = ['service', 'organization', 'location'].includes(table) ? { [`${table}_id`]: id } : {}
    for (const item of Array.isArray(value) ? value : [value]) flatten(tables, seen, childTable, item, childLink)
  }
}

/**
 * Reads the directory from an HSDS 3.0 API: the organisations with their services in full, and the
 * taxonomy terms, page by page, into HSDS tables.
 */
export const readApi = async (raw: string): Promise<SourceTables> => {
  const base = await checkedUrl(raw)
  const budget = { bytes: MAX_HSDS_UNPACKED_BYTES }
  const organizations = await readList(base, '/organizations', 'full_service=true', budget)
  // Not every API lists its taxonomy terms; the services name theirs in their attributes as well.
  const terms = await readList(base, '/taxonomy_terms', '', budget).catch(() => [])
  const tables: SourceTables = { organization: [] }
  const seen = new Set<string>()
  for (const organization of organizations) flatten(tables, seen, 'organization', organization)
  for (const term of terms) flatten(tables, seen, 'taxonomy_term', term)
  return tables
}
