/**
 * npm run bench:region — a region of 50 networks (250 Infopunten, 5,000 staff, 10,000 organisations
 * and services of which a fifth regional, 1,000,000 registrations) on the embedded database (SQLite),
 * beside an installation of one network of the same size (5 Infopunten, 100 staff, 200 organisations
 * and services, 20,000 registrations), each built and measured in a process of its own, in one run:
 *  - directory search within one network: p95 of the search (with its freshness check) and of the
 *    index alone, and recall@5 on known targets, with every network's index built;
 *  - the memory all networks' search indexes hold (heap and typed arrays after a full collection),
 *    beside the process's resident memory;
 *  - the startpage loader for 20 desks at once (each a desk worker; in the region each of another
 *    network): p95 warm (the snapshots kept), cold for the desks whose network just changed (a
 *    change renews its own network's stamp only), and with every network changed at once;
 *  - a network's report of the year (every grouping at once, as /rapportage builds it): p95;
 *  - the platform aggregate (registrations per network for the year, counts of 1 to 4 suppressed): p95;
 *  - registration create throughput through the Local API with the users' own access, 20 at a time,
 *    the median of three windows.
 * Regional organisations are shared records: each group of five networks has four, kept by its first
 * network and offered by the other four (src/directory/regional.ts), so a fifth of every network's
 * Wegwijzer is regional.
 * REGION_SCALE (default 1) scales the region: max(2, 50 × scale) networks sharing 1,000,000 × scale
 * registrations; a network's other sizes stay the same. The registrations are written in rounds of
 * 2,000 per network within REGION_BUILD_MINUTES (default 20), so that the run ends within about half
 * an hour on a 2-core machine; it says how far they got. The region runs first, then the single
 * network with as many registrations as one network of the region reached. The startpage is measured
 * at its loader, in process: the HTTP page is bench:startpage's and bench:pages'.
 * Prints a table and, last, one JSON line.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { directoryIndex, queryDirectoryIndex, searchDirectory } from '../../src/directory/search'
import type { Id } from '../../src/lib/relations'
import type { DirectoryIndex } from '../../src/directory/searchIndex'
import { platformFigures } from '../../src/platform/figures'
import { buildAllReports } from '../../src/registrations/report'
import { pageNetwork } from '../../src/networks/current'
import type { User } from '../../src/payload-types'
import { loadStartpage } from '../../src/startpage/load'
import { markStartpageChanged } from '../../src/startpage/freshness'
import { testDatabaseKind } from '../helpers/database'
import { startTestApp } from '../helpers/testApp'
import { localCreates } from './localCreates'
import {
  asUser,
  buildNetwork,
  ENTRIES_PER_NETWORK,
  markBuilt,
  NETWORK_SIZE,
  networkName,
  prepareInstallation,
  REGIONAL_ENTRIES_PER_NETWORK,
  registrationPeriod,
  registrationWriter,
  type BuiltNetwork,
} from './regionFixture'
import { buildQueries, measure } from './searchQueries'
import { percentile, round } from './stats'

const SCALE = Number(process.env.REGION_SCALE || 1)
if (!(SCALE > 0)) throw new Error(`REGION_SCALE must be a positive number, not ${process.env.REGION_SCALE}`)
const FULL_NETWORKS = 50
const FULL_REGISTRATIONS = 1_000_000
const NETWORKS = Math.max(2, Math.round(FULL_NETWORKS * SCALE))
const REGISTRATIONS_PER_NETWORK = Math.round((FULL_REGISTRATIONS * SCALE) / NETWORKS)

const QUERIES = 2_000
const KNOWN_TARGETS = 100
const DESKS = 20
const COLD_ROUNDS = 40
const EVERY_NETWORK_ROUNDS = 5
const WARM_ROUNDS = 50
const REPORT_RUNS = 40
const PLATFORM_RUNS = 10
const CREATE_CLIENTS = 20
const CREATE_SECONDS = Number(process.env.BENCH_CREATE_SECONDS ?? 10)
const CREATE_WINDOWS = 3
/** Registrations per network and round; each network's round is one transaction. */
const ROUND = 2_000
/** The time the region's registrations may take; they stop at the last whole round that fits. */
const BUILD_MINUTES = Number(process.env.REGION_BUILD_MINUTES || 20)

