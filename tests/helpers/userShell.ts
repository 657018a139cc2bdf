import { spawn } from 'node:child_process'

/** NodeJS.ProcessEnv as Next.js types it always holds NODE_ENV, which a user's shell need not set. */
type Environment = Record<string, string | undefined>

/** Variables the test runner or npm set for this process, which a person's shell would not have. */
const fromRunner = (key: string) =>
  (/^(npm_|JEST_|TEST_)/.test(key) && key !== 'npm_config_cache') ||
  ['NODE_ENV', 'NODE_OPTIONS', 'INIT_CWD'].includes(key)

/** The app's own settings: a new user has none of them (see .env.example). */
const appSetting = (key: string) =>
  /^(INFOPUNT_|RATE_LIMIT_|SMTP_)/.test(key) ||
  ['DATABASE_URL', 'PAYLOAD_SECRET', 'SERVER_URL', 'NEXT_PUBLIC_SERVER_URL', 'PORT', 'HSDS_PUBLIC'].includes(key)

/**
 * The environment of someone typing the README's commands in a new shell, plus `extra`. Next.js's
 * telemetry is off so that no detached process outlives the command.
 */
export const userEnv = (extra: Record<string, string> = {}): Environment => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !fromRunner(key) && !appSetting(key)))
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', ...extra }
}

export interface ShellCommand {
  output: () => string
  /** Resolves with the exit code (or the signal's name) once the shell has ended. */
  exited: Promise<number | string>
  /** Ends the command and everything it started (its whole process group). */
  stop: () => Promise<void>
}

/** Runs `command` with `sh -c` in its own process group, as typed at a prompt. */
export const runInShell = (command: string, options: { cwd: string; env: Environment }): ShellCommand => {
  const child = spawn('sh', ['-c', command], {
    cwd: options.cwd,
    env: options.env as NodeJS.ProcessEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  )
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // the group has ended already
    }
  }
  return {
    output: () => log,
    exited,
    stop: async () => {
      signalGroup('SIGTERM')
      const ended = await Promise.race([
        exited.then(() => true),
        new Promise((r) => setTimeout(() => r(false), 10_000).unref()),
      ])
      // The shell may end before its children do: the group gets SIGKILL either way.
      signalGroup('SIGKILL')
      if (!ended) await exited
    },
  }
}
