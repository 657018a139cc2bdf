import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
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

const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`

const clone = mkdtempSync(path.join(tmpdir(), 'infopunt-fresh-clone-'))
let app: ShellCommand | undefined

afterAll(async () => {
  await app?.stop()
  rmSync(clone, { recursive: true, force: true })
}, 60_000)

/** Polls `url` until it answers 200; fails at once when the command has ended. */
const waitUntilAnswering = async (url: string, command: ShellCommand, timeoutMs: number) => {
  let ended: number | string | undefined
  void command.exited.then((code) => (ended = code))
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (ended !== undefined) throw new Error(`the run command ended with ${ended}:\n${command.output().slice(-4000)}`)
    // A request made during the first compile waits for it: give it the time that is left.
    const status = await fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(Math.max(deadline - Date.now(), 1)),
    })
      .then((response) => response.status)
      .catch(() => 0)
    if (status === 200) return
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time:\n${command.output().slice(-4000)}`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

describe("the README's run command on a fresh clone", () => {
  it('is documented with a way to choose another port', () => {
    expect(readme).toMatch(/`PORT=\d+ npm run dev`/)
  })

  it('installs, creates and seeds the database, and lets every demo account in', async () => {
    const started = Date.now()
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
    execFileSync('git', ['clone', '--quiet', '--no-checkout', root, clone])
    execFileSync('git', ['checkout', '--quiet', '--detach', commit], { cwd: clone })

    const port = await freePort()
    const url = `http://localhost:${port}`
    app = runInShell(readmeRunCommand(), { cwd: clone, env: userEnv({ PORT: String(port) }) })
    await waitUntilAnswering(`${url}/inloggen`, app, 600_000)
    const answering = seconds(started)

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

      const startpage = await fetch(`${url}/`, { headers: withSession, redirect: 'manual' })
      expect({ account, status: startpage.status }).toEqual({ account, status: 200 })
      expect(await startpage.text()).toContain('Vandaag op de balie')

      if (editor) {
        const admin = await fetch(`${url}/admin`, { headers: withSession, redirect: 'manual' })
        expect({ account, status: admin.status }).toEqual({ account, status: 200 })
        expect(await admin.text()).toContain('<title>Dashboard – Infopunt</title>')
      }
    }
    console.log(`Fresh clone: answering after ${answering}, every account in after ${seconds(started)}.`)
  }, 900_000)
})
