/**
 * npm run bench:startpage — warm requests for the startpage against `next start` (the production
 * build, demo data), next to two baselines measured in the same run: the login page (a dynamic page
 * without data) and a static asset. Sequential requests, so the figures are per-request latency.
 * Prints a table and, last, one JSON line.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'

import { startNextServer } from '../helpers/nextServer'
import { DEMO_PASSWORD } from '../../src/seed/data/users'

const WARMUP = 30
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400)
const TARGET_P95_MS = 50

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const round = (value: number) => Math.round(value * 10) / 10

const measure = async (url: string, headers: Record<string, string>, expectText?: string) => {
  const once = async () => {
    const started = performance.now()
    const response = await fetch(url, { headers, redirect: 'manual' })
    const body = await response.text()
    const elapsed = performance.now() - started
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
    if (expectText && !body.includes(expectText)) throw new Error(`${url} did not contain "${expectText}"`)
    return elapsed
  }
  for (let index = 0; index < WARMUP; index++) await once()
  const times: number[] = []
  for (let index = 0; index < REQUESTS; index++) times.push(await once())
  times.sort((a, b) => a - b)
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    max: round(times[times.length - 1]),
  }
}

const server = await startNextServer({ env: { INFOPUNT_JOBS: 'off' } })
try {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'balie@infopunt.example', password: DEMO_PASSWORD }),
  })
  const cookie = (login.headers.getSetCookie().find((value) => value.startsWith('payload-token=')) ?? '').split(';')[0]
  if (!cookie) throw new Error(`login failed: ${login.status}`)
  // A browser navigating within the site sends Sec-Fetch-Site, which Payload requires for cookie sessions.
  const browser = { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' }

  const cssDir = path.resolve(import.meta.dirname ?? '.', '../../.next/static/css')
  const asset = `/_next/static/css/${readdirSync(cssDir, { recursive: true }).find((file) => String(file).endsWith('.css'))}`

  const staticAsset = await measure(`${server.url}${asset}`, {})
  const loginPage = await measure(`${server.url}/inloggen`, {}, 'Inloggen')
  const startpage = await measure(`${server.url}/`, browser, 'Vandaag op de balie')
  const roster = await measure(`${server.url}/rooster`, browser, 'roster-table')

  const rows = [
    ['static asset (baseline)', staticAsset],
    ['login page (baseline)', loginPage],
    ['startpage /', startpage],
    ['week roster /rooster', roster],
  ] as const
  console.log(`\n${REQUESTS} sequential warm requests each, after ${WARMUP} warm-up requests (ms):\n`)
  console.log('page                      p50     p95     p99     max')
  for (const [name, figures] of rows)
    console.log(
      `${name.padEnd(24)} ${String(figures.p50).padStart(6)}  ${String(figures.p95).padStart(6)}  ${String(figures.p99).padStart(6)}  ${String(figures.max).padStart(6)}`,
    )
  const ratio = round(startpage.p95 / loginPage.p95)
  console.log(
    `\nstartpage p95 / login page p95: ${ratio}×; target p95 < ${TARGET_P95_MS} ms: ${startpage.p95 < TARGET_P95_MS ? 'met' : 'NOT met'}`,
  )
  console.log(
    JSON.stringify({
      bench: 'startpage',
      requests: REQUESTS,
      staticAsset,
      loginPage,
      startpage,
      roster,
      startpageP95VsLoginP95: ratio,
      targetP95Ms: TARGET_P95_MS,
      targetMet: startpage.p95 < TARGET_P95_MS,
    }),
  )
} finally {
  await server.stop()
}