const TARGETS = {
  searchP95Ms: 2,
  recallAt5: 0.95,
  startpageP95Ms: 50,
  reportP95Ms: 300,
  platformP95Ms: 2_000,
  /** Create throughput as a share of the single network's in the same run: 10% is this machine's spread between runs. */
  createVsSingle: 0.9,
  indexMemoryMB: 500,
}

const load = () => loadavg().map((value) => round(value, 1))
const mb = (bytes: number) => round(bytes / 1024 / 1024)
const progress = (text: string) => process.stderr.write(`[bench:region] ${text}\n`)
const elapsed = (since: number) => round((performance.now() - since) / 1000)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** p95 (and p50, max) of `runs` calls of `work` one after the other, in ms. */
const timed = async (runs: number, work: (run: number) => Promise<unknown>) => {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await work(run)
    times.push(performance.now() - started)
  }
  return summary(times)
}

const summary = (times: number[]) => {
  times.sort((a, b) => a - b)
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    max: round(times[times.length - 1] ?? 0),
  }
}

/** The installation's networks: the one its migration made (renamed) and `count - 1` more. */
const makeNetworks = async (payload: Payload, count: number): Promise<Id[]> => {
  const first = (await payload.find({ collection: 'networks', limit: 1, depth: 0 })).docs[0]
  await payload.update({ collection: 'networks', id: first.id, data: { name: networkName(0), slug: '' } })
  const ids: Id[] = [first.id]
  for (let index = 1; index < count; index++)
    ids.push((await payload.create({ collection: 'networks', data: { name: networkName(index) }, depth: 0 })).id)
  return ids
}

const build = async (payload: Payload, networks: number, budgetMinutes: number | null) => {
  const started = performance.now()
  const ids = await makeNetworks(payload, networks)
  const shared = await prepareInstallation(payload, ids[0])
  const built: BuiltNetwork[] = []
  for (const [index, id] of ids.entries()) {
    const network = await buildNetwork(payload, shared, index, id)
    built.push(network)
    if (index % 10 === 9 || index === ids.length - 1)
      progress(
        `${network.name} (${index + 1}/${networks}) built: directory ${network.seconds.directory} s, people ${network.seconds.people} s; ${elapsed(started)} s in all, load ${load().join('/')}`,
      )
  }
  // The registrations in rounds of ROUND per network, so that the networks stay the same size when the
  // time budget ends the build early; on the single network as many rounds as the region reached.
  const writers = built.map((network) => registrationWriter(payload, shared, network, REGISTRATIONS_PER_NETWORK))
  const rounds = Math.min(Math.ceil(REGISTRATIONS_PER_NETWORK / ROUND), Number(process.env.REGION_ROUNDS || Infinity))
  const registrationsStarted = performance.now()
  let done = 0
  let lastRound = 0
  for (; done < rounds; done++) {
    const spent = performance.now() - registrationsStarted
    if (budgetMinutes !== null && done > 0 && spent + lastRound > budgetMinutes * 60_000) break
    const roundStarted = performance.now()
    for (const write of writers) await write(ROUND)
    lastRound = performance.now() - roundStarted
    progress(
      `registrations, round ${done + 1}/${rounds}: ${Math.min(REGISTRATIONS_PER_NETWORK, (done + 1) * ROUND)} per network in ${elapsed(registrationsStarted)} s, load ${load().join('/')}`,
    )
  }
  const registrationSeconds = elapsed(registrationsStarted)
  await markBuilt(payload)
  const sum = (key: keyof BuiltNetwork['seconds']) => round(built.reduce((total, n) => total + n.seconds[key], 0))
  const count = async (
    collection: 'registrations' | 'registration-tallies' | 'organisations' | 'services' | 'users' | 'regional-offers',
  ) => (await payload.db.count({ collection, where: {} })).totalDocs
  const registrations = await count('registrations')
  const file = process.env.DATABASE_URL!.replace(/^file:/, '')
  const size = (name: string) => (existsSync(name) ? statSync(name).size : 0)
  return {
    built,
    shared,
    perNetwork: Math.min(REGISTRATIONS_PER_NETWORK, done * ROUND),
    figures: {
      seconds: elapsed(started),
      directorySeconds: sum('directory'),
      peopleSeconds: sum('people'),
      registrationSeconds,
      registrationsPerSecond: round(registrations / registrationSeconds, 0),
      rounds: done,
      stoppedByBudget: done < Math.ceil(REGISTRATIONS_PER_NETWORK / ROUND) && !process.env.REGION_ROUNDS,
      counts: {
        networks,
        infopunten: networks * NETWORK_SIZE.infopunten,
        staff: (await count('users')) - 1,
        organisations: await count('organisations'),
        services: await count('services'),
        regionalEntries: Math.ceil(networks / NETWORK_SIZE.regionalSpread) * REGIONAL_ENTRIES_PER_NETWORK,
        offers: await count('regional-offers'),
        registrations,
        tallies: await count('registration-tallies'),
      },
      databaseMB: mb(size(file) + size(`${file}-wal`)),
    },
  }
}

