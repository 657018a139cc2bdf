import { NextResponse, type NextRequest } from 'next/server'

import { bodyLimitFor, bodyTooLargeMessage } from './security/bodyLimits'
import { contentSecurityPolicy, createNonce, staticSecurityHeaders } from './security/headers'

const production = process.env.NODE_ENV === 'production'
const development = process.env.NODE_ENV === 'development'

const withSecurityHeaders = (response: NextResponse, csp: string): NextResponse => {
  response.headers.set('Content-Security-Policy', csp)
  for (const [name, value] of Object.entries(staticSecurityHeaders({ production }))) response.headers.set(name, value)
  return response
}

/**
 * Runs before every request: refuses bodies that are too large (413, before anything reads them)
 * and puts the security headers on every response — pages, API answers and files alike. Each
 * response gets its own CSP nonce; Next.js reads it from the request's CSP header and puts it on
 * the scripts it renders.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce()
  const csp = contentSecurityPolicy(nonce, { development })

  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const length = Number(request.headers.get('content-length') ?? 0)
    const limit = bodyLimitFor(request.nextUrl.pathname)
    if (length > limit) {
      const message = bodyTooLargeMessage(limit)
      return withSecurityHeaders(
        NextResponse.json({ error: message, errors: [{ message }] }, { status: 413, headers: { Connection: 'close' } }),
        csp,
      )
    }
  }

  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', csp)
  requestHeaders.set('x-nonce', nonce)
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp)
}

export const config = {
  // Everything, static files included (nosniff matters most there).
  matcher: '/:path*',
}
