import { bodyLimitFor, bodyTooLargeMessage, readBodyWithin } from './bodyLimits'

/**
 * A first look at every REST request before Payload parses it: a JSON body must be one well-formed
 * JSON object of modest nesting, and a `where` given as a JSON string must be valid JSON. Payload
 * would otherwise throw on these deep inside an operation, which ends as a 500. A body is counted as
 * it is read, so the body limit also holds for chunked requests, which declare no length.
 *
 * Payload's own admin reads lists with `POST` + `X-Payload-HTTP-Method-Override: GET` and the query
 * string as a form-encoded body (its relationship and upload pickers), which Payload's REST handler
 * turns back into a GET: that shape passes, with the same checks on the query it carries.
 */
type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const MAX_NESTING = 100
const UNSUPPORTED =
  'Stuur de gegevens als JSON (Content-Type: application/json) of als formulier (multipart/form-data).'

const refuse = (error: string, status = 400, headers: Record<string, string> = {}) =>
  Response.json(
    { errors: [{ message: error }], error },
    { status, headers: { 'Cache-Control': 'no-store', ...headers } },
  )

/** Nesting depth of JSON text, counted without parsing (so without recursion). */
export const jsonNesting = (text: string): number => {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 92 /* \ */) i++
      else if (char === 34 /* " */) inString = false
    } else if (char === 34) inString = true
    else if (char === 91 /* [ */ || char === 123 /* { */) {
      depth++
      if (depth > deepest) deepest = depth
    } else if (char === 93 || char === 125) depth--
  }
  return deepest
}

export const checkJsonBody = (text: string): string | null => {
  if (text.trim() === '') return 'De aanvraag heeft geen inhoud; stuur de gegevens als JSON-object.'
  if (jsonNesting(text) > MAX_NESTING) return `De gegevens zijn te diep genest (hoogstens ${MAX_NESTING} niveaus).`
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return 'De aanvraag is geen geldige JSON.'
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return 'Stuur de gegevens als één JSON-object, bijvoorbeeld {"naam": "…"}.'
  return null
}

const checkQuery = (params: URLSearchParams): string | null => {
  const where = params.get('where')
  if (where !== null && where !== '') {
    if (jsonNesting(where) > MAX_NESTING) return 'De zoekvraag (where) is te diep genest.'
    try {
      const parsed = JSON.parse(where)
      if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object')
    } catch {
      return 'De zoekvraag (where) is geen geldige JSON; gebruik where[veld][equals]=waarde.'
    }
  }
  return null
}

const contentType = (request: Request) => (request.headers.get('content-type') ?? '').toLowerCase()
const isJson = (request: Request) => contentType(request).includes('application/json')
const hasBody = (request: Request) =>
  Number(request.headers.get('content-length') ?? 0) > 0 || request.headers.has('transfer-encoding')

const FORM = 'application/x-www-form-urlencoded'
/** A read sent as POST, the way Payload's REST handler accepts it (payload/dist/utilities/handleEndpoints.js). */
const isReadOverride = (request: Request) =>
  request.method === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' ||
    request.headers.get('x-http-method-override') === 'GET')
const isForm = (request: Request) => contentType(request).split(';')[0].trim() === FORM

/** The request again, with a body that has been read already (its length in bytes is now known). */
const withBody = (request: Request, body: BodyInit, headers = new Headers(request.headers)) => {
  headers.delete('content-length')
  headers.delete('transfer-encoding')
  return new Request(request.url, { method: request.method, headers, body, signal: request.signal })
}

const guardBody = async (request: Request): Promise<Request | Response> => {
  const readOverride = isReadOverride(request) && isForm(request)
  if (!readOverride && !isJson(request)) {
    // Payload reads JSON and multipart/form-data only; anything else would reach it as "no data".
    if (request.method !== 'DELETE' && hasBody(request) && !contentType(request).startsWith('multipart/form-data'))
      return refuse(UNSUPPORTED, 415)
    // A declared length was held to the limit by the proxy (and the HTTP parser reads no more).
    if (request.headers.has('content-length') || !request.body) return request
  }
  const limit = bodyLimitFor(new URL(request.url).pathname)
  const bytes = await readBodyWithin(request, limit)
  // The rest of the body is left unread, so the connection cannot serve another request.
  if (!bytes) return refuse(bodyTooLargeMessage(limit), 413, { Connection: 'close' })
  if (readOverride) {
    const query = await bytes.text()
    const problem = checkQuery(new URLSearchParams(query))
    if (problem) return refuse(problem)
    // Payload reads the body as a query only under exactly this content type (no charset).
    const headers = new Headers(request.headers)
    headers.set('content-type', FORM)
    return withBody(request, query, headers)
  }
  if (!isJson(request)) return withBody(request, bytes)
  const text = await bytes.text()
  // A DELETE or a POST to an action (logout, refresh) may come without a body.
  if (text.trim() !== '' || request.method === 'PATCH' || request.method === 'PUT') {
    const problem = checkJsonBody(text)
    if (problem && !(request.method === 'POST' && text.trim() === '')) return refuse(problem)
  }
  return withBody(request, text)
}

/**
 * An answer to a request with credentials (session cookie, JWT or API key), or one that sets a
 * cookie (login), holds one person's data: no browser or proxy cache may keep it.
 */
const withoutCaching = (request: Request, response: Response): Response => {
  const personal =
    request.headers.has('authorization') || request.headers.has('cookie') || response.headers.has('set-cookie')
  if (!personal || response.headers.get('cache-control') === 'no-store') return response
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', 'no-store')
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

const guard = async (handler: RouteHandler, request: Request, context: Parameters<RouteHandler>[1]) => {
  const queryProblem = checkQuery(new URL(request.url).searchParams)
  if (queryProblem) return refuse(queryProblem)
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS')
    return handler(request, context)
  const guarded = await guardBody(request)
  return guarded instanceof Response ? guarded : handler(guarded, context)
}

export const guardRequest =
  (handler: RouteHandler): RouteHandler =>
  async (request, context) =>
    withoutCaching(request, await guard(handler, request, context))
