import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import type { SanitizedConfig } from 'payload'

import { appendPeerAddress } from '../../src/security/clientAddress'
import { guardRequest } from '../../src/security/requestGuard'

type RouteHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Serves Payload's REST routes over real HTTP with exactly the handlers that
 * src/app/(payload)/api/[...slug]/route.ts gives Next.js (behind the same request guard), so that integration tests need no
 * production build.
 */
export const startHttpServer = async (
  config: Promise<SanitizedConfig>,
): Promise<{ url: string; close: () => Promise<void> }> => {
  const routes = await import('@payloadcms/next/routes')
  const handlers: Record<string, RouteHandler> = {
    GET: guardRequest(routes.REST_GET(config)),
    POST: guardRequest(routes.REST_POST(config)),
    PATCH: guardRequest(routes.REST_PATCH(config)),
    PUT: guardRequest(routes.REST_PUT(config)),
    DELETE: guardRequest(routes.REST_DELETE(config)),
    OPTIONS: routes.REST_OPTIONS(config),
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
    // As the production server does (src/instrumentation.ts): the peer's address ends X-Forwarded-For.
    appendPeerAddress(req)
    const handler = handlers[req.method ?? 'GET']
    if (!url.pathname.startsWith('/api/') || !handler) {
      res.writeHead(404).end()
      return
    }
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
      else if (value !== undefined) headers.set(name, value)
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
    const request = new Request(url, {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
      // @ts-expect-error -- required by Node's fetch for streamed request bodies
      duplex: 'half',
    })
    const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean).map(decodeURIComponent)
    const response = await handler(request, { params: Promise.resolve({ slug }) })
    const outHeaders: Record<string, string | string[]> = {}
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') outHeaders[name] = value
    })
    const cookies = response.headers.getSetCookie()
    if (cookies.length) outHeaders['set-cookie'] = cookies
    res.writeHead(response.status, outHeaders)
    if (response.body) Readable.fromWeb(response.body as NodeReadableStream).pipe(res)
    else res.end()
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      // Only reached when a handler throws instead of answering: a real 500.
      console.error(error)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  // The tests' clients share this process's event loop: a busy moment can let Node's 5-second idle
  // timeout close a kept-alive socket just as a client sends its next POST on it (ECONNRESET).
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    // A client that left a response unread keeps its socket busy; with the long idle timeout above,
    // close() would wait for it, so the test's own server drops every connection when it closes.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
