/**
 * npm run bench:pages — the staff pages as a desk worker's browser and a region's desks see them,
 * against `next start` of the existing production build (it builds nothing) on a fresh, seeded
 * database, in one run:
 *  1. the time from an empty data directory to the first logged-in page;
 *  2. Lighthouse (npm `lighthouse`, Debian's Chromium) for every staff page, mobile and desktop, the
 *     median of BENCH_LH_RUNS runs (3): performance, LCP, TBT, CLS, transfer size, JS beyond the
 *     framework's shared chunks (gzipped, as transferred), and whether the first navigation was
 *     answered at once (no redirect or restart);
 *  3. autocannon at 10 and 50 connections, BENCH_SECONDS (10) each, for the startpage and
 *     /rapportage beside /api/health and a static file measured in the same run; /rapportage alone
 *     (sequential requests): median time and HTML size;
 *  4. the server's resident memory: idle, peak under the 50-connection runs, and a minute later.
 * The last line is one JSON object with every figure and a `targets` map.
 *
 * BENCH_PAGES=/,/rapportage measures only the staff pages named (comma-separated paths without their
 * query, `/wegwijzer/*` for the organisation page); BENCH_ONLY=lighthouse skips the load and memory
 * runs (3 and 4), BENCH_ONLY=load skips Lighthouse (2); BENCH_LH_DIR=folder keeps every Lighthouse
 * report there as JSON. The `targets` then cover only what ran.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'

import { CHROMIUM } from '../helpers/browser'
import { startNextServer } from '../helpers/nextServer'
import { rateLimitsOff } from '../helpers/rateLimits'
import { DEMO_PASSWORD } from '../../src/seed/data/users'
import { percentile, round } from './stats'

const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const IDLE_AFTER_MS = Number(process.env.BENCH_IDLE_AFTER_MS ?? 60_000)
const ONLY_LIGHTHOUSE = process.env.BENCH_ONLY === 'lighthouse'
const ONLY_LOAD = process.env.BENCH_ONLY === 'load'
const PAGE_FILTER = process.env.BENCH_PAGES?.split(',').map((page) => page.trim())
const LH_DIR = process.env.BENCH_LH_DIR
const root = path.resolve(import.meta.dirname ?? '.', '../..')

// ---- the server and its memory -------------------------------------------------------------

/** Resident memory of a process and all its descendants (next start may run its server in a child). */
const rssMB = (pid: number): number => {
  const tree = [pid]
  for (let index = 0; index < tree.length; index++) {
    try {
      const children = readFileSync(`/proc/${tree[index]}/task/${tree[index]}/children`, 'utf8').trim()
      if (children) tree.push(...children.split(/\s+/).map(Number))
    } catch {
      // gone
    }
  }
  let kB = 0
  for (const id of tree) {
    try {
      kB += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // gone
    }
  }
  return round(kB / 1024, 0)
}

const startedAt = performance.now()
const server = await startNextServer({
  env: { INFOPUNT_JOBS: 'off', ...rateLimitsOff },
  timeoutMs: 600_000,
  beforeDemoData: true,
})
const url = server.url

const login = async (email: string) => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  const cookie = (response.headers.getSetCookie().find((value) => value.startsWith('payload-token=')) ?? '').split(
    ';',
  )[0]
  if (!cookie) throw new Error(`login as ${email} failed: ${response.status}`)
  return cookie
}

