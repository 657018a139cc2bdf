/**
 * Crash safety: the server (the real Payload config on a SQLite file in WAL mode, as a child
 * process) takes a burst of registrations over HTTP and is killed with SIGKILL in the middle of it.
 * Restarted on the same data directory, the database must open cleanly (health 200, a count), hold
 * every registration that was acknowledged (each read back by id over REST), and a retry of every
 * idempotency key of the burst must not make a single duplicate.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, expect, it } from '@jest/globals'

import { api, login } from '../helpers/api'
import { startChildServer, type ChildServer } from '../helpers/childProcess'
import { testDatabaseKind } from '../helpers/database'

const CLIENTS = 16
const KILL_AFTER_ACKS = 120

let server: ChildServer | undefined
afterAll(async () => {
  await server?.kill()
})

const body = (server: ChildServer, key: string) => ({
  location: server.location,
  themes: [server.theme],
  answerType: 'information',
  summary: 'Vraag over de energietoeslag.',
  idempotencyKey: key,
})

const maybe = testDatabaseKind() === 'sqlite' ? it : it.skip

maybe(
  'SIGKILL mid-burst: every acknowledged registration survives, retries make no duplicates',
  async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'infopunt-crash-'))
    server = await startChildServer(dataDir)
    const desk = await login(server.url, 'baliemedewerker@crash.example')

    const acknowledged = new Map<string, number>()
    const sent: string[] = []
    let failed = 0
    let killed = false
    const first = server
    const client = async () => {
      while (!killed) {
        const key = crypto.randomUUID()
        sent.push(key)
        try {
          const res = await api(first.url, 'POST', '/api/registrations', { token: desk, body: body(first, key) })
          if (res.status === 201) acknowledged.set(key, res.body.doc.id)
          else failed++
        } catch {
          failed++ // the connection died with the server
        }
        if (!killed && acknowledged.size >= KILL_AFTER_ACKS) {
          killed = true
          await first.kill('SIGKILL')
        }
      }
    }
    await Promise.all(Array.from({ length: CLIENTS }, client))
    expect(first.child.signalCode).toBe('SIGKILL')
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS)
    // Requests were in flight when it died: the kill really came mid-burst.
    expect(sent.length).toBeGreaterThan(acknowledged.size)

    server = await startChildServer(dataDir)
    const health = await api(server.url, 'GET', '/api/health')
    expect(health.status).toBe(200)
    expect(health.body.status).toBe('ok')

    const admin = await login(server.url, 'beheerder@crash.example')
    const count = await api(server.url, 'GET', '/api/registrations?limit=1&depth=0', { token: admin })
    expect(count.status).toBe(200)
    expect(count.body.totalDocs).toBeGreaterThanOrEqual(acknowledged.size)
    expect(count.body.totalDocs).toBeLessThanOrEqual(sent.length)
    for (const [key, id] of acknowledged) {
      const read = await api(server.url, 'GET', `/api/registrations/${id}?depth=0`, { token: admin })
      expect([id, read.status, read.body?.idempotencyKey]).toEqual([id, 200, key])
    }

    // The desk worker's form retries whatever it did not see acknowledged (and a retry of an
    // acknowledged one is harmless): every key ends up stored exactly once.
    const again = await login(server.url, 'baliemedewerker@crash.example')
    const retried = await Promise.all(
      sent.map((key) => api(server!.url, 'POST', '/api/registrations', { token: again, body: body(server!, key) })),
    )
    for (const [index, res] of retried.entries()) {
      expect([sent[index], [200, 201].includes(res.status)]).toEqual([sent[index], true])
      if (acknowledged.has(sent[index])) {
        expect(res.status).toBe(200)
        expect(res.body.doc.id).toBe(acknowledged.get(sent[index]))
      }
    }
    const all = await api(
      server.url,
      'GET',
      '/api/registrations?pagination=false&depth=0&select[idempotencyKey]=true',
      {
        token: admin,
      },
    )
    const keys = all.body.docs.map((doc: { idempotencyKey: string }) => doc.idempotencyKey)
    expect(keys.length).toBe(sent.length)
    expect(new Set(keys).size).toBe(keys.length)
    console.log(
      `crash-safety: ${sent.length} registrations sent by ${CLIENTS} clients, SIGKILL after ${acknowledged.size} acknowledged ` +
        `(${failed} cut off); after restart all ${acknowledged.size} read back by id, ${sent.length} keys retried, 0 duplicates`,
    )
  },
  120_000,
)