const benchSearch = async (payload: Payload, built: BuiltNetwork[]) => {
  // Every network's index, built one after the other, with the memory they keep: the heap and the
  // memory outside it (the indexes' typed arrays) after a full collection, and the process's RSS.
  const memory = async () => {
    global.gc?.()
    await sleep(100)
    global.gc?.()
    const { heapUsed, external } = process.memoryUsage()
    return { held: heapUsed + external, rss: process.memoryUsage.rss() }
  }
  const before = await memory()
  const started = performance.now()
  const indexes = new Map<Id, DirectoryIndex>()
  for (const network of built) indexes.set(network.id, await directoryIndex(payload, network.id))
  const buildMs = round(performance.now() - started)
  const after = await memory()
  const heldMB = mb(after.held - before.held)
  const rssMB = mb(after.rss - before.rss)

  // The same number of queries however many networks: each within one network, the networks taking turns.
  const perNetwork = built.map((network, at) =>
    buildQueries(network.services, 31 + at, {
      queries: Math.ceil(QUERIES / built.length),
      knownTargets: Math.ceil(KNOWN_TARGETS / built.length),
    }),
  )
  const mixed = Array.from({ length: QUERIES }, (_, at) => ({
    network: built[at % built.length].id,
    query: perNetwork[at % built.length].mixed[Math.floor(at / built.length)],
  }))
  const known = perNetwork
    .flatMap((queries, at) => queries.known.map((target) => ({ network: built[at].id, ...target })))
    .slice(0, KNOWN_TARGETS)
  const search = ({ network, query }: { network: Id; query: string }) =>
    searchDirectory(payload, network, { q: query, limit: 5 })
  // Untimed first, so that neither figure carries the compilation of the code it runs.
  await measure(mixed.slice(0, 200), search)
  const searchUs = await measure(mixed, search)
  const indexUs = await measure(mixed, async ({ network, query }) =>
    queryDirectoryIndex(indexes.get(network)!, { q: query, limit: 5 }),
  )
  let found = 0
  const misses: string[] = []
  for (const target of known) {
    const top = (await search(target)).results.map((result) => result.name)
    if (top.includes(target.target)) found++
    else misses.push(`${target.query} → ${target.target}`)
  }
  return {
    indexes: built.length,
    indexBuildMs: buildMs,
    indexMemoryMB: heldMB,
    indexRssMB: rssMB,
    rssAfterMB: mb(after.rss),
    entriesPerIndex: indexes.get(built[0].id)!.byKey.size,
    searchUs,
    indexUs,
    recallAt5: round(found / known.length, 2),
    knownTargets: known.length,
    misses: misses.slice(0, 5),
  }
}

