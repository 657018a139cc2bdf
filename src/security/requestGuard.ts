/**
 * A first look at every REST request before Payload parses it: a JSON body must be one well-formed
 * JSON object of modest nesting, and a `where` given as a JSON string must be valid JSON. Payload
 * would otherwise throw on these deep inside an operation, which ends as a 500.
 */
type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const MAX_NESTING = 100
const UNSUPPORTED =
  'Stuur de gegevens als JSON (Content-Type: application/json) of als formulier (multipart/form-data).'

const refuse = (error: string) =>
  Response.json({ errors: [{ message: error }], error }, { status: 400, headers: { 'Cache-Control': 'no-store' } })

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

const checkQuery = (url: URL): string | null => {
  const where = url.searchParams.get('where')
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

/**
 * Payload's own "GET by POST": the admin's relationship fields send their query string as a
 * form-encoded body (X-Payload-HTTP-Method-Override: GET), which Payload turns back into a GET.
 */
const isQueryByPost = (request: Request) =>
  request.method === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' ||
    request.headers.get('x-http-method-override') === 'GET') &&
  contentType(request) === 'application/x-www-form-urlencoded'

export const guardRequest =
  (handler: RouteHandler): RouteHandler =>
  async (request, context) => {
    if (isQueryByPost(request)) {
      const search = await request.text()
      const url = new URL(request.url)
      for (const [name, value] of new URLSearchParams(search)) url.searchParams.append(name, value)
      const problem = checkQuery(url)
      if (problem) return refuse(problem)
      const headers = new Headers(request.headers)
      headers.delete('content-length')
      return handler(
        new Request(request.url, { method: 'POST', headers, body: search, signal: request.signal }),
        context,
      )
    }
    const queryProblem = checkQuery(new URL(request.url))
    if (queryProblem) return refuse(queryProblem)
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS')
      return handler(request, context)
    if (!isJson(request)) {
      // Payload reads JSON and multipart/form-data only; anything else would reach it as "no data".
      if (request.method !== 'DELETE' && hasBody(request) && !contentType(request).startsWith('multipart/form-data'))
        return Response.json(
          { errors: [{ message: UNSUPPORTED }], error: UNSUPPORTED },
          { status: 415, headers: { 'Cache-Control': 'no-store' } },
        )
      return handler(request, context)
    }
    const text = await request.text()
    // A DELETE or a POST to an action (logout, refresh) may come without a body.
    if (text.trim() !== '' || request.method === 'PATCH' || request.method === 'PUT') {
      const problem = checkJsonBody(text)
      if (problem && !(request.method === 'POST' && text.trim() === '')) return refuse(problem)
    }
    // The body was read as text: its length in bytes may differ from what the client declared.
    const headers = new Headers(request.headers)
    headers.delete('content-length')
    const forwarded = new Request(request.url, {
      method: request.method,
      headers,
      body: text,
      signal: request.signal,
    })
    return handler(forwarded, context)
  }
