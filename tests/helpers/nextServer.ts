import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

import { TIME_ZONE } from '../../src/lib/dates'
import { rateLimitsOff } from './rateLimits'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')

export interface NextServer {
  url: string
  dataDir: string
  /** The `next start` process (benchmarks read its memory). */
  pid: number
  output: () => string
  /** Resolves once the demo data a first start seeds is complete (its registrations follow the first page). */
  demoDataReady: () => Promise<void>
  /** Graceful stop (SIGTERM). */
  stop: () => Promise<void>
  /** Hard crash (SIGKILL). */
  kill: () => Promise<void>
}

/** A port nothing listens on now (the kernel's choice). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

const waitForExit = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
  })

/**
 * A data folder holding the demo data as the first start of a fresh server seeds it: made once per test
 * run and Dutch day (the seed takes most of a start, and its shifts and dates are relative to today),
 * then copied for each fresh server. Runs outside Jest (no INFOPUNT_TEST_RUN) seed every start.
 */
const seededTemplate = async (): Promise<string | undefined> => {
  const run = process.env.INFOPUNT_TEST_RUN
  if (!run) return undefined
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date())
  const template = path.join(tmpdir(), `infopunt-e2e-seed-${run}`, day)
  if (existsSync(template)) return template
  const building = mkdtempSync(path.join(tmpdir(), 'infopunt-e2e-seeding-'))
  const server = await startNextServer({ dataDir: building })
  await server.stop()
  try {
    mkdirSync(path.dirname(template), { recursive: true })
    cpSync(building, `${template}.tmp`, { recursive: true })
    renameSync(`${template}.tmp`, template)
  } finally {
    rmSync(building, { recursive: true, force: true })
  }
  return template
}

/** Settings under which a fresh server seeds the same demo data as the template's. */
const seedsTheDemoData = (env: Record<string, string>) =>
  !('DATABASE_URL' in env) && !('INFOPUNT_DATA_DIR' in env) && (env.INFOPUNT_DEMO ?? 'true') === 'true'

/**
 * Starts the production build (`next start`) on a free loopback port in demo mode (rate limits off
 * unless `env` sets them) on a data folder of its own: a copy of the seeded demo data (see
 * seededTemplate), or, with a `dataDir` that is new or empty, one whose first start applies the
 * migrations and seeds the demo data itself. Reuse `dataDir` to restart on the same database.
 */
export const startNextServer = async (
  options: {
    env?: Record<string, string>
    dataDir?: string
    readyPath?: string
    timeoutMs?: number
    /** Reuse a port (with the same dataDir and PAYLOAD_SECRET) to restart "the same" server. */
    port?: number
    /**
     * Return as soon as the server answers, before a first start has written its demo registrations
     * (see `demoDataReady`); by default the demo data is complete when this returns.
     */
    beforeDemoData?: boolean
  } = {},
): Promise<NextServer> => {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')))
    throw new Error('No production build found: run `npm run build` before the browser tests.')
  const port = options.port ?? (await freePort())
  let dataDir = options.dataDir
  if (!dataDir) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'infopunt-e2e-'))
    const template = seedsTheDemoData(options.env ?? {}) ? await seededTemplate() : undefined
    if (template) cpSync(template, dataDir, { recursive: true })
  }
  const url = `http://127.0.0.1:${port}`
  let log = ''
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        // As `npm start`: 4 MB semi-spaces and a 1 GB heap keep the memory of a loaded server near its
        // idle size (README, bench:pages).
        NODE_OPTIONS: '--no-deprecation --max-semi-space-size=4 --max-old-space-size=1024',
        DATABASE_URL: `file:${path.join(dataDir, 'infopunt.db')}`,
        INFOPUNT_DATA_DIR: dataDir,
        PAYLOAD_SECRET: randomBytes(24).toString('hex'),
        INFOPUNT_DEMO: 'true',
        SERVER_URL: url,
        ...rateLimitsOff,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))

  const deadline = Date.now() + (options.timeoutMs ?? 180_000)
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`)
    try {
      // Only this child's answer counts: another process may still hold the port (a restart).
      if (!log.includes('Ready')) throw new Error('not listening yet')
      const response = await fetch(`${url}${options.readyPath ?? '/inloggen'}`, { redirect: 'manual' })
      if (response.status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`next start did not become ready in time:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }

  // A first start seeds the basics before it answers and writes its year of registrations right after.
  const demoDataReady = async () => {
    while (log.includes('Empty database: seeding demo data') && !log.includes('Demo data ready')) {
      if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`)
      if (log.includes('Demo registrations could not all be added')) throw new Error(`demo data failed:\n${log}`)
      if (Date.now() > deadline) throw new Error(`the demo data was not complete in time:\n${log}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  if (!options.beforeDemoData) await demoDataReady()

  return {
    url,
    dataDir,
    pid: child.pid!,
    output: () => log,
    demoDataReady,
    stop: async () => {
      child.kill('SIGTERM')
      await waitForExit(child)
    },
    kill: async () => {
      child.kill('SIGKILL')
      await waitForExit(child)
    },
  }
}