/** 20 desks at once, each a desk worker; with more than one network, each desk another network's. */
const benchStartpage = async (payload: Payload, built: BuiltNetwork[]) => {
  const desks = await Promise.all(
    Array.from({ length: DESKS }, (_, desk) => {
      const network = built[desk % built.length]
      const slot = Math.floor(desk / built.length)
      const position = slot % network.locations.length
      const workers = network.deskWorkers[position]
      return asUser(payload, workers[Math.floor(slot / network.locations.length) % workers.length])
    }),
  )
  const networkOf = (user: User) => String(pageNetwork(user))
  const networks = [...new Set(desks.map(networkOf))]
  /** One round: every desk asks at the same moment; each view's time from that moment to its answer. */
  const round20 = async () => {
    const started = performance.now()
    return Promise.all(
      desks.map(async (user) => {
        await loadStartpage(payload, user)
        return performance.now() - started
      }),
    )
  }
  // Cold: just after a change in one network (a shift, a source, an Infopunt…), which renews that
  // network's stamp only: its desks read their snapshot again while every other desk asks at the same
  // moment. The networks take turns.
  // Every desk's snapshot read once first, so that only the changed network's is cold.
  await round20()
  const cold: number[] = []
  for (let run = 0; run < COLD_ROUNDS; run++) {
    const changed = networks[run % networks.length]
    await markStartpageChanged(payload, undefined, [changed])
    const times = await round20()
    cold.push(...times.filter((_, desk) => networkOf(desks[desk]) === changed))
  }
  // Every network at once: a change to what they all share (a theme) or a seed.
  const everyNetwork: number[] = []
  for (let run = 0; run < EVERY_NETWORK_ROUNDS; run++) {
    await markStartpageChanged(payload)
    everyNetwork.push(...(await round20()))
  }
  for (let run = 0; run < 3; run++) await round20()
  const warm: number[] = []
  for (let run = 0; run < WARM_ROUNDS; run++) warm.push(...(await round20()))
  const sample = await loadStartpage(payload, desks[0])
  return {
    desks: DESKS,
    snapshots: networks.length,
    coldMs: summary(cold),
    everyNetworkColdMs: summary(everyNetwork),
    warmMs: summary(warm),
    desksShown: sample.desks.length,
    shiftsShown: sample.desks.reduce((total, desk) => total + desk.laterToday.length + desk.next.length, 0),
  }
}

const benchReports = async (payload: Payload, built: BuiltNetwork[], perNetwork: number) => {
  const period = registrationPeriod()
  const filterOf = (run: number) => ({ network: built[run % built.length].id, ...period })
  for (let run = 0; run < 3; run++) await buildAllReports(payload, filterOf(run))
  // Each run another network's year (in the region), as the coordinators of several networks would ask.
  const reportMs = await timed(REPORT_RUNS, (run) => buildAllReports(payload, filterOf(run)))
  const first = await buildAllReports(payload, filterOf(0))

  for (let run = 0; run < 2; run++) await platformFigures(payload, period)
  const platformMs = await timed(PLATFORM_RUNS, () => platformFigures(payload, period))
  const platform = await platformFigures(payload, period)
  return {
    period,
    reportMs,
    reportTotal: first.answerType.total,
    reportTotalMatches: first.answerType.total === perNetwork,
    platformMs,
    platformNetworks: platform.networks.length,
    platformSuppressed: platform.networks.filter((row) => row.registrations === '<5').length,
    platformTotal: platform.total,
    platformTotalMatches: platform.total === perNetwork * built.length,
  }
}

