/**
 * npm run bench:search — the Wegwijzer search against Payload's own `like` query on the same
 * synthetic directories of 1k and 10k services, in one run. Prints a table per size and, last, one
 * JSON line with the figures.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

import { directoryIndex, queryDirectoryIndex, searchDirectory } from '../../src/directory/search'
import { createRoleUsers } from '../helpers/api'
import { startTestApp } from '../helpers/testApp'
import { runClients } from './clientProcess'
import { buildQueries, measure } from './searchQueries'
import { round } from './stats'
import { createSyntheticDirectory } from './syntheticDirectory'

const QUERIES = 2_000
const KNOWN_TARGETS = 60
const HTTP_SECONDS = 10
const HTTP_CONNECTIONS = 20
/**
 * The bounded HTTP run: 20 clients together sending at most this many searches a second (10 a
 * second each, twice what one desk worker typing with a 200 ms debounce can produce).
 */
const HTTP_BOUNDED_RATE = 200

const benchSize = async (size: number) => {
  const app = await startTestApp()
  try {
    const loadStarted = Date.now()
    const services = await createSyntheticDirectory(app.payload, size, size)
    const loadSeconds = round((Date.now() - loadStarted) / 1000)
    const { mixed, known } = buildQueries(services, size + 1, { queries: QUERIES, knownTargets: KNOWN_TARGETS })
    const network = (await app.payload.find({ collection: 'networks', limit: 1, depth: 0 })).docs[0].id

    global.gc?.()
    const heapBefore = process.memoryUsage().heapUsed
    const buildStarted = performance.now()
    await directoryIndex(app.payload, network)
    const buildMs = round(performance.now() - buildStarted)
    global.gc?.()
    const heapMB = round((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024)

    const ours = (query: string) => searchDirectory(app.payload, network, { q: query, limit: 5 })
    const index = await directoryIndex(app.payload, network)
    const indexOnly = async (query: string) => queryDirectoryIndex(index, { q: query, limit: 5 })
    const like = (query: string) =>
      app.payload.find({
        collection: 'services',
        where: { or: [{ name: { like: query } }, { description: { like: query } }] },
        limit: 5,
        depth: 0,
        select: { name: true },
      })
    // The same queries as a desk worker choosing by details: open now, a language, nearest first.
    const desk = { latitude: 52.581, longitude: 6.283 }
    const detailed = (query: string) =>
      searchDirectory(app.payload, network, {
        q: query,
        limit: 5,
        openNow: true,
        filters: { language: ['nl'] },
        near: desk,
      })
    const oursTimes = await measure(mixed, ours)
    const detailedTimes = await measure(mixed, detailed)
    const indexTimes = await measure(mixed, indexOnly)
    const likeTimes = await measure(mixed, like)

    let oursFound = 0
    let likeFound = 0
    const misses: string[] = []
    for (const { query, target } of known) {
      const top = (await ours(query)).results.map((result) => result.name)
      if (top.includes(target)) oursFound++
      else misses.push(`${query} → ${target} (got ${top.slice(0, 2).join('; ')})`)
      if ((await like(query)).docs.some((doc) => doc.name === target)) likeFound++
    }

    const users = await createRoleUsers(app.payload, app.url)
    const load = async (paths: string[], rate?: number) => {
      const result = await autocannon({
        url: app.url,
        connections: HTTP_CONNECTIONS,
        duration: HTTP_SECONDS,
        overallRate: rate,
        // autocannon's coordinated-omission correction takes 1/rate as the expected interval in
        // milliseconds while its rate is per second (1 ms instead of 100 ms at 10 a second per
        // connection), adding a made-up sample for every millisecond of every answer. Far below
        // capacity nothing is omitted, so the answers are recorded as they came.
        ignoreCoordinatedOmission: rate !== undefined,
        // The load generator runs in a worker thread, so it does not compete with the server's event loop.
        workers: 1,
        headers: { Authorization: `JWT ${users.baliemedewerker.token}` },
        requests: paths.map((path) => ({ method: 'GET', path })),
      })
      return {
        requests: result.requests.total,
        perSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        // autocannon reports p97.5, not p95: the stricter of the two.
        p97_5Ms: result.latency.p97_5,
        p99Ms: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
      }
    }
    /** The same bounded rate from independent clients (tests/bench/pacedClients.ts, its own process). */
    const pacedLoad = (paths: string[], rate: number) =>
      runClients<{ requests: number; perSecond: number; p50Ms: number; p95Ms: number; p99Ms: number; errors: number }>(
        './pacedClients.ts',
        {
          url: app.url,
          headers: { Authorization: `JWT ${users.baliemedewerker.token}` },
          paths,
          clients: HTTP_CONNECTIONS,
          rate,
          seconds: HTTP_SECONDS,
        },
      )
    const searchPaths = mixed
      .slice(0, 200)
      .map((query) => `/api/directory/search?q=${encodeURIComponent(query)}&limit=10`)
    // Saturated: every client sends its next request as soon as the answer is in; the latency is
    // then mostly queueing, set by throughput. Payload's own authenticated endpoint /api/users/me,
    // loaded the same way, shows the ceiling of one process's request handling on this machine.
    const httpSaturated = await load(searchPaths)
    const httpCeiling = await load(['/api/users/me'])
    const httpBounded = await load(searchPaths, HTTP_BOUNDED_RATE)
    const httpPaced = await pacedLoad(searchPaths, HTTP_BOUNDED_RATE)

    return {
      services: size,
      loadSeconds,
      indexBuildMs: buildMs,
      indexHeapMB: heapMB,
      searchUs: oursTimes,
      detailedSearchUs: detailedTimes,
      indexOnlyUs: indexTimes,
      likeUs: likeTimes,
      recallAt5: round(oursFound / known.length, 2),
      misses: misses.slice(0, 10),
      likeRecallAt5: round(likeFound / known.length, 2),
      p95VsLike: round(likeTimes.p95 / oursTimes.p95, 1),
      http: {
        connections: HTTP_CONNECTIONS,
        seconds: HTTP_SECONDS,
        bounded: { rate: HTTP_BOUNDED_RATE, ...httpBounded },
        paced: { rate: HTTP_BOUNDED_RATE, ...httpPaced },
        saturated: httpSaturated,
        ceilingUsersMe: httpCeiling,
      },
    }
  } finally {
    await app.close()
  }
}

const report = (result: Awaited<ReturnType<typeof benchSize>>) => {
  console.log(`\n${result.services} services (loaded in ${result.loadSeconds} s)`)
  console.log(`  index build ${result.indexBuildMs} ms, heap ${result.indexHeapMB} MB`)
  console.log(
    `  Wegwijzer search  p50 ${result.searchUs.p50} µs  p95 ${result.searchUs.p95} µs  p99 ${result.searchUs.p99} µs  recall@5 ${result.recallAt5}`,
  )
  console.log(
    `  with open now, language and distance sort  p50 ${result.detailedSearchUs.p50} µs  p95 ${result.detailedSearchUs.p95} µs  p99 ${result.detailedSearchUs.p99} µs`,
  )
  console.log(
    `    of which index  p50 ${result.indexOnlyUs.p50} µs  p95 ${result.indexOnlyUs.p95} µs  p99 ${result.indexOnlyUs.p99} µs  (the rest: the freshness check in the database)`,
  )
  console.log(
    `  Payload like      p50 ${result.likeUs.p50} µs  p95 ${result.likeUs.p95} µs  p99 ${result.likeUs.p99} µs  recall@5 ${result.likeRecallAt5}`,
  )
  console.log(`  p95 ratio like/ours: ${result.p95VsLike}×`)
  if (result.misses.length) console.log(`  missed: ${result.misses.join(' | ')}`)
  const { bounded, paced, saturated, ceilingUsersMe } = result.http
  const line = (label: string, run: typeof saturated) =>
    console.log(
      `  ${label}: ${run.requests} requests (${run.perSecond}/s), p50 ${run.p50Ms} ms, p97.5 ${run.p97_5Ms} ms, p99 ${run.p99Ms} ms, errors ${run.errors}`,
    )
  console.log(
    `  HTTP search, ${HTTP_CONNECTIONS} independent clients at ${paced.rate}/s together: ${paced.requests} requests (${paced.perSecond}/s), p50 ${paced.p50Ms} ms, p95 ${paced.p95Ms} ms, p99 ${paced.p99Ms} ms, errors ${paced.errors} (target p95 ≤ 20 ms)`,
  )
  line(`HTTP search, ${HTTP_CONNECTIONS} clients at ${bounded.rate}/s, all sending at the same instant`, bounded)
  line(`HTTP search, ${HTTP_CONNECTIONS} clients saturating`, saturated)
  line(`HTTP /api/users/me, ${HTTP_CONNECTIONS} clients saturating (ceiling)`, ceilingUsersMe)
}

// Each size runs in a process of its own, so the second starts on a clean Payload.
const size = Number(process.env.BENCH_SIZE)
if (size) {
  const result = await benchSize(size)
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0))
} else {
  const results = []
  for (const services of [1_000, 10_000]) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_SIZE: String(services) },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    const line = child.stdout.trim().split('\n').pop() ?? ''
    if (child.status !== 0 || !line.startsWith('{'))
      throw new Error(
        `bench for ${services} services failed (status ${child.status}, signal ${child.signal}, ${child.error ?? ''}):\n${child.stderr}\n${child.stdout.slice(-2000)}`,
      )
    const result = JSON.parse(line)
    report(result)
    results.push(result)
  }
  console.log(JSON.stringify({ bench: 'search', queries: QUERIES, knownTargets: KNOWN_TARGETS, results }))
}
