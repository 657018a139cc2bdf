import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { NIGHTLY_QUEUE } from '../../src/jobs/queues'

import { checkLink, mapWithConcurrency } from '../../src/sources/linkCheck'
import { useTestApp } from '../helpers/useTestApp'

/** A local web server with one path per outcome the link check must handle. */
let server: Server
let base: string
const seen: string[] = []
const hanging = new Set<import('node:http').ServerResponse>()

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`)
    switch (req.url) {
      case '/ok':
        return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>ok</p>')
      case '/verhuisd':
        return res.writeHead(301, { Location: '/nieuw' }).end()
      case '/keten':
        return res.writeHead(302, { Location: `${base}/verhuisd` }).end()
      case '/nieuw':
        return res.writeHead(200).end('nieuw')
      case '/weg':
        return res.writeHead(404).end('weg')
      case '/stuk':
        return res.writeHead(500).end('stuk')
      case '/geen-head':
        // Some servers refuse HEAD; GET works.
        return res.writeHead(req.method === 'HEAD' ? 405 : 200).end()
      case '/hangt':
        hanging.add(res)
        return // never answers
      case '/lus':
        return res.writeHead(302, { Location: '/lus' }).end()
      default:
        return res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  for (const res of hanging) res.destroy()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('checkLink()', () => {
  it('marks 200 as ok with HEAD alone', async () => {
    seen.length = 0
    expect(await checkLink(`${base}/ok`)).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      method: 'HEAD',
      redirects: [],
    })
    expect(seen).toEqual(['HEAD /ok'])
  })

  it('follows and records redirects (301, 302 chains)', async () => {
    expect(await checkLink(`${base}/verhuisd`)).toMatchObject({
      status: 'redirected',
      httpStatus: 200,
      finalUrl: `${base}/nieuw`,
      redirects: [`${base}/nieuw`],
    })
    const chain = await checkLink(`${base}/keten`)
    expect(chain.redirects).toEqual([`${base}/verhuisd`, `${base}/nieuw`])
  })

  it('falls back to GET when HEAD is refused, and reports 404 and 500 as broken', async () => {
    seen.length = 0
    expect(await checkLink(`${base}/geen-head`)).toMatchObject({ status: 'ok', httpStatus: 200, method: 'GET' })
    expect(seen).toEqual(['HEAD /geen-head', 'GET /geen-head'])
    expect(await checkLink(`${base}/weg`)).toMatchObject({ status: 'broken', httpStatus: 404 })
    expect(await checkLink(`${base}/stuk`)).toMatchObject({ status: 'broken', httpStatus: 500 })
  })

  it('gives up on a hanging server after the timeout, without waiting twice', async () => {
    const started = Date.now()
    const result = await checkLink(`${base}/hangt`, { timeoutMs: 300 })
    expect(result).toMatchObject({ status: 'broken', httpStatus: null })
    expect(result.error).toContain('Geen antwoord binnen 0,3 s')
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('stops on a redirect loop and on an unreachable host', async () => {
    expect((await checkLink(`${base}/lus`)).status).toBe('broken')
    const closed = await checkLink('http://127.0.0.1:1/niets', { timeoutMs: 2000 })
    expect(closed).toMatchObject({ status: 'broken', httpStatus: null })
  })
})

describe('mapWithConcurrency()', () => {
  it('never runs more than the limit at once and keeps the order', async () => {
    let running = 0
    let peak = 0
    const results = await mapWithConcurrency([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, 20))
      running--
      return n * 2
    })
    expect(results).toEqual([2, 4, 6, 8, 10, 12, 14])
    expect(peak).toBe(3)
  })
})

describe('the link-check job', () => {
  // A short timeout for the hanging link, with room for the local answers while another test file
  // keeps the second core busy.
  const app = useTestApp({ LINK_CHECK_TIMEOUT_MS: '2000', LINK_CHECK_CONCURRENCY: '3' })

  it('checks every source through the jobs queue and stores status, redirect and time', async () => {
    const sources: Record<string, number | string> = {}
    for (const path of ['/ok', '/verhuisd', '/weg', '/stuk', '/hangt']) {
      const doc = await app.payload.create({
        collection: 'digital-sources',
        data: { title: `Bron ${path}`, url: `${base}${path}`, category: 'other', audienceRoles: ['baliemedewerker'] },
      })
      sources[path] = doc.id
    }
    const before = Date.now()
    const job = await app.payload.jobs.queue({ task: 'checkDigitalSources', input: {}, queue: NIGHTLY_QUEUE })
    const run = await app.payload.jobs.run({ queue: NIGHTLY_QUEUE })

    const read = async (path: string) =>
      (await app.payload.findByID({ collection: 'digital-sources', id: sources[path] })).lastCheck!
    expect(await read('/ok')).toMatchObject({ status: 'ok', httpStatus: 200 })
    expect(await read('/verhuisd')).toMatchObject({
      status: 'redirected',
      httpStatus: 200,
      finalUrl: `${base}/nieuw`,
      redirects: `${base}/nieuw`,
    })
    expect(await read('/weg')).toMatchObject({ status: 'broken', httpStatus: 404 })
    expect(await read('/stuk')).toMatchObject({ status: 'broken', httpStatus: 500 })
    const hung = await read('/hangt')
    expect(hung).toMatchObject({ status: 'broken', httpStatus: null })
    expect(hung.error).toContain('Geen antwoord')
    expect(Date.parse(hung.checkedAt!)).toBeGreaterThanOrEqual(before - 1000)

    expect(run.jobStatus?.[String(job.id)]?.status).toBe('success')
  })

  it('is scheduled nightly on the queue the server runs, once, beside the other nightly tasks', async () => {
    const req = await createLocalReq({}, app.payload)
    const first = await app.payload.jobs.handleSchedules({ queue: NIGHTLY_QUEUE, req })
    expect(first.queued.map((queued) => queued.taskConfig?.slug).sort()).toEqual([
      'checkDigitalSources',
      'referralReminders',
      'registrationRetention',
      'sendVerificationRequests',
    ])
    const waiting = await app.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'checkDigitalSources' } }, { completedAt: { exists: false } }] },
    })
    expect(waiting.docs).toHaveLength(1)
    expect(waiting.docs[0].queue).toBe(NIGHTLY_QUEUE)
    expect(new Date(waiting.docs[0].waitUntil!).getTime()).toBeGreaterThan(Date.now())
    // Checking the schedule again (the server does so every five minutes) queues nothing more.
    const second = await app.payload.jobs.handleSchedules({ queue: NIGHTLY_QUEUE, req })
    expect(second.queued).toEqual([])
  })
})
