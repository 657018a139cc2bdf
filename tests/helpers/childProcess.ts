import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')

export interface ChildServer {
  url: string
  location: number
  theme: number
  child: ChildProcess
  output: () => string
  kill: (signal?: NodeJS.Signals) => Promise<void>
}

/** Starts tests/helpers/childServer.ts on `dataDir` and waits for its READY line. */
export const startChildServer = (dataDir: string, timeoutMs = 90_000): Promise<ChildServer> =>
  new Promise((resolve, reject) => {
    let log = ''
    // node itself with tsx as a loader (not the tsx CLI, which would run the server in a grandchild
    // that a SIGKILL of this child would not reach).
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests/helpers/childServer.ts')], {
      cwd: root,
      // As the package scripts that run Payload outside Next.js: see "Scripts outside Next.js" in the README.
      env: {
        ...process.env,
        NODE_ENV: 'test',
        NODE_OPTIONS: '--no-deprecation --conditions=production',
        CHILD_DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`child server not ready in time:\n${log}`))
    }, timeoutMs)
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    child.stderr!.on('data', (chunk) => (log += chunk))
    child.stdout!.on('data', (chunk) => {
      log += chunk
      const line = log.split('\n').find((l) => l.startsWith('READY '))
      if (line && timer) {
        clearTimeout(timer)
        const info = JSON.parse(line.slice('READY '.length))
        resolve({
          ...info,
          child,
          output: () => log,
          kill: async (signal: NodeJS.Signals = 'SIGKILL') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal)
            await exited
          },
        })
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      if (!log.includes('READY ')) reject(new Error(`child server exited with ${code}:\n${log}`))
    })
  })
