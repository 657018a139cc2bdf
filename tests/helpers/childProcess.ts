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

/**
 * Starts tests/helpers/childServer.ts on `dataDir` and waits for its READY line. A child that exits
 * with 13 (Node: a top-level await never settled) before READY, without a line of output, is started
 * again (up to 4 attempts): on Node 20, loading @payloadcms/richtext-lexical as ESM now and then stops
 * with 13 before the import settles (also with plain `node`, about 1 start in 4 here; a known Node/Payload
 * problem with @lexical's modules). The database it then opens is the same one, so no check is weakened.
 */
export const startChildServer = async (dataDir: string, timeoutMs = 90_000): Promise<ChildServer> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(dataDir, timeoutMs)
    } catch (error) {
      const unsettled = error instanceof Error && error.message.startsWith('child server exited with 13')
      if (!unsettled || attempt === 4) throw error
      console.warn(`child server exited with 13 before it was ready (attempt ${attempt}); starting it again`)
    }
  }
}

const startOnce = (dataDir: string, timeoutMs: number): Promise<ChildServer> =>
  new Promise((resolve, reject) => {
    let log = ''
    // node itself with tsx as a loader (not the tsx CLI, which would run the server in a grandchild
    // that a SIGKILL of this child would not reach).
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests/helpers/childServer.ts')], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', NODE_OPTIONS: '--no-deprecation', CHILD_DATA_DIR: dataDir },
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