/** Local API creates with each desk worker's own access, as the REST endpoint makes them. */
const benchCreates = async (payload: Payload, built: BuiltNetwork[], themes: Id[]) => {
  const clients = await Promise.all(
    Array.from({ length: CREATE_CLIENTS }, async (_, client) => {
      const network = built[client % built.length]
      const position = Math.floor(client / built.length) % network.locations.length
      const workers = network.deskWorkers[position]
      return {
        user: await asUser(payload, workers[client % workers.length]),
        data: {
          location: network.locations[position],
          themes: [themes[0], themes[1]],
          answerType: 'advice',
          summary: 'Vraag over toeslagen 2026',
        },
      }
    }),
  )
  const before = (await payload.db.count({ collection: 'registrations', where: {} })).totalDocs
  // Commits are bound by the disk, whose speed on a virtual machine varies by a third from one window
  // to the next: the median of CREATE_WINDOWS windows.
  const windows: Awaited<ReturnType<typeof localCreates>>[] = []
  for (let window = 0; window < CREATE_WINDOWS; window++)
    windows.push(
      await localCreates(payload, (client) => clients[client].data, {
        clients: CREATE_CLIENTS,
        seconds: CREATE_SECONDS,
        userOf: (client) => clients[client].user,
      }),
    )
  const perWindow = windows.map((window) => window.perSecond)
  const figures = {
    perSecond: [...perWindow].sort((a, b) => a - b)[Math.floor(CREATE_WINDOWS / 2)],
    perWindow,
    created: windows.reduce((total, window) => total + window.created, 0),
  }
  const stored = (await payload.db.count({ collection: 'registrations', where: {} })).totalDocs - before
  // Each one in its creator's network, the Infopunt's, as the REST endpoint would store it.
  let inWrongNetwork = 0
  for (const network of built)
    inWrongNetwork += (
      await payload.db.count({
        collection: 'registrations',
        where: {
          and: [
            { idempotencyKey: { exists: true } },
            { network: { equals: network.id } },
            { location: { not_in: network.locations } },
          ],
        },
      })
    ).totalDocs
  return {
    clients: CREATE_CLIENTS,
    seconds: CREATE_SECONDS,
    windows: CREATE_WINDOWS,
    ...figures,
    stored,
    inWrongNetwork,
  }
}

/** One installation (`networks` of them), built and measured in this process. */
const runPart = async (networks: number, budgetMinutes: number | null) => {
  const loadBefore = load()
  const app = await startTestApp()
  try {
    progress(`building ${networks} network(s) of up to ${REGISTRATIONS_PER_NETWORK} registrations each`)
    const { built, shared, perNetwork, figures: buildFigures } = await build(app.payload, networks, budgetMinutes)
    progress(`built in ${buildFigures.seconds} s; measuring`)
    const search = await benchSearch(app.payload, built)
    const startpage = await benchStartpage(app.payload, built)
    const reports = await benchReports(app.payload, built, perNetwork)
    const create = await benchCreates(app.payload, built, shared.themes)
    return {
      build: { ...buildFigures, perNetwork },
      search,
      startpage,
      reports,
      create,
      loadAverage: { before: loadBefore, after: load() },
    }
  } finally {
    await app.close()
    // The region's database is some hundreds of MB: not left behind in the temporary folder.
    const url = process.env.DATABASE_URL ?? ''
    if (url.startsWith('file:')) rmSync(path.dirname(url.slice('file:'.length)), { recursive: true, force: true })
  }
}

type Part = Awaited<ReturnType<typeof runPart>>

