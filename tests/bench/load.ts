/**
 * npm run bench:load — a bounded load test against `next start` (the production build, demo data),
 * autocannon on loopback only, 50 connections for 30 s each (BENCH_LOAD_SECONDS):
 *  - GET / logged in (the startpage, with the session cookie);
 *  - GET /api/directory/search?q=… with varying queries;
 *  - POST /api/registrations with valid bodies, each with its own idempotency key;
 * next to a baseline in the same run: GET /api/health (no login, one one-row read).
 * Fails when any request errors, times out or answers other than 2xx. Prints p50/p99/req/s per
 * target and, last, one JSON line.
 *
 * The server's environment is one object (SERVER_ENV) so that limits meant for real users (rate
 * limits and the like) can be lifted for the run; BENCH_SERVER_ENV='{"NAME":"value"}' adds to it.
 */
import { randomUUID } from 'node:crypto'

import autocannon from 'autocannon'

import { startNextServer } from '../helpers/nextServer'
import { rateLimitsOff } from '../helpers/rateLimits'
import { DEMO_PASSWORD } from '../../src/seed/data/users'

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30)
const BASELINE_SECONDS = Math.min(SECONDS, 10)
const CONNECTIONS = 50

/** Environment for the server under load. Add the names of any limiter that must not throttle the bench. */
const SERVER_ENV: Record<string, string> = {
  INFOPUNT_JOBS: 'off',
  // Rate limits guard against abuse by one client; the bench is one client on purpose.
  ...rateLimitsOff,
  ...(process.env.BENCH_SERVER_ENV ? (JSON.parse(process.env.BENCH_SERVER_ENV) as Record<string, string>) : {}),
}

const QUERIES = [
  'schulden',
  'mantelzorg',
  'eenzaam',
  'vervoer',
  'huishoudelijke hulp',
  'rolstoel',
  'toeslag',
  'dementie',
  'vrijwilliger',
  'maaltijd',
  'formulieren',
  'wmo',
  'jeugd',
  'rouw',
  'budget',
  'taal',
]

type Result = autocannon.Result
const summary = (name: string, result: Result) => {
  const failures = result.errors + result.timeouts + result.non2xx
  return {
    name,
    requests: result.requests.total,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    ok: failures === 0 && result.requests.total > 0,
  }
}

const fire = (options: autocannon.Options) =>
  new Promise<Result>((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    )
  })

const server = await startNextServer({ env: SERVER_ENV })
try {
  if (!server.url.startsWith('http://127.0.0.1:')) throw new Error('The load test runs on loopback only.')
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'balie@infopunt.example', password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const cookie = (login.headers.getSetCookie().find((value) => value.startsWith('payload-token=')) ?? '').split(';')[0]
  if (!token || !cookie) throw new Error(`login failed: ${login.status}`)
  const auth = { Authorization: `JWT ${token}` }
  const first = async (collection: string) =>
    (
      (await (await fetch(`${server.url}/api/${collection}?limit=1&depth=0`, { headers: auth })).json()) as {
        docs: { id: number }[]
      }
    ).docs[0].id
  const [location, theme] = [await first('locations'), await first('themes')]

  // Warm up each route once (compilation of server chunks, the search index).
  for (const path of ['/', '/api/directory/search?q=hulp', '/api/health'])
    await fetch(`${server.url}${path}`, { headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' } })

  const results = []
  const baseline = await fire({ url: `${server.url}/api/health`, duration: BASELINE_SECONDS })
  results.push(summary('GET /api/health (baseline)', baseline))

  const startpage = await fire({
    url: `${server.url}/`,
    headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' },
  })
  results.push(summary('GET / (logged in)', startpage))

  let query = 0
  const search = await fire({
    url: server.url,
    headers: auth,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({
          ...request,
          path: `/api/directory/search?q=${encodeURIComponent(QUERIES[query++ % QUERIES.length])}&page=${1 + (query % 3)}`,
        }),
      },
    ],
  })
  results.push(summary('GET /api/directory/search (varying q)', search))

  const countBefore = (
    (await (await fetch(`${server.url}/api/registrations?limit=1`, { headers: auth })).json()) as {
      totalDocs: number
    }
  ).totalDocs
  const create = await fire({
    url: server.url,
    headers: { ...auth, 'Content-Type': 'application/json' },
    requests: [
      {
        method: 'POST',
        path: '/api/registrations',
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            location,
            themes: [theme],
            answerType: 'information',
            ageBand: 'senior',
            summary: 'Vraag over de energietoeslag.',
            idempotencyKey: randomUUID(),
          }),
        }),
      },
    ],
  })
  results.push(summary('POST /api/registrations (unique keys)', create))
  // The desk worker's own registrations of today: the bench account sees every one it made.
  await new Promise((resolve) => setTimeout(resolve, 500))
  const countAfter = (
    (await (await fetch(`${server.url}/api/registrations?limit=1`, { headers: auth })).json()) as {
      totalDocs: number
    }
  ).totalDocs
  const stored = countAfter - countBefore
  const acknowledged = create['2xx']

  console.log(`\nLoad: ${CONNECTIONS} connections, ${SECONDS} s per target (baseline ${BASELINE_SECONDS} s), loopback`)
  console.log(
    'target'.padEnd(42),
    'req/s'.padStart(7),
    'p50 ms'.padStart(7),
    'p99 ms'.padStart(7),
    'requests'.padStart(9),
    'failed'.padStart(7),
    ' ×baseline p50',
  )
  for (const r of results)
    console.log(
      r.name.padEnd(42),
      String(r.reqPerSec).padStart(7),
      String(r.p50).padStart(7),
      String(r.p99).padStart(7),
      String(r.requests).padStart(9),
      String(r.errors + r.timeouts + r.non2xx).padStart(7),
      ` ${(r.p50 / Math.max(results[0].p50, 1)).toFixed(1)}`,
    )
  // autocannon stops counting at the deadline; the requests then in flight (at most one per
  // connection) are still stored. So: every acknowledged one stored, and at most that many more.
  const inFlight = stored - acknowledged
  console.log(`registrations: ${acknowledged} acknowledged, ${stored} stored (${inFlight} in flight at the deadline)`)
  const ok = results.every((r) => r.ok) && inFlight >= 0 && inFlight <= CONNECTIONS
  console.log(
    JSON.stringify({
      bench: 'load',
      connections: CONNECTIONS,
      seconds: SECONDS,
      ok,
      targets: results,
      registrations: { acknowledged, stored, inFlightAtDeadline: inFlight },
    }),
  )
  if (!ok) process.exitCode = 1
} catch (error) {
  console.error(`server output (last 4000 characters):\n${server.output().slice(-4000)}`)
  throw error
} finally {
  await server.stop()
}