try {
  // 1. Empty data directory → first logged-in page.
  const deskCookie = await login('balie@infopunt.example')
  const browserHeaders = (cookie: string) => ({ Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })
  const first = await fetch(`${url}/`, { headers: browserHeaders(deskCookie), redirect: 'manual' })
  await first.text()
  if (first.status !== 200) throw new Error(`first page: ${first.status}`)
  const freshStartSeconds = round((performance.now() - startedAt) / 1000)
  console.log(`empty data directory → first logged-in page: ${freshStartSeconds} s (target ≤ 15 s)`)
  // The rest measures the complete demo data.
  await server.demoDataReady()
  const demoDataSeconds = round((performance.now() - startedAt) / 1000)
  console.log(`empty data directory → demo data complete: ${demoDataSeconds} s`)
  console.log(/Demo data ready.*/.exec(server.output())?.[0] ?? 'no demo data line in the server output')

  const adminCookie = await login('beheerder@infopunt.example')
  const coordinatorCookie = await login('coordinator@infopunt.example')
  const slug = (
    (await (
      await fetch(`${url}/api/organisations?limit=1&depth=0&sort=name`, { headers: browserHeaders(adminCookie) })
    ).json()) as { docs: { slug: string }[] }
  ).docs[0].slug
  const allPages: [string, string][] = [
    ['/', '/'],
    ['/wegwijzer', '/wegwijzer?q=schulden'],
    ['/wegwijzer/*', `/wegwijzer/${slug}`],
    ['/registreren', '/registreren'],
    ['/rooster', '/rooster'],
    ['/rapportage', '/rapportage'],
  ]
  const pages = allPages.filter(([name]) => !PAGE_FILTER || PAGE_FILTER.includes(name)).map(([, page]) => page)

  // Warm every page once (server chunks, the search index), then the idle memory. The HTML's size as sent
  // before compression: what the browser parses, the server components' payload for hydration included.
  const htmlKB: Record<string, number> = {}
  for (const page of pages) {
    const html = await (await fetch(`${url}${page}`, { headers: browserHeaders(adminCookie) })).text()
    htmlKB[page] = round(Buffer.byteLength(html) / 1024)
  }
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const idleMB = rssMB(server.pid)

  // 2. Lighthouse, as the administrator (who may open every staff page).
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[]
    polyfillFiles: string[]
  }
  const shared = new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles].map((file) => `/_next/${file}`))
  const chrome = ONLY_LOAD
    ? undefined
    : await chromeLauncher.launch({
        chromePath: CHROMIUM,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic'],
      })
  type LhFigures = {
    performance: number
    lcpMs: number
    tbtMs: number
    cls: number
    transferKB: number
    jsKB: number
    pageJsKB: number
    firstNavigationRedirects: number
  }
  const lighthouseOf = async (page: string, formFactor: 'mobile' | 'desktop'): Promise<LhFigures> => {
    const runs: LhFigures[] = []
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(
        `${url}${page}`,
        {
          port: chrome!.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          extraHeaders: { Cookie: adminCookie },
          // A first visit, as after the desk computer's browser was cleared.
          disableStorageReset: false,
        },
        formFactor === 'desktop' ? desktopConfig : undefined,
      )
      const lhr = result!.lhr
      if (LH_DIR) {
        mkdirSync(LH_DIR, { recursive: true })
        const name = `${page.replace(/[^a-z0-9]+/gi, '_')}-${formFactor}-${run}.json`
        writeFileSync(path.join(LH_DIR, name), JSON.stringify(lhr))
      }
      const requests = ((lhr.audits['network-requests'].details as { items?: Record<string, unknown>[] })?.items ??
        []) as { url: string; resourceType?: string; transferSize?: number; statusCode?: number }[]
      const scripts = requests.filter((request) => request.resourceType === 'Script')
      const pathOf = (value: string) => new URL(value).pathname
      runs.push({
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue ?? 0),
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue ?? 0),
        cls: round(lhr.audits['cumulative-layout-shift'].numericValue ?? 0, 3),
        transferKB: round((lhr.audits['total-byte-weight'].numericValue ?? 0) / 1024),
        jsKB: round(scripts.reduce((sum, request) => sum + (request.transferSize ?? 0), 0) / 1024),
        pageJsKB: round(
          scripts
            .filter((request) => !shared.has(pathOf(request.url)))
            .reduce((sum, request) => sum + (request.transferSize ?? 0), 0) / 1024,
        ),
        // A redirect, or Chrome restarting the navigation, shows as more than one document request.
        firstNavigationRedirects:
          requests.filter((request) => request.resourceType === 'Document').length -
          1 +
          requests.filter((request) => request.resourceType === 'Document' && (request.statusCode ?? 0) >= 300).length,
      })
    }
    runs.sort((a, b) => a.performance - b.performance)
    return runs[Math.floor(runs.length / 2)]
  }
  const lighthouseResults: Record<string, { mobile: LhFigures; desktop: LhFigures }> = {}
  try {
    for (const page of chrome ? pages : []) {
      lighthouseResults[page] = {
        mobile: await lighthouseOf(page, 'mobile'),
        desktop: await lighthouseOf(page, 'desktop'),
      }
      const { mobile, desktop } = lighthouseResults[page]
      console.log(
        `lighthouse ${page} (HTML ${htmlKB[page]} kB): mobile ${mobile.performance} (LCP ${mobile.lcpMs} ms, TBT ${mobile.tbtMs} ms, CLS ${mobile.cls}), desktop ${desktop.performance}; ${mobile.transferKB} kB transferred, JS ${mobile.jsKB} kB of which the page's own ${mobile.pageJsKB} kB; redirects ${mobile.firstNavigationRedirects}`,
      )
    }
  } finally {
    chrome?.kill()
  }

  // 3. Load, beside /api/health and a static file in the same run; memory sampled throughout.
  const measureLoad = async () => {
    const cssDir = path.join(root, '.next/static/css')
    const asset = `/_next/static/css/${execFileSync('find', ['.', '-name', '*.css'], { cwd: cssDir, encoding: 'utf8' })
      .split('\n')[0]
      .replace(/^\.\//, '')}`
    // The peak of the whole load, and of each run (printed with it: which run made the memory grow).
    let peakMB = rssMB(server.pid)
    let runPeakMB = 0
    const sampler = setInterval(() => {
      const now = rssMB(server.pid)
      peakMB = Math.max(peakMB, now)
      runPeakMB = Math.max(runPeakMB, now)
    }, 200)
    const fire = (target: string, connections: number, headers: Record<string, string> = {}) =>
      new Promise<autocannon.Result>((resolve, reject) =>
        autocannon({ url: `${url}${target}`, connections, duration: SECONDS, headers }, (error, result) =>
          error ? reject(error) : resolve(result),
        ),
      )
    const targets: [string, string, Record<string, string>][] = [
      ['health', '/api/health', {}],
      ['static', asset, {}],
      ['startpage', '/', browserHeaders(deskCookie)],
      ['rapportage', '/rapportage', browserHeaders(coordinatorCookie)],
    ]
    const load: Record<string, Record<string, { reqPerSec: number; p50: number; p97_5: number; non2xx: number }>> = {}
    for (const connections of [10, 50]) {
      for (const [name, target, headers] of targets) {
        runPeakMB = 0
        const result = await fire(target, connections, headers)
        load[`c${connections}`] = {
          ...load[`c${connections}`],
          [name]: {
            reqPerSec: Math.round(result.requests.average),
            p50: result.latency.p50,
            p97_5: result.latency.p97_5,
            // autocannon's `errors` already count its timeouts.
            non2xx: result.non2xx + result.errors,
          },
        }
        const figures = load[`c${connections}`][name]
        // What failed: other statuses than 2xx by code, and errors, of which requests past autocannon's 10 s timeout.
        const statuses = Object.entries(result.statusCodeStats ?? {})
          .filter(([code]) => !code.startsWith('2'))
          .map(([code, { count }]) => `${code}×${count}`)
        const why = figures.non2xx
          ? ` (${[...statuses, `errors ${result.errors} of which timeouts ${result.timeouts}`].join(', ')})`
          : ''
        console.log(
          `${connections} connections, ${name.padEnd(10)} ${String(figures.reqPerSec).padStart(5)} req/s, p50 ${figures.p50} ms, p97.5 ${figures.p97_5} ms, failed ${figures.non2xx}${why}, peak ${runPeakMB} MB`,
        )
      }
    }
    clearInterval(sampler)
    return { load, peakMB }
  }
  const loaded = ONLY_LIGHTHOUSE ? undefined : await measureLoad()

  // /rapportage alone: sequential requests, median time and the size of its HTML.
  const reportTimes: number[] = []
  let reportBytes = 0
  for (let index = 0; index < 30; index++) {
    const started = performance.now()
    const response = await fetch(`${url}/rapportage`, { headers: browserHeaders(coordinatorCookie) })
    reportBytes = Buffer.byteLength(await response.text())
    reportTimes.push(performance.now() - started)
  }
  reportTimes.sort((a, b) => a - b)
  const rapportageAlone = { medianMs: round(percentile(reportTimes, 50)), htmlKB: round(reportBytes / 1024) }
  console.log(`/rapportage alone: median ${rapportageAlone.medianMs} ms, HTML ${rapportageAlone.htmlKB} kB`)

  let memory: { idleMB: number; peakMB: number; afterMinuteMB: number } | undefined
  if (loaded) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_AFTER_MS))
    memory = { idleMB, peakMB: loaded.peakMB, afterMinuteMB: rssMB(server.pid) }
    console.log(
      `memory: idle ${idleMB} MB, peak under load ${memory.peakMB} MB, a minute later ${memory.afterMinuteMB} MB`,
    )
  }

  const load = loaded?.load
  const pageResults = Object.values(lighthouseResults)
  const figures = {
    bench: 'pages',
    lighthouseRuns: RUNS,
    loadSeconds: SECONDS,
    freshStartSeconds,
    demoDataSeconds,
    htmlKB,
    lighthouse: lighthouseResults,
    load,
    startpageVsHealthAt50: load && round(load.c50.startpage.reqPerSec / load.c50.health.reqPerSec, 2),
    rapportageAlone,
    memory,
    targets: {
      ...(pageResults.length > 0 && {
        desktopPerformance98: pageResults.every((page) => page.desktop.performance >= 98),
        mobilePerformance90: pageResults.every((page) => page.mobile.performance >= 90),
        noRedirectOnFirstNavigation: pageResults.every(
          (page) => page.mobile.firstNavigationRedirects === 0 && page.desktop.firstNavigationRedirects === 0,
        ),
        pageJsAtMost10kB: pageResults.every((page) => page.mobile.pageJsKB <= 10),
      }),
      rapportageMedianAtMost150ms: rapportageAlone.medianMs <= 150,
      rapportageHtmlAtMost60kB: rapportageAlone.htmlKB <= 60,
      freshStartAtMost15s: freshStartSeconds <= 15,
      ...(load &&
        memory && {
          startpageHalfOfHealthAt50: load.c50.startpage.reqPerSec >= 0.5 * load.c50.health.reqPerSec,
          startpageP97_5AtMost500msAt50: load.c50.startpage.p97_5 <= 500,
          peakMemoryAtMost600MB: memory.peakMB <= 600,
          memoryBackWithin20Percent: memory.afterMinuteMB <= memory.idleMB * 1.2,
          noFailedRequests: Object.values(load).every((runs) => Object.values(runs).every((run) => run.non2xx === 0)),
        }),
    },
  }
  console.log(JSON.stringify(figures))
} catch (error) {
  console.error(`server output (last 4000 characters):\n${server.output().slice(-4000)}`)
  throw error
} finally {
  await server.stop()
}
