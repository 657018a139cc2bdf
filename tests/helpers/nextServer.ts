import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

import { rateLimitsOff } from './rateLimits'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')

export interface NextServer {
  url: string
  dataDir: string
  /** The `next start` process (benchmarks read its memory). */
  pid: number
  output: () => string
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
 * Starts the production build (`next start`) on a free loopback port with a fresh SQLite file in
 * demo mode (rate limits off unless `env` sets them), so the first start applies the migrations and seeds the demo data. Reuse `dataDir` to
 * restart on the same database.
 */
export const startNextServer = async (
  options: {
    env?: Record<string, string>
    dataDir?: string
    readyPath?: string
    timeoutMs?: number
    /** Reuse a port (with the same dataDir and PAYLOAD_SECRET) to restart "the same" server. */
    port?: number
  } = {},
): Promise<NextServer> => {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')))
    throw new Error('No production build found: run `npm run build` before the browser tests.')
  const port = options.port ?? (await freePort())
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'infopunt-e2e-'))
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
        NODE_OPTIONS: '--no-deprecation',
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

  return {
    url,
    dataDir,
    pid: child.pid!,
    output: () => log,
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
