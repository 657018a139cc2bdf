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
 * BENCH_PARTS (default `lighthouse,load`) chooses what runs after the fresh start, which is always
 * measured: `BENCH_PARTS=load` leaves out Lighthouse, `BENCH_PARTS=none` measures the fresh start alone.
 * The last line is one JSON object with every figure and a `targets` map of what was measured.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
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
const PARTS = new Set((process.env.BENCH_PARTS ?? 'lighthouse,load').split(',').map((part) => part.trim()))
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
  const pages = ['/', '/wegwijzer?q=schulden', `/wegwijzer/${slug}`, '/registreren', '/rooster', '/rapportage']

  // Warm every page once (server chunks, the search index), then the idle memory.
  for (const page of pages) await (await fetch(`${url}${page}`, { headers: browserHeaders(adminCookie) })).text()
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const idleMB = rssMB(server.pid)

  // 2. Lighthouse, as the administrator (who may open every staff page).
  const measureLighthouse = async () => {
    const manifest = JSON.parse(readFileSync(path.join(root, '.next/build-manifest.json'), 'utf8')) as {
      rootMainFiles: string[]
      polyfillFiles: string[]
    }
    const shared = new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles].map((file) => `/_next/${file}`))
    const chrome = await chromeLauncher.launch({
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
            port: chrome.port,
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
            requests.filter((request) => request.resourceType === 'Document' && (request.statusCode ?? 0) >= 300)
              .length,
        })
      }
      runs.sort((a, b) => a.performance - b.performance)
      return runs[Math.floor(runs.length / 2)]
    }
    const lighthouseResults: Record<string, { mobile: LhFigures; desktop: LhFigures }> = {}
    try {
      for (const page of pages) {
        lighthouseResults[page] = {
          mobile: await lighthouseOf(page, 'mobile'),
          desktop: await lighthouseOf(page, 'desktop'),
        }
        const { mobile, desktop } = lighthouseResults[page]
        console.log(
          `lighthouse ${page}: mobile ${mobile.performance} (LCP ${mobile.lcpMs} ms, TBT ${mobile.tbtMs} ms, CLS ${mobile.cls}), desktop ${desktop.performance}; ${mobile.transferKB} kB transferred, JS ${mobile.jsKB} kB of which the page's own ${mobile.pageJsKB} kB; redirects ${mobile.firstNavigationRedirects}`,
        )
      }
    } finally {
      chrome.kill()
    }
    return lighthouseResults
  }

  // 3. Load, beside /api/health and a static file in the same run; memory sampled throughout.
  const measureLoad = async () => {
    const cssDir = path.join(root, '.next/static/css')
    const asset = `/_next/static/css/${execFileSync('find', ['.', '-name', '*.css'], { cwd: cssDir, encoding: 'utf8' })
      .split('\n')[0]
      .replace(/^\.\//, '')}`
    let peakMB = rssMB(server.pid)
    const sampler = setInterval(() => (peakMB = Math.max(peakMB, rssMB(server.pid))), 200)
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
        const result = await fire(target, connections, headers)
        load[`c${connections}`] = {
          ...load[`c${connections}`],
          [name]: {
            reqPerSec: Math.round(result.requests.average),
            p50: result.latency.p50,
            p97_5: result.latency.p97_5,
            non2xx: result.non2xx + result.errors + result.timeouts,
          },
        }
        const figures = load[`c${connections}`][name]
        console.log(
          `${connections} connections, ${name.padEnd(10)} ${String(figures.reqPerSec).padStart(5)} req/s, p50 ${figures.p50} ms, p97.5 ${figures.p97_5} ms, failed ${figures.non2xx}`,
        )
      }
    }
    clearInterval(sampler)

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

    await new Promise((resolve) => setTimeout(resolve, IDLE_AFTER_MS))
    const afterMB = rssMB(server.pid)
    const memory = { idleMB, peakMB, afterMinuteMB: afterMB }
    console.log(`memory: idle ${idleMB} MB, peak under load ${peakMB} MB, a minute later ${afterMB} MB`)
    return { load, rapportageAlone, memory }
  }

  const lighthouseResults = PARTS.has('lighthouse') ? await measureLighthouse() : undefined
  const loaded = PARTS.has('load') ? await measureLoad() : undefined
  const pageResults = Object.values(lighthouseResults ?? {})
  const c50 = loaded?.load.c50
  const figures = {
    bench: 'pages',
    parts: [...PARTS],
    lighthouseRuns: RUNS,
    loadSeconds: SECONDS,
    freshStartSeconds,
    demoDataSeconds,
    lighthouse: lighthouseResults,
    load: loaded?.load,
    startpageVsHealthAt50: c50 && round(c50.startpage.reqPerSec / c50.health.reqPerSec, 2),
    rapportageAlone: loaded?.rapportageAlone,
    memory: loaded?.memory,
    targets: {
      freshStartAtMost15s: freshStartSeconds <= 15,
      ...(lighthouseResults && {
        desktopPerformance98: pageResults.every((page) => page.desktop.performance >= 98),
        mobilePerformance90: pageResults.every((page) => page.mobile.performance >= 90),
        noRedirectOnFirstNavigation: pageResults.every(
          (page) => page.mobile.firstNavigationRedirects === 0 && page.desktop.firstNavigationRedirects === 0,
        ),
        pageJsAtMost10kB: pageResults.every((page) => page.mobile.pageJsKB <= 10),
      }),
      ...(loaded &&
        c50 && {
          startpageHalfOfHealthAt50: c50.startpage.reqPerSec >= 0.5 * c50.health.reqPerSec,
          startpageP97_5AtMost500msAt50: c50.startpage.p97_5 <= 500,
          rapportageMedianAtMost150ms: loaded.rapportageAlone.medianMs <= 150,
          rapportageHtmlAtMost60kB: loaded.rapportageAlone.htmlKB <= 60,
          peakMemoryAtMost600MB: loaded.memory.peakMB <= 600,
          memoryBackWithin20Percent: loaded.memory.afterMinuteMB <= loaded.memory.idleMB * 1.2,
          noFailedRequests: Object.values(loaded.load).every((runs) =>
            Object.values(runs).every((run) => run.non2xx === 0),
          ),
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
