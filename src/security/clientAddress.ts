import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

/**
 * The client's address, for the rate limits. A Web Request (what Next.js route handlers, server
 * actions and Payload see) carries no socket, and Next.js sets `X-Forwarded-For` to the socket's
 * address only when a request has none — so a client that sends its own header would otherwise
 * choose its address. The HTTP server therefore appends the socket's address to `X-Forwarded-For`
 * itself, as a reverse proxy does, before Next.js or Payload sees the request; the rightmost entry
 * is then always the peer that connected. TRUSTED_PROXIES says how many proxies in front of the app
 * append an entry of their own (default 0: the peer is the client).
 */

const mappedIPv4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i

const normalise = (address: string): string => address.trim().replace(mappedIPv4, '$1')

/** Appends the peer's address to the request's X-Forwarded-For (nginx: `$proxy_add_x_forwarded_for`). */
export const appendPeerAddress = (request: IncomingMessage, socket: Socket | undefined = request.socket): void => {
  const peer = socket?.remoteAddress
  if (!peer) return
  const sent = request.headers['x-forwarded-for']
  const chain = [Array.isArray(sent) ? sent.join(', ') : sent, normalise(peer)].filter(Boolean)
  request.headers['x-forwarded-for'] = chain.join(', ')
}

const installed = Symbol.for('infopunt.peerAddress')

/**
 * Runs appendPeerAddress for every request the process's HTTP servers receive, through Node's
 * `http.server.request.start` diagnostics channel (published before the server's request listener,
 * i.e. before Next.js, runs). Called once from src/instrumentation.ts.
 */
export const appendPeerAddressToEveryRequest = (): void => {
  const flags = globalThis as Record<symbol, unknown>
  if (flags[installed]) return
  flags[installed] = true
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    appendPeerAddress(request, socket)
  })
}

/** How many reverse proxies in front of the app append to X-Forwarded-For (TRUSTED_PROXIES, default 0). */
export const trustedProxies = (): number => {
  const value = Number(process.env.TRUSTED_PROXIES ?? 0)
  return Number.isInteger(value) && value > 0 ? value : 0
}

/**
 * The client's address: the rightmost X-Forwarded-For entry (the peer the server saw), or, behind
 * n trusted proxies, the entry n places before it. Null without the header (Local API calls).
 */
export const clientIp = (headers: Headers): string | null => {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  return normalise(entries[Math.max(0, entries.length - 1 - trustedProxies())])
}
