/**
 * Backup and restore round trip on a running server with writes in flight: `npm run backup`'s
 * script takes a snapshot while registrations keep coming in; the data is then changed (a
 * registration deleted, one added, a file uploaded); a restore without --force is refused; the
 * server is stopped, the archive restored with --force, the server started again, and what it
 * serves is compared with the snapshot.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, expect, it } from '@jest/globals'

import { api, login } from '../helpers/api'
import { startChildServer, type ChildServer } from '../helpers/childProcess'
import { testDatabaseKind } from '../helpers/database'
import { tinyPng } from '../helpers/fixtures'
import { uploadForm } from '../helpers/uploads'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')

let server: ChildServer | undefined
afterAll(async () => {
  await server?.kill()
})

/** The backup/restore command line as `npm run backup|restore` runs it, against `dataDir`. */
const cli = async (dataDir: string, ...args: string[]) => {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'src/backup/cli.ts'), ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          NODE_OPTIONS: '--no-deprecation --conditions=production',
          DATABASE_URL: `file:${path.join(dataDir, 'infopunt.db')}`,
          INFOPUNT_DATA_DIR: dataDir,
        },
      },
    )
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

const maybe = testDatabaseKind() === 'sqlite' ? it : it.skip

maybe(
  'a snapshot taken under load restores to exactly the snapshot',
  async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'infopunt-backup-data-'))
    const backups = mkdtempSync(path.join(tmpdir(), 'infopunt-backups-'))
    server = await startChildServer(dataDir)
    const admin = await login(server.url, 'beheerder@crash.example')
    const desk = await login(server.url, 'baliemedewerker@crash.example')
    const register = (s: ChildServer, key = crypto.randomUUID()) =>
      api(s.url, 'POST', '/api/registrations', {
        token: desk,
        body: { location: s.location, themes: [s.theme], answerType: 'information', idempotencyKey: key },
      }).then((res) => ({ key, res }))

    // Before the backup: a file and some registrations.
    const png = await tinyPng()
    const logo = await api(server.url, 'POST', '/api/media', {
      token: admin,
      body: uploadForm({ data: png, name: 'logo-voor.png', mimetype: 'image/png' }, { alt: 'Logo voor de back-up' }),
    })
    expect(logo.status).toBe(201)
    const before: string[] = []
    for (let i = 0; i < 20; i++) {
      const { key, res } = await register(server)
      expect(res.status).toBe(201)
      before.push(key)
    }

    // Writes in flight while the backup runs.
    let writing = true
    const during: string[] = []
    const live = server
    const writers = Array.from({ length: 4 }, async () => {
      while (writing) {
        const { key, res } = await register(live)
        if (res.status === 201) during.push(key)
      }
    })
    const backup = await cli(dataDir, 'backup', '--out', backups)
    writing = false
    await Promise.all(writers)
    expect(backup.code).toBe(0)
    const archive = backup.output.match(/Back-up geschreven: (\S+\.tar\.gz)/)?.[1]
    expect(archive).toBeDefined()
    expect(path.basename(archive!)).toMatch(/^infopunt-\d{8}-\d{6}\.tar\.gz$/)
    expect(during.length).toBeGreaterThan(0)

    // Change the data after the snapshot.
    const first = await api(
      server.url,
      `GET`,
      `/api/registrations?where[idempotencyKey][equals]=${before[0]}&depth=0`,
      {
        token: admin,
      },
    )
    expect(
      (await api(server.url, 'DELETE', `/api/registrations/${first.body.docs[0].id}`, { token: admin })).status,
    ).toBe(200)
    const later = await register(server)
    expect(later.res.status).toBe(201)
    const laterLogo = await api(server.url, 'POST', '/api/media', {
      token: admin,
      body: uploadForm({ data: png, name: 'logo-na.png', mimetype: 'image/png' }, { alt: 'Logo na de back-up' }),
    })
    expect(laterLogo.status).toBe(201)

    // A restore over data is refused without --force, and changes nothing.
    const refused = await cli(dataDir, 'restore', archive!)
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/--force/)
    const countNow = (await api(server.url, 'GET', '/api/registrations?limit=1', { token: admin })).body.totalDocs
    expect(countNow).toBe(before.length + during.length) // one deleted, one added

    await server.kill('SIGTERM')
    const restored = await cli(dataDir, 'restore', archive!, '--force')
    expect(restored.code).toBe(0)
    expect(restored.output).toMatch(/Teruggezet: .*Vervangen: /)

    server = await startChildServer(dataDir)
    const again = await login(server.url, 'beheerder@crash.example')
    const all = await api(server.url, 'GET', '/api/registrations?pagination=false&depth=0', { token: again })
    const keys = new Set(all.body.docs.map((doc: { idempotencyKey: string }) => doc.idempotencyKey))
    // Everything acknowledged before the backup began is back, the deleted one included...
    for (const key of before) expect(keys.has(key)).toBe(true)
    // ...what came after it is gone, and nothing is there that was never sent before the backup ended.
    expect(keys.has(later.key)).toBe(false)
    const sentBeforeEnd = new Set([...before, ...during])
    for (const key of keys) expect(sentBeforeEnd.has(key as string)).toBe(true)
    // The snapshot's own count (its manifest) is what the server now holds.
    const manifestCount = Number(backup.output.match(/registrations (\d+)/)?.[1])
    expect(all.body.docs.length).toBe(manifestCount)
    expect(manifestCount).toBeGreaterThanOrEqual(before.length)

    const media = await api(server.url, 'GET', '/api/media?depth=0', { token: again })
    expect(media.body.docs.map((doc: { alt: string }) => doc.alt)).toEqual(['Logo voor de back-up'])
    const file = await fetch(`${server.url}/api/media/file/${media.body.docs[0].filename}`, {
      headers: { Authorization: `JWT ${again}` },
    })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true)
    console.log(
      `backup-restore: snapshot under load (${during.length} registrations written during the backup), ` +
        `restored ${manifestCount} registrations and 1 upload exactly`,
    )
  },
  120_000,
)
