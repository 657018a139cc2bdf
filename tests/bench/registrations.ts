/**
 * npm run bench:registrations — in one run on the embedded database (SQLite):
 *  1. create throughput over REST with 20 concurrent clients (each POST with its own idempotency key),
 *     and the stored count against the acknowledged count, beside Payload's own create through the
 *     Local API in process as a baseline;
 *  2. CSV and XLSX export of 100k registrations (time and peak RSS growth), beside exporting the same
 *     rows by paging Payload's REST API (depth 1 for the names) as a baseline;
 *  3. report p95 at 100k registrations, per grouping, with the database queries per report;
 *  4. import of the CSV export of those 100k registrations: first into the database it came from (all
 *     recognised, none added), then with another system's numbers, as a network brings its history
 *     from another system (all added): time and peak RSS growth, and importing the same file again
 *     (adds nothing), beside the time Payload's Local API create (step 1's baseline) would take for as
 *     many rows;
 *  5. the same reports at 1,000,000 registrations (BENCH_REPORT_ROWS): p95 per grouping, the queries per
 *     report (the same as at 100k), the chart endpoint and the /rapportage loader (every grouping at
 *     once), beside the previous way of reading the tallies (the period's day tallies) as a baseline.
 * The fixture is inserted in bulk past the hooks; its tallies are then counted as the migration
 * counts existing data (timed). BENCH_REPORTS_ONLY=1 leaves out steps 1, 2 and 4. BENCH_ONLY=import runs
 * only what the import needs and its baseline: the Local API create rate of step 1, the fixture and its
 * CSV export, and step 4.
 * The machine's load average is printed beside the times; the last line is one JSON object with the figures.
 */

import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'

import { stringify } from 'csv-stringify/sync'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { idOf } from '../../src/lib/relations'
import type { Location, Organisation, Registration, Theme } from '../../src/payload-types'
import { locationsInScope } from '../../src/registrations/filters'
import { buildAllReports, groupByValues } from '../../src/registrations/report'
import { readTallies, rebuildTallies, tallyDimensions } from '../../src/registrations/tallies'
import { createRoleUsers } from '../helpers/api'
import { kernIn } from '../helpers/fixtures'
import { startTestApp } from '../helpers/testApp'
import { runClients } from './clientProcess'
import { localCreates } from './localCreates'
import { percentile, round } from './stats'

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000)
const REPORT_ROWS = Number(process.env.BENCH_REPORT_ROWS ?? 1_000_000)
const CREATE_SECONDS = Number(process.env.BENCH_CREATE_SECONDS ?? 10)
const CONNECTIONS = 20
const REPORT_RUNS = 20
const REPORTS_ONLY = process.env.BENCH_REPORTS_ONLY === '1'
const IMPORT_ONLY = process.env.BENCH_ONLY === 'import'

/** The 1-, 5- and 15-minute load averages, to read the times by. */
const load = () => loadavg().map((value) => round(value, 1))

/** A registration as REST returns it at depth=1: its relations filled in. */
type RegistrationRow = Omit<Registration, 'location' | 'themes' | 'referredOrganisations'> & {
  location?: Location
  themes?: Theme[]
  referredOrganisations?: Organisation[]
}

const mb = (bytes: number) => round(bytes / 1024 / 1024)

/** Runs `work` while sampling RSS every 10 ms: seconds taken and the peak growth over the RSS before. */
/** CPU time of the main thread (it runs the server's JavaScript and the SQLite driver), in 1/100 s. */
const mainThreadTicks = () => {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return Number(fields[11]) + Number(fields[12])
}
const measure = async <T>(work: () => Promise<T>) => {
  global.gc?.()
  await new Promise((resolve) => setTimeout(resolve, 50))
  const before = process.memoryUsage.rss()
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10)
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const mainBefore = mainThreadTicks()
  try {
    const result = await work()
    peak = Math.max(peak, process.memoryUsage.rss())
    const cpu = process.cpuUsage(cpuBefore)
    return {
      result,
      seconds: round((performance.now() - started) / 1000, 2),
      // The process's own CPU time (server and client share it): on a busy machine the wall time
      // also holds the waits for other processes, this does not.
      cpuSeconds: round((cpu.user + cpu.system) / 1e6, 2),
      mainThreadSeconds: round((mainThreadTicks() - mainBefore) / 100, 2),
      rssGrowthMB: mb(peak - before),
    }
  } finally {
    clearInterval(sampler)
  }
}

