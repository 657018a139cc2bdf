import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/**
 * Runs a benchmark's clients (a script beside this file) in a process of their own, so that they do
 * not take the event loop of the server they measure. The options go in as JSON in BENCH_CLIENTS;
 * the script's last line of output is its JSON result.
 */
export const runClients = <T>(script: string, options: unknown): Promise<T> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url))], {
      env: { ...process.env, BENCH_CLIENTS: JSON.stringify(options) },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(output.trim().split('\n').pop()!) as T)
        : reject(new Error(`${script} exited with ${code}`)),
    )
  })
