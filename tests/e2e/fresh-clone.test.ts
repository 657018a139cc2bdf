import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'

import { freePort } from '../helpers/nextServer'
import { runInShell, userEnv, type ShellCommand } from '../helpers/userShell'
import { DEMO_PASSWORD } from '../../src/seed/data/users'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')

/** The code block of the README's "## Run it" section: the command a new user types first. */
const readmeRunCommand = (): string => {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Run it\n'))
  const block = section?.match(/```sh\n([\s\S]*?)\n```/)?.[1]
  if (!block) throw new Error('README.md has no ```sh block under "## Run it".')
  return block.trim()
}

// On a shared two-core machine `npm install` took 2 to 10 minutes and the admin's first compile 4
// to 5. A crash fails at once, so these bounds only end a run that hangs.
const TEST_TIMEOUT_MS = 40 * 60_000
const ANSWER_TIMEOUT_MS = 20 * 60_000

const clone = mkdtempSync(path.join(tmpdir(), 'infopunt-fresh-clone-'))
const started = Date.now()
const progress: string[] = []
const note = (step: string) => progress.push(`${Math.round((Date.now() - started) / 1000)} s: ${step}`)
let app: ShellCommand | undefined

afterAll(async () => {
  await app?.stop()
  console.log(`Fresh clone:\n${progress.join('\n')}\n\nLast output of the run command:\n${app?.output().slice(-3000)}`)
  // A gigabyte of node_modules: deleted in the background instead of holding up the next test file.
  spawn('rm', ['-rf', clone], { detached: true, stdio: 'ignore' }).unref()
}, 60_000)

/**
 * GET `url` once it answers. A request during a first compile waits for it, and may end in a
 * timeout or a connection error (also before the server listens): it is then asked again. Fails
 * at once when the command has ended.
 */
const getWhenCompiled = async (url: string, command: ShellCommand, headers = {}): Promise<Response> => {
  let ended: number | string | undefined
  void command.exited.then((code) => (ended = code))
  const deadline = Date.now() + ANSWER_TIMEOUT_MS
  for (;;) {
    if (ended !== undefined) throw new Error(`the run command ended with ${ended}:\n${command.output().slice(-4000)}`)
    const response = await fetch(url, { headers, redirect: 'manual' }).catch(() => undefined)
    if (response) return response
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time.`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

describe("the README's run command on a fresh clone", () => {
  it('is documented with a way to choose another port', () => {
    expect(readme).toMatch(/`PORT=\d+ npm run dev`/)
  })

  it(
    'installs, creates and seeds the database, and lets every demo account in',
    async () => {
      const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
      execFileSync('git', ['clone', '--quiet', '--no-checkout', root, clone])
      execFileSync('git', ['checkout', '--quiet', '--detach', commit], { cwd: clone })
      note(`cloned ${commit.slice(0, 7)}`)

      const port = await freePort()
      const url = `http://localhost:${port}`
      const run = runInShell(readmeRunCommand(), { cwd: clone, env: userEnv({ PORT: String(port) }) })
      app = run
      expect((await getWhenCompiled(`${url}/inloggen`, app)).status).toBe(200)
      note('the login page answers')
      // The admin and the REST API compile at the same time, rather than one after the other.
      const [adminLogin, health] = await Promise.all([
        getWhenCompiled(`${url}/admin/login`, app),
        getWhenCompiled(`${url}/api/health`, app),
      ])
      expect([adminLogin.status, health.status]).toEqual([200, 200])
      note('the admin and the API answer')

      let administrator: Record<string, string> = {}
      for (const [account, editor] of [
        ['beheerder', true],
        ['communicatie', true],
        ['coordinator', true],
        ['balie', false],
      ] as const) {
        // Payload accepts its session cookie from a client that says where it comes from.
        const headers = { Origin: url }
        const login = await fetch(`${url}/api/users/login`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: `${account}@infopunt.example`, password: DEMO_PASSWORD }),
        })
        expect({ account, status: login.status }).toEqual({ account, status: 200 })
        const cookie = login.headers.getSetCookie().map((value) => value.split(';')[0])
        const withSession = { ...headers, Cookie: cookie.join('; ') }

        const startpage = await getWhenCompiled(`${url}/`, app, withSession)
        expect({ account, status: startpage.status }).toEqual({ account, status: 200 })
        expect(await startpage.text()).toContain('Vandaag op de balie')
        if (editor) {
          const admin = await getWhenCompiled(`${url}/admin`, app, withSession)
          expect({ account, status: admin.status }).toEqual({ account, status: 200 })
          expect(await admin.text()).toMatch(/Dashboard\s+– Infopunt/)
        }
        note(`${account} is in`)
        if (account === 'beheerder') administrator = withSession
      }

      // Without SMTP, development logs an invitation whole: the new colleague's link can be followed.
      const invited = await fetch(`${url}/api/users/invite`, {
        method: 'POST',
        headers: { ...administrator, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Nieuwe Collega', email: 'nieuw@infopunt.example', role: 'baliemedewerker' }),
      })
      expect(invited.status).toBe(201)
      // The logger writes on its own thread: the e-mail can reach the log just after the answer.
      const linkInLog = () => run.output().match(/https?:\/\/\S+\/uitnodiging\/[\w-]+/)?.[0]
      const deadline = Date.now() + 15_000
      while (!linkInLog() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
      const link = linkInLog()
      expect(link).toEqual(expect.stringContaining(`${url}/uitnodiging/`))
      const invitation = await getWhenCompiled(link!, app)
      expect(invitation.status).toBe(200)
      expect(await invitation.text()).toContain('Nieuwe Collega')
      note('an invitation’s link is in the log and opens')
    },
    TEST_TIMEOUT_MS,
  )
})