/** Reads a response body to the end, counting bytes without keeping them. */
const drain = async (response: Response) => {
  let bytes = 0
  const reader = response.body!.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return bytes
    bytes += value.byteLength
  }
}

const main = async () => {
  const app = await startTestApp()
  const { payload, url } = app
  const users = await createRoleUsers(payload, url)

  // The directory the registrations point at.
  const locations: Location[] = []
  for (const kern of ['Dalfsen', 'Nieuwleusen', 'Lemelerveld'])
    locations.push(
      await payload.create({
        collection: 'locations',
        data: { name: `Infopunt ${kern}`, kern: await kernIn(payload, 'Dalfsen', kern) },
      }),
    )
  const themes = await Promise.all(
    Array.from({ length: 14 }, (_, index) =>
      payload.create({ collection: 'themes', data: { name: `Thema ${index + 1}` } }),
    ),
  )
  const organisations: { id: number | string }[] = []
  for (let index = 0; index < 30; index++)
    organisations.push(
      await payload.create({
        collection: 'organisations',
        data: {
          name: `Organisatie ${index + 1}`,
          shortDescription: 'Voor de benchmark.',
          kindOfHelp: (['formal', 'informal', 'both'] as const)[index % 3],
          status: 'active',
        },
      }),
    )

  // 1. Create throughput over REST (not with BENCH_REPORTS_ONLY; BENCH_ONLY=import measures only the baseline).
  const base = {
    location: locations[0].id,
    themes: [themes[0].id, themes[1].id],
    answerType: 'advice',
    summary: 'Vraag over toeslagen 2026',
  }
  const restCreates = async () => {
    // The 20 clients run in a process of their own (tests/bench/createClients.ts), as browsers would.
    const clients = await runClients<{ acknowledged: number; errors: number; seconds: number; p95Ms: number }>(
      './createClients.ts',
      { url, token: users.baliemedewerker.token, body: base, clients: CONNECTIONS, seconds: CREATE_SECONDS },
    )
    const { acknowledged, errors } = clients
    const stored = (await payload.count({ collection: 'registrations' })).totalDocs
    const createFigures = {
      perSecond: round(acknowledged / clients.seconds),
      acknowledged,
      stored,
      errors,
      p95ms: round(clients.p95Ms),
    }
    console.log(
      `create over REST, ${CONNECTIONS} clients: ${createFigures.perSecond}/s (target ≥ 300/s), ${acknowledged} acknowledged, ${stored} stored, ${createFigures.errors} errors`,
    )
    await payload.db.deleteMany({ collection: 'registrations', where: { id: { exists: true } } })
    return createFigures
  }
  const createStep = async () => {
    const createFigures = IMPORT_ONLY ? undefined : await restCreates()
    // Baseline: Payload's own create through the Local API in this process, 20 at a time, with the
    // same data and validation but without HTTP, JWT, user lookup or REST handling.
    const local = await localCreates(
      payload,
      { ...base, registeredBy: users.baliemedewerker.id },
      { clients: CONNECTIONS, seconds: CREATE_SECONDS },
    )
    console.log(
      `baseline, Payload's Local API create in process, ${CONNECTIONS} at a time: ${local.perSecond}/s${createFigures ? `; REST reaches ${round((100 * createFigures.perSecond) / local.perSecond, 0)}% of it` : ''}`,
    )
    await payload.db.deleteMany({ collection: 'registrations', where: { id: { exists: true } } })
    return { createFigures, local }
  }
  const created = REPORTS_ONLY ? undefined : await createStep()

  // 2. The fixture: bulk inserts in batches inside one transaction (fixture only, not the app's path).
  const db = payload.db as unknown as SQLiteAdapter
  const answerTypes = ['information', 'advice', 'helped', 'warm-referral', 'informal-referral', 'unable']
  const yearStart = Date.parse('2026-01-01T08:00:00.000Z')
  const span = Date.parse('2026-11-01T08:00:00.000Z') - yearStart
  /** Registrations number `from` up to `to`, with their theme and organisation rows. */
  const insertFixture = async (from: number, to: number) =>
    db.drizzle.transaction(async (tx) => {
      for (let offset = from; offset < to; offset += 2000) {
        const count = Math.min(2000, to - offset)
        const rows = Array.from({ length: count }, (_, index) => {
          const n = offset + index
          // Spread over ten months, as a year of questions is (every day and Infopunt has its tallies).
          const at = new Date(yearStart + Math.floor((((n * 7919) % 100_003) / 100_003) * span)).toISOString()
          return {
            occurredAt: at,
            location: locations[n % 3].id,
            // Past the hooks, so the row names its network: its Infopunt's.
            network: idOf(locations[n % 3].network),
            channel: 'desk',
            domain: n % 5 === 0 ? null : (['wmo', 'youth', 'participation', 'other'] as const)[n % 4],
            ageBand: (['youth', 'adult', 'senior', 'unknown'] as const)[n % 4],
            summary: n % 3 === 0 ? `Vraag ${n} over regelingen` : null,
            answerType: answerTypes[n % 6],
            followUp: n % 7 === 0,
            durationMinutes: (n % 6) * 5,
            registeredBy: users.baliemedewerker.id,
            createdAt: at,
            updatedAt: at,
          }
        })
        const inserted: { id: number }[] = await tx
          .insert(db.tables.registrations)
          .values(rows)
          .returning({ id: db.tables.registrations.id })
        const rels = inserted.flatMap(({ id }, index) => {
          const n = offset + index
          const list: Record<string, unknown>[] = [
            { parent: id, path: 'themes', order: 1, themesID: themes[n % 14].id },
          ]
          if (n % 4 === 0) list.push({ parent: id, path: 'themes', order: 2, themesID: themes[(n + 3) % 14].id })
          if (n % 6 === 3 || n % 6 === 4)
            list.push({
              parent: id,
              path: 'referredOrganisations',
              order: 1,
              organisationsID: organisations[n % 30].id,
            })
          return list
        })
        await tx.insert(db.tables.registrations_rels).values(rels)
      }
    })
  /** The fixture bypasses the hooks, so its tallies are counted as the migration counts existing data. */
  const backfill = async () => {
    const started = performance.now()
    const result = await rebuildTallies(payload)
    return { ...result, seconds: round((performance.now() - started) / 1000) }
  }
  const insertStarted = performance.now()
  await insertFixture(0, ROWS)
  const total = (await payload.count({ collection: 'registrations' })).totalDocs
  console.log(`fixture: ${total} registrations inserted in ${round((performance.now() - insertStarted) / 1000)} s`)
  const coordinator = { Authorization: `JWT ${users.coordinator.token}` }
  const period = 'from=2026-01-01&to=2026-12-31'

  // 4. Import: the CSV export of the fixture, uploaded in one request, as a network brings its history
  // from another system: the numbers are that system's (offset past this database's ids), so every
  // row is new here and all of them are added; the same file again adds nothing.
  const importStep = async (localPerSecond: number) => {
    const exported = await fetch(`${url}/api/registrations/export?format=csv&${period}`, { headers: coordinator })
    const own = new TextEncoder().encode(await exported.text())
    const file = new TextEncoder().encode(
      new TextDecoder().decode(own).replace(/^(\d+);/gm, (_, number: string) => `${Number(number) + 10_000_000};`),
    )
    const upload = async (bytes: Uint8Array) =>
      measure(async () => {
        const body = new FormData()
        body.append('file', new Blob([new Uint8Array(bytes)]), 'registraties.csv')
        const response = await fetch(`${url}/api/registrations/import`, { method: 'POST', headers: coordinator, body })
        if (response.status !== 200) throw new Error(`import: ${response.status} ${await response.text()}`)
        return (await response.json()) as { rows: number; added: number; duplicates: number; rejected: number }
      })
    // The export imported back into the database it came from: every row is recognised, none added.
    const back = await upload(own)
    console.log(
      `the export imported into its own database: ${back.seconds} s, peak RSS +${back.rssGrowthMB} MB, ${back.result.added} added, ${back.result.duplicates} already there`,
    )
    const imported = await upload(file)
    const importedAgain = await upload(file)
    const localApiProjection = round(imported.result.added / localPerSecond)
    console.log(
      `import of ${imported.result.rows} rows (${mb(file.byteLength)} MB CSV): ${imported.seconds} s (CPU ${imported.cpuSeconds} s, main thread ${imported.mainThreadSeconds} s), peak RSS +${imported.rssGrowthMB} MB, ${imported.result.added} added, ${imported.result.rejected} refused (target ≤ 60 s); the same file again: ${importedAgain.seconds} s, ${importedAgain.result.added} added, ${importedAgain.result.duplicates} already there`,
    )
    console.log(
      `baseline, as many creates through Payload's Local API (step 1's rate): ${localApiProjection} s; the import takes ${round((100 * imported.seconds) / localApiProjection, 0)}% of that`,
    )
    const importTarget =
      imported.seconds <= 60 &&
      imported.rssGrowthMB <= 150 &&
      imported.result.added === total &&
      importedAgain.result.added === 0 &&
      importedAgain.result.duplicates === total &&
      back.result.added === 0
    console.log(
      `target: import of ${total} rows ≤ 60 s, peak RSS ≤ +150 MB, all added, none again, none into its own database: ${importTarget ? 'met' : 'missed'}`,
    )
    // Back to the fixture alone; step 5 counts all tallies again.
    await payload.db.deleteMany({ collection: 'registrations', where: { idempotencyKey: { like: 'import-' } } })
    return { back, imported, importedAgain, localApiProjection, importTarget, file }
  }
  const importFiguresOf = (step: Awaited<ReturnType<typeof importStep>>) => ({
    importIntoOwnDatabase: {
      seconds: step.back.seconds,
      rssGrowthMB: step.back.rssGrowthMB,
      added: step.back.result.added,
      duplicates: step.back.result.duplicates,
    },
    import: {
      rows: step.imported.result.rows,
      megabytes: mb(step.file.byteLength),
      seconds: step.imported.seconds,
      cpuSeconds: step.imported.cpuSeconds,
      rssGrowthMB: step.imported.rssGrowthMB,
      added: step.imported.result.added,
      again: {
        seconds: step.importedAgain.seconds,
        added: step.importedAgain.result.added,
        duplicates: step.importedAgain.result.duplicates,
      },
    },
    localApiCreateProjectionSeconds: step.localApiProjection,
    importVsLocalApi: round(step.imported.seconds / step.localApiProjection, 2),
  })
  if (IMPORT_ONLY && created) {
    const step = await importStep(created.local.perSecond)
    await app.close()
    console.log(
      JSON.stringify({
        rows: total,
        localApiCreateBaseline: created.local,
        ...importFiguresOf(step),
        targets: { import: step.importTarget },
      }),
    )
    process.exit(0)
  }

  const backfillAtRows = await backfill()
  console.log(
    `tallies counted from ${backfillAtRows.registrations} registrations (the migration's backfill): ${backfillAtRows.tallies} tallies in ${backfillAtRows.seconds} s`,
  )

  const exportStep = async () => {
    const exportOf = async (format: 'csv' | 'xlsx') =>
      measure(async () => {
        const response = await fetch(`${url}/api/registrations/export?format=${format}&${period}`, {
          headers: coordinator,
        })
        if (response.status !== 200) throw new Error(`export ${format}: ${response.status}`)
        return drain(response)
      })
    const csv = await exportOf('csv')
    console.log(
      `CSV export of ${total}: ${csv.seconds} s, peak RSS +${csv.rssGrowthMB} MB, ${mb(csv.result)} MB (targets ≤ 5 s, ≤ 150 MB)`,
    )
    const xlsx = await exportOf('xlsx')
    console.log(
      `XLSX export of ${total}: ${xlsx.seconds} s, peak RSS +${xlsx.rssGrowthMB} MB, ${mb(xlsx.result)} MB (target ≤ 20 s)`,
    )

    // Baseline: page through Payload's REST API with names populated and write the same CSV client-side.
    const baseline = await measure(async () => {
      let bytes = 0
      let rows = 0
      for (let page = 1; ; page++) {
        const response = await fetch(
          `${url}/api/registrations?limit=2000&page=${page}&depth=1&sort=id&where[occurredAt][greater_than_equal]=2025-12-31T23:00:00.000Z`,
          { headers: coordinator },
        )
        const body = (await response.json()) as { docs: RegistrationRow[]; hasNextPage: boolean }
        bytes += Buffer.byteLength(
          stringify(
            body.docs.map((doc) => [
              doc.id,
              doc.occurredAt,
              doc.location?.name,
              (doc.themes ?? []).map((theme: { name: string }) => theme.name).join(', '),
              doc.answerType,
              (doc.referredOrganisations ?? []).map((organisation: { name: string }) => organisation.name).join(', '),
              doc.summary ?? '',
            ]),
            { delimiter: ';' },
          ),
        )
        rows += body.docs.length
        if (!body.hasNextPage) break
      }
      return { bytes, rows }
    })
    console.log(
      `baseline, paging Payload's REST API (2000 per page, depth 1): ${baseline.seconds} s, peak RSS +${baseline.rssGrowthMB} MB for ${baseline.result.rows} rows`,
    )
    return { csv, xlsx, baseline }
  }
  const exportFigures = REPORTS_ONLY ? undefined : await exportStep()

  // 3. Report queries over HTTP, with the database queries each one makes (counted at the adapter).
  const queries = { count: 0 }
  const adapter = payload.db as unknown as Record<string, unknown>
  for (const method of ['find', 'findOne', 'count', 'findGlobal', 'findDistinct', 'queryDrafts', 'findVersions']) {
    const original = adapter[method]
    if (typeof original !== 'function') continue
    adapter[method] = function (this: unknown, ...args: unknown[]) {
      queries.count++
      return (original as (...a: unknown[]) => unknown).apply(this, args)
    }
  }
  /** p95 of `runs` timed calls of `work`. */
  const p95Of = async (runs: number, work: () => Promise<unknown>) => {
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      const started = performance.now()
      await work()
      times.push(performance.now() - started)
    }
    return round(
      percentile(
        times.sort((a, b) => a - b),
        95,
      ),
    )
  }
  const fetchOk = async (path: string) => {
    const response = await fetch(`${url}${path}`, { headers: coordinator })
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
    return response.text()
  }
  const network = (await payload.find({ collection: 'networks', limit: 1, depth: 0 })).docs[0].id
  const filter = { network, from: '2026-01-01', to: '2026-12-31' }
  const inScope = await locationsInScope(payload, filter)
  const daysOfPeriod = Array.from({ length: 365 }, (_, day) =>
    new Date(Date.parse('2026-01-01T12:00:00Z') + day * 86_400_000).toISOString().slice(0, 10),
  )
  /** The tally dimensions a grouping reads (the answer type's give the total, places and months). */
  const dimensionsOf = (groupBy: string) => [
    ...new Set(['answerType', (tallyDimensions as readonly string[]).includes(groupBy) ? groupBy : 'answerType']),
  ]
  /** Baseline: the tally read of the reports before month tallies, the period's day tallies. */
  const dayTallyRead = (groupBy: string) =>
    payload.db.find({
      collection: 'registration-tallies',
      where: {
        and: [
          { day: { in: daysOfPeriod } },
          { dimension: { in: dimensionsOf(groupBy) } },
          { count: { greater_than: 0 } },
        ],
      },
      select: { day: true, location: true, dimension: true, value: true, count: true },
      pagination: false,
      limit: 0,
    })
  const tallied = groupByValues.filter((groupBy) => groupBy !== 'referralStatus')
  /**
   * Per grouping: p95 of the report over HTTP, its CPU time and the database queries it makes; the p95 of its tally
   * read in process beside that of the day tallies it read before (the baseline); with `charts`, the
   * p95 of the chart endpoint and of the /rapportage loader (every grouping at once, in process).
   */
  const reports = async (charts: boolean) => {
    const loadBefore = load()
    const perGroup: Record<string, number> = {}
    const queriesPerGroup: Record<string, number> = {}
    const tallyReadP95: Record<string, number> = {}
    const dayTallyReadP95: Record<string, number> = {}
    const chartP95: Record<string, number> = {}
    const cpuPerGroup: Record<string, number> = {}
    const all: number[] = []
    for (const groupBy of groupByValues) {
      const report = () => fetchOk(`/api/registrations/report?${period}&groupBy=${groupBy}`)
      // Untimed first runs, so that the first grouping does not carry the start-up.
      for (let run = 0; run < 3; run++) await report()
      const times: number[] = []
      const cpu: number[] = []
      for (let run = 0; run < REPORT_RUNS; run++) {
        const before = queries.count
        const cpuBefore = process.cpuUsage()
        const started = performance.now()
        JSON.parse(await report())
        times.push(performance.now() - started)
        const used = process.cpuUsage(cpuBefore)
        cpu.push((used.user + used.system) / 1000)
        queriesPerGroup[groupBy] = queries.count - before
      }
      times.sort((a, b) => a - b)
      perGroup[groupBy] = round(percentile(times, 95))
      cpuPerGroup[groupBy] = round(
        percentile(
          cpu.sort((a, b) => a - b),
          50,
        ),
      )
      all.push(...times)
      if (charts)
        chartP95[groupBy] = await p95Of(REPORT_RUNS / 2, () =>
          fetchOk(`/api/registrations/report/chart?${period}&groupBy=${groupBy}`),
        )
    }
    for (const groupBy of tallied) {
      const dimensions = dimensionsOf(groupBy) as (typeof tallyDimensions)[number][]
      tallyReadP95[groupBy] = await p95Of(REPORT_RUNS, () => readTallies(payload, filter, dimensions, inScope))
      dayTallyReadP95[groupBy] = await p95Of(REPORT_RUNS, () => dayTallyRead(groupBy))
    }
    const loaderP95 = charts ? await p95Of(REPORT_RUNS / 2, () => buildAllReports(payload, filter)) : undefined
    const rowsRead = (await readTallies(payload, filter, tallyDimensions, inScope)).length
    const dayRowsRead = (await dayTallyRead('theme')).docs.length
    all.sort((a, b) => a - b)
    const speedup = Object.fromEntries(
      tallied.map((groupBy) => [groupBy, round(dayTallyReadP95[groupBy] / Math.max(tallyReadP95[groupBy], 0.1))]),
    )
    return {
      p95: round(percentile(all, 95)),
      perGroup,
      queriesPerGroup,
      cpuPerGroup,
      tallyReadP95,
      dayTallyReadP95,
      speedup,
      tallyRowsAllDimensions: rowsRead,
      dayTallyRowsThemes: dayRowsRead,
      ...(charts ? { chartP95, loaderP95 } : {}),
      loadAverage: { before: loadBefore, after: load() },
    }
  }
  const printReports = (rows: number, figures: Awaited<ReturnType<typeof reports>>) => {
    console.log(
      `report p95 at ${rows}: ${figures.p95} ms over all groupings (target ≤ 200 ms each); per grouping: ${JSON.stringify(figures.perGroup)}; database queries per report (the login's user lookup included): ${JSON.stringify(figures.queriesPerGroup)}; load average ${figures.loadAverage.before.join('/')} before, ${figures.loadAverage.after.join('/')} after`,
    )
    console.log(
      `CPU time per report (median, server and client in this process, independent of the machine's load): ${JSON.stringify(figures.cpuPerGroup)} ms`,
    )
    console.log(
      `tally read p95 in process: ${JSON.stringify(figures.tallyReadP95)}; baseline, the period's day tallies as reports read them before: ${JSON.stringify(figures.dayTallyReadP95)}; times faster: ${JSON.stringify(figures.speedup)}; rows for the year, all dimensions: ${figures.tallyRowsAllDimensions} (day tallies of answer types and themes alone: ${figures.dayTallyRowsThemes})`,
    )
    if (figures.chartP95)
      console.log(
        `chart endpoint p95: ${JSON.stringify(figures.chartP95)}; /rapportage loader (every grouping at once, in process) p95: ${figures.loaderP95} ms`,
      )
  }
  const atRows = await reports(false)
  printReports(total, atRows)

  const imports = created ? await importStep(created.local.perSecond) : undefined

  // 5. The same reports at BENCH_REPORT_ROWS (1,000,000) registrations.
  await insertFixture(ROWS, REPORT_ROWS)
  const big = (await payload.count({ collection: 'registrations' })).totalDocs
  const backfillAtMillion = await backfill()
  console.log(
    `tallies counted from ${backfillAtMillion.registrations} registrations: ${backfillAtMillion.tallies} tallies in ${backfillAtMillion.seconds} s`,
  )
  const atMillion = await reports(true)
  printReports(big, atMillion)
  const constantQueries = groupByValues.every(
    (groupBy) => atMillion.queriesPerGroup[groupBy] === atRows.queriesPerGroup[groupBy],
  )

  const create = created?.createFigures && {
    create: created.createFigures,
    localApiCreateBaseline: created.local,
    createVsLocalApi: round(created.createFigures.perSecond / created.local.perSecond, 2),
  }
  const exports = exportFigures && {
    csv: {
      seconds: exportFigures.csv.seconds,
      rssGrowthMB: exportFigures.csv.rssGrowthMB,
      megabytes: mb(exportFigures.csv.result),
    },
    xlsx: {
      seconds: exportFigures.xlsx.seconds,
      rssGrowthMB: exportFigures.xlsx.rssGrowthMB,
      megabytes: mb(exportFigures.xlsx.result),
    },
    restPagingBaseline: { seconds: exportFigures.baseline.seconds, rssGrowthMB: exportFigures.baseline.rssGrowthMB },
    csvSpeedupOverBaseline: round(exportFigures.baseline.seconds / exportFigures.csv.seconds),
  }
  const importFigures = imports && importFiguresOf(imports)
  const under200 = (p95s: Record<string, number>) =>
    Object.fromEntries(Object.entries(p95s).map(([groupBy, p95]) => [groupBy, p95 <= 200]))
  const figures = {
    rows: total,
    ...create,
    ...exports,
    reportP95ms: atRows.p95,
    reportP95msByGroup: atRows.perGroup,
    reportQueriesByGroup: atRows.queriesPerGroup,
    report: atRows,
    tallyBackfill: backfillAtRows,
    ...importFigures,
    reportAtMillion: { rows: big, ...atMillion, tallyBackfill: backfillAtMillion },
    targets: {
      ...(create && {
        createPerSecond:
          create.create.perSecond >= 300 &&
          create.create.errors === 0 &&
          create.create.stored === create.create.acknowledged,
      }),
      ...(exports && {
        csv: exports.csv.seconds <= 5 && exports.csv.rssGrowthMB <= 150,
        xlsx: exports.xlsx.seconds <= 20,
      }),
      report: Object.values(atRows.perGroup).every((p95) => p95 <= 200),
      reportAtMillion: Object.values(atMillion.perGroup).every((p95) => p95 <= 200),
      reportAtMillionByGroup: under200(atMillion.perGroup),
      reportQueriesConstant: constantQueries,
      ...(imports && { import: imports.importTarget }),
    },
  }
  await app.close()
  console.log(JSON.stringify(figures))
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