const part = process.env.REGION_PART
if (part) {
  const result = await runPart(part === 'single' ? 1 : NETWORKS, part === 'single' ? null : BUILD_MINUTES)
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0))
} else {
  const started = performance.now()
  const runChild = (name: 'single' | 'region', env: Record<string, string> = {}): Part => {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, ...env, REGION_PART: name },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    })
    const line = child.stdout.trim().split('\n').pop() ?? ''
    if (child.status !== 0 || !line.startsWith('{'))
      throw new Error(`bench:region ${name} failed (status ${child.status}, signal ${child.signal}):\n${child.stdout}`)
    return JSON.parse(line) as Part
  }
  progress(
    `scale ${SCALE}: ${NETWORKS} networks of up to ${REGISTRATIONS_PER_NETWORK} registrations each (the registrations within ${BUILD_MINUTES} minutes), then one network alone`,
  )
  const region = runChild('region')
  // The single network as large as one network of the region: as many rounds of registrations.
  const single = runChild('single', { REGION_ROUNDS: String(region.build.rounds) })

  const ms = (us: number) => round(us / 1000, 2)
  /** Each figure of both installations: its label in the table and, where the issue sets one, its target. */
  const figures = {
    searchP95Ms: ['search p95, within one network (ms)', (p: Part) => ms(p.search.searchUs.p95)],
    searchIndexP95Ms: ['  of which the index, p95 (ms)', (p: Part) => ms(p.search.indexUs.p95)],
    recallAt5: ['recall@5, known targets', (p: Part) => p.search.recallAt5],
    startpageWarmP95Ms: ['startpage loader p95, 20 desks, warm (ms)', (p: Part) => p.startpage.warmMs.p95],
    startpageColdP95Ms: ['startpage loader p95, own network changed (ms)', (p: Part) => p.startpage.coldMs.p95],
    startpageEveryColdP95Ms: ['  every network changed at once (ms)', (p: Part) => p.startpage.everyNetworkColdMs.p95],
    reportP95Ms: ["a network's report of the year, p95 (ms)", (p: Part) => p.reports.reportMs.p95],
    platformP95Ms: ['platform aggregate, p95 (ms)', (p: Part) => p.reports.platformMs.p95],
    createPerSecond: ['registration creates, 20 at a time (/s)', (p: Part) => p.create.perSecond],
    indexMemoryMB: ['search indexes, memory held (MB)', (p: Part) => p.search.indexMemoryMB],
    indexRssGrowthMB: ['  process RSS growth while building (MB)', (p: Part) => p.search.indexRssMB],
    rssAfterIndexesMB: ['  process RSS after (MB)', (p: Part) => p.search.rssAfterMB],
    indexBuildMs: ['search indexes, build of all (ms)', (p: Part) => p.search.indexBuildMs],
  } as const satisfies Record<string, readonly [string, (p: Part) => number]>
  type Figure = keyof typeof figures
  const value = (key: Figure, p: Part) => figures[key][1](p)
  const atMost = (key: Figure, limit: number, unit = ' ms') => ({
    target: `≤ ${limit}${unit}`,
    value: value(key, region),
    met: value(key, region) <= limit,
  })
  const targets: Partial<Record<Figure, { target: string; value: number; met: boolean }>> = {
    searchP95Ms: atMost('searchP95Ms', TARGETS.searchP95Ms),
    recallAt5: {
      target: `≥ ${TARGETS.recallAt5}`,
      value: region.search.recallAt5,
      met: region.search.recallAt5 >= TARGETS.recallAt5,
    },
    startpageWarmP95Ms: atMost('startpageWarmP95Ms', TARGETS.startpageP95Ms),
    startpageColdP95Ms: atMost('startpageColdP95Ms', TARGETS.startpageP95Ms),
    reportP95Ms: atMost('reportP95Ms', TARGETS.reportP95Ms),
    platformP95Ms: atMost('platformP95Ms', TARGETS.platformP95Ms),
    createPerSecond: {
      target: `≥ ${TARGETS.createVsSingle} × single network`,
      value: region.create.perSecond,
      met: region.create.perSecond >= TARGETS.createVsSingle * single.create.perSecond,
    },
    indexMemoryMB: atMost('indexMemoryMB', TARGETS.indexMemoryMB, ' MB'),
  }
  const table = (Object.keys(figures) as Figure[]).map((key) => {
    const [one, many] = [value(key, single), value(key, region)]
    return { key, label: figures[key][0], single: one, region: many, ratio: one === 0 ? null : round(many / one, 2) }
  })
  const counts = (p: Part) => p.build.counts
  console.log(
    `\nbench:region, scale ${SCALE}. Region: ${counts(region).networks} networks, ${counts(region).infopunten} Infopunten, ${counts(region).staff} staff, ${counts(region).organisations + counts(region).services} organisations and services (${counts(region).regionalEntries} of them regional, each shown by ${NETWORK_SIZE.regionalSpread} networks through ${counts(region).offers} offers), ${counts(region).registrations} registrations, ${counts(region).tallies} tallies, database ${region.build.databaseMB} MB.`,
  )
  console.log(
    `Single network: ${counts(single).infopunten} Infopunten, ${counts(single).staff} staff, ${counts(single).organisations + counts(single).services} organisations and services, ${counts(single).registrations} registrations, ${counts(single).tallies} tallies.`,
  )
  console.log(
    `Built in ${region.build.seconds} s (directory through the Local API ${region.build.directorySeconds} s, staff and roster ${region.build.peopleSeconds} s, registrations with their tallies through the database adapter ${region.build.registrationSeconds} s = ${region.build.registrationsPerSecond}/s); the single network in ${single.build.seconds} s.`,
  )
  console.log(
    region.build.stoppedByBudget
      ? `The registrations stopped at the time budget (REGION_BUILD_MINUTES=${BUILD_MINUTES}): ${counts(region).registrations} of ${NETWORKS * REGISTRATIONS_PER_NETWORK} (${region.build.perNetwork} of ${REGISTRATIONS_PER_NETWORK} per network, the first ${region.build.rounds} of ${Math.ceil(REGISTRATIONS_PER_NETWORK / ROUND)} parts of the year); at this rate all would take ${round((NETWORKS * REGISTRATIONS_PER_NETWORK) / region.build.registrationsPerSecond)} s.\n`
      : `All ${counts(region).registrations} registrations built.\n`,
  )
  const cell = (value: string | number | null, width: number) => String(value ?? '–').padStart(width)
  console.log(`${'what'.padEnd(44)} ${'single'.padStart(8)} ${'region'.padStart(8)} ${'ratio'.padStart(6)}  target`)
  for (const row of table) {
    const target = targets[row.key]
    console.log(
      `${row.label.padEnd(44)} ${cell(row.single, 8)} ${cell(row.region, 8)} ${cell(row.ratio, 6)}  ${target ? `${target.target}: ${target.met ? 'met' : 'MISSED'}` : ''}`,
    )
  }
  console.log(
    `\nThe startpage figures are the loader (src/startpage/load.ts) in process, not the HTTP page: for the page see bench:startpage and bench:pages. 20 desks ask at once (of ${region.startpage.snapshots} networks in the region, of ${single.startpage.snapshots} in the single network). Warm: the snapshots kept. Own network changed: the views of the desks whose network just changed (a stamp renewed for that network only, the networks taking turns), while the other desks ask at the same moment. Every network changed at once: a change to what all networks share (a theme) or a seed, every desk's snapshot read again.`,
  )
  console.log(
    `Report: every grouping at once for the period ${region.reports.period.from} … ${region.reports.period.to}, ${REPORT_RUNS} runs, the networks taking turns (a network's total ${region.reports.reportTotal}, ${region.reports.reportTotalMatches ? 'as stored' : 'NOT as stored'}). Platform aggregate: ${region.reports.platformNetworks} networks, ${region.reports.platformSuppressed} suppressed (1 to 4), total ${region.reports.platformTotal} (${region.reports.platformTotalMatches ? 'as stored' : 'NOT as stored'}).`,
  )
  console.log(
    `Creates: ${region.create.created} in the region (by desk workers of ${Math.min(CREATE_CLIENTS, NETWORKS)} networks), ${single.create.created} in the single network, in ${CREATE_WINDOWS} windows of ${CREATE_SECONDS} s each (the median shown; region ${region.create.perWindow.join(', ')}/s, single ${single.create.perWindow.join(', ')}/s); stored outside their Infopunt's network: ${region.create.inWrongNetwork + single.create.inWrongNetwork}. Load average: single ${single.loadAverage.before.join('/')} → ${single.loadAverage.after.join('/')}, region ${region.loadAverage.before.join('/')} → ${region.loadAverage.after.join('/')}.`,
  )
  if (region.search.misses.length) console.log(`Search misses in the region: ${region.search.misses.join(' | ')}`)
  console.log(
    JSON.stringify({
      bench: 'region',
      scale: SCALE,
      database: testDatabaseKind(),
      networks: NETWORKS,
      registrationsPerNetwork: REGISTRATIONS_PER_NETWORK,
      registrationsReached: region.build.counts.registrations,
      buildMinutes: BUILD_MINUTES,
      entriesPerNetwork: ENTRIES_PER_NETWORK,
      seconds: elapsed(started),
      single,
      region,
      ratios: Object.fromEntries(table.map((row) => [row.key, row.ratio])),
      targets,
    }),
  )
}
