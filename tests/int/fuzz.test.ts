/**
 * Fuzzing every create endpoint: 1,000 bodies each, made from a valid body by a seeded PRNG
 * (FUZZ_SEED, printed, so that a failure can be replayed) with 1–3 mutations each: a field dropped,
 * duplicated in the JSON text, given a value of another type, a boundary value or a string from a
 * nasty list, fields swapped, unknown fields added, or the JSON text cut short.
 *
 * The installation has a second network, and the mutations include its ids (the network's own, its
 * Infopunt's and its organisation's) in any field, `network` among them.
 *
 * Asserts: never a 5xx; every refusal names a reason; and the database holds exactly the accepted
 * records: the collection grew by the number of 201 answers, every id answered is stored, in the
 * caller's network, and no other collection changed.
 *
 * A second run aims at the two ways one request could tie up the server: registration summaries of
 * up to 60,000 characters built from the runs that once made the privacy guard quadratic, and bodies
 * just under and just over the 1 MB limit, sent with Content-Length or chunked without one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { networkCollections } from '../../src/networks/plugin'
import { newReferralCode } from '../../src/referrals/code'
import { createLink } from '../../src/referrals/links'
import { seededRandom } from '../../src/seed/random'
import { MAX_BODY_BYTES } from '../../src/security/bodyLimits'
import { adversarialShapes } from '../helpers/adversarial'
import { api, createRoleUsers, sendChunked } from '../helpers/api'
import {
  createTargets,
  reasonOf,
  referralOrganisation,
  verificationTokens,
  type CreateTarget,
} from '../helpers/createTargets'
import { createBasics, kernIn } from '../helpers/fixtures'
import { rowCounts, WATCHED_COLLECTIONS } from '../helpers/rowCounts'
import { useTestApp } from '../helpers/useTestApp'

const BODIES_PER_ENDPOINT = 1000
const CONCURRENCY = 8
const SEED = Number(process.env.FUZZ_SEED ?? 20261123)

const NASTY = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil',
  '💥🧾👨‍👩‍👧',
  'x'.repeat(10_000),
  "'; DROP TABLE users; --",
  '<script>alert(1)</script>',
  '{"$gt": ""}',
  '../../../etc/passwd',
  '%00%0d%0a',
  'null',
  'undefined',
  '0',
  '-1',
  '1e309',
  'NaN',
  '2026-02-30T25:61:00Z',
  '9999-12-31T23:59:59.999Z',
  '0000-01-01',
  'true',
  '[]',
  '{}',
]
const BOUNDARY = [0, -1, 1, 0.5, -0.0, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, Number.MIN_VALUE, 480, 481]
const SHAPES: unknown[] = [null, true, false, [], {}, [null], [[]], { a: { b: { c: 1 } } }, [1, 'a', null], { id: 1 }]

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>
let targets: CreateTarget[]
/** The callers' network, and ids of another network's records, as values a body may carry. */
let ownNetwork: number | string
const foreign: unknown[] = []

/** One mutated body as JSON text. */
const mutate = (random: () => number, valid: Record<string, unknown>): string => {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const body: Record<string, unknown> = { ...valid }
  const extraText: string[] = []
  let truncate = false
  const mutations = 1 + Math.floor(random() * 3)
  for (let i = 0; i < mutations; i++) {
    const keys = Object.keys(body)
    const key = keys.length ? pick(keys) : 'name'
    switch (Math.floor(random() * 10)) {
      case 0:
        delete body[key]
        break
      case 1:
        // The same key twice in the JSON text: which one wins is the parser's business, never a 5xx.
        extraText.push(`${JSON.stringify(key)}:${JSON.stringify(pick(SHAPES.concat(NASTY)))}`)
        break
      case 2:
        body[key] = pick(SHAPES)
        break
      case 3:
        body[key] = pick(BOUNDARY)
        break
      case 4:
        body[key] = pick(NASTY)
        break
      case 5: {
        const other = pick(keys)
        ;[body[key], body[other]] = [body[other], body[key]]
        break
      }
      case 6:
        body[pick(['bestaatNiet', '__proto__', 'constructor', 'id', 'createdAt', 'updatedAt', '_status'])] = pick(
          NASTY.concat(SHAPES as string[]),
        )
        break
      case 7:
        body[key] = Array.isArray(body[key]) ? [...(body[key] as unknown[]), pick(NASTY)] : [body[key]]
        break
      case 8:
        // Another network's record where one's own belongs, or another network named outright.
        body[pick([key, 'network'])] = pick(foreign)
        break
      default:
        // Leave this one valid: the run must accept some bodies too.
        if (random() < 0.05) truncate = true
        break
    }
  }
  let text = JSON.stringify(body)
  if (extraText.length) text = text.replace(/}$/, `${text === '{}' ? '' : ','}${extraText.join(',')}}`)
  return truncate ? text.slice(0, Math.floor(text.length * random())) : text
}

/** Two referrals with an answer link each: one for the fuzzed answers, one that must stay as it is. */
const referralsWithLinks = async () => {
  const organisation = (await referralOrganisation(app.payload)).id as number
  const newReferral = async () =>
    app.payload.create({
      collection: 'referrals',
      data: {
        code: await newReferralCode(app.payload),
        organisation,
        method: 'email',
        referredBy: users.baliemedewerker.id as number,
        status: 'sent',
      },
    })
  const [target, bystander] = [await newReferral(), await newReferral()]
  const token = await createLink(app.payload, target.id, 'outcome')
  await createLink(app.payload, bystander.id, 'outcome')
  return { target, bystander, token }
}
let answerLinks: Awaited<ReturnType<typeof referralsWithLinks>>

beforeAll(async () => {
  console.log(`fuzz: FUZZ_SEED=${SEED} (set FUZZ_SEED to replay), ${BODIES_PER_ENDPOINT} bodies per endpoint`)
  users = await createRoleUsers(app.payload, app.url)
  const basics = await createBasics(app.payload)
  ownNetwork = (await app.payload.find({ collection: 'networks', depth: 0 })).docs[0].id
  const organisation = await referralOrganisation(app.payload)
  // Enough links that valid proposals keep being accepted through the run; the rest answer 410.
  targets = createTargets(basics, organisation.id, await verificationTokens(app.payload, organisation.id, 200))
  answerLinks = await referralsWithLinks()
  // Made after everything above, which joins the installation's only network.
  const other = (await app.payload.create({ collection: 'networks', data: { name: 'Buurnetwerk' } })).id
  const theirs = await Promise.all([
    app.payload.create({
      collection: 'locations',
      data: { network: other, name: 'Infopunt Buurnetwerk', kern: await kernIn(app.payload, 'Ommen', 'Ommen', other) },
    }),
    app.payload.create({
      collection: 'organisations',
      data: { network: other, name: 'Buurhulp', shortDescription: 'Hulp.', kindOfHelp: 'informal', status: 'active' },
    }),
  ])
  foreign.push(other, [other], { id: other }, ...theirs.flatMap((doc) => [doc.id, [doc.id]]))
}, 120_000)

const summary: string[] = []
afterAll(async () => {
  console.log(`fuzz (seed ${SEED}):\n${summary.join('\n')}`)
})

const names = createTargets({ location: { id: 0 }, theme: { id: 0 }, organisation: { id: 0 }, kern: 0 }, 0).map(
  (t) => t.name,
)

describe.each(names.map((name, index) => [name, index] as const))('fuzzing POST %s', (name, index) => {
  it(`up to ${BODIES_PER_ENDPOINT} mutated bodies: no 5xx, every refusal with a reason, exactly the accepted records stored`, async () => {
    const target = targets.find((t) => t.name === name)!
    const random = seededRandom(SEED + index).next
    const count = target.fuzzBodies ?? BODIES_PER_ENDPOINT
    const bodies = Array.from({ length: count }, () => mutate(random, target.valid()))
    const before = await rowCounts(app.payload)
    const failures: string[] = []
    const createdIds: (number | string)[] = []
    let accepted = 0
    let next = 0
    const started = performance.now()
    const worker = async () => {
      while (next < bodies.length) {
        const number = next++
        const body = bodies[number]
        const res = await api(app.url, 'POST', target.path, { token: target.role && users[target.role].token, body })
        if (res.status >= 500) failures.push(`#${number} ${res.status} for ${body.slice(0, 300)}`)
        else if (res.status >= 400 && !reasonOf(res.body)) failures.push(`#${number} ${res.status} without a reason`)
        else if (res.status === 201) {
          accepted++
          if (res.body?.doc?.id !== undefined) createdIds.push(res.body.doc.id)
        } else if (res.status < 400 && res.status !== 200)
          failures.push(`#${number} unexpected ${res.status} for ${body.slice(0, 200)}`)
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    const seconds = (performance.now() - started) / 1000
    const after = await rowCounts(app.payload)

    expect(failures.slice(0, 20)).toEqual([])
    // Exactly the accepted records: as many new rows as 201 answers, and each answered id stored.
    expect(after[target.collection] - before[target.collection]).toBe(accepted)
    if (createdIds.length) {
      const stored = await app.payload.count({
        collection: target.collection,
        where: { id: { in: createdIds } },
        overrideAccess: true,
      })
      expect(stored.totalDocs).toBe(createdIds.length)
      if (networkCollections.includes(target.collection as (typeof networkCollections)[number])) {
        const elsewhere = await app.payload.count({
          collection: target.collection,
          where: { and: [{ id: { in: createdIds } }, { network: { not_equals: ownNetwork } }] },
          overrideAccess: true,
        })
        expect(elsewhere.totalDocs).toBe(0)
      }
    }
    for (const collection of WATCHED_COLLECTIONS.filter((c) => c !== target.collection))
      expect([collection, after[collection]]).toEqual([
        collection,
        before[collection] + accepted * (target.related?.[collection] ?? 0),
      ])
    // Both outcomes occur: a fuzzer that only ever hits refusals tests nothing beyond the parser.
    expect(accepted).toBeGreaterThan(0)
    expect(accepted).toBeLessThan(count)
    summary.push(`  ${name}: ${count} bodies, ${accepted} accepted, ${seconds.toFixed(1)} s`)
  }, 120_000)
})

describe('fuzzing the summary and the body size of POST /api/registrations', () => {
  const BODIES = 120
  it(`${BODIES} bodies: each answered at once, 413 exactly above 1 MB, 400 above 500 characters, exactly the accepted records stored`, async () => {
    const random = seededRandom(SEED + 1000).next
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
    const target = targets.find((t) => t.path === '/api/registrations')!
    const before = await rowCounts(app.payload)
    const failures: string[] = []
    let accepted = 0
    for (let number = 0; number < BODIES; number++) {
      const summaryLength = pick([1 + Math.floor(random() * 500), Math.floor(random() * 60_000)])
      const summary = Array.from({ length: summaryLength }, () => pick(adversarialShapes))
        .join('')
        .slice(0, summaryLength)
      const body: Record<string, unknown> = { ...target.valid(), summary }
      // A third of the bodies padded to within 2 KB of the limit, on either side of it.
      if (random() < 1 / 3) {
        const size = MAX_BODY_BYTES + Math.floor((random() - 0.5) * 4096)
        body.padding = ''
        body.padding = 'x'.repeat(Math.max(0, size - Buffer.byteLength(JSON.stringify(body))))
      }
      const text = JSON.stringify(body)
      const bytes = Buffer.byteLength(text)
      const chunked = random() < 0.5
      const started = performance.now()
      const options = { token: users[target.role!].token, body: text }
      const res = chunked
        ? await sendChunked(app.url, 'POST', target.path, options)
        : await api(app.url, 'POST', target.path, options)
      const milliseconds = performance.now() - started
      const expected = bytes > MAX_BODY_BYTES ? [413] : summary.length > 500 ? [400] : [201, 400]
      const label = `#${number} (${bytes} bytes, summary ${summary.length}, ${chunked ? 'chunked' : 'Content-Length'})`
      if (!expected.includes(res.status)) failures.push(`${label}: ${res.status}, expected ${expected.join(' or ')}`)
      else if (res.status >= 400 && !reasonOf(res.body)) failures.push(`${label}: ${res.status} without a reason`)
      if (milliseconds > 2_000) failures.push(`${label}: ${Math.round(milliseconds)} ms`)
      if (res.status === 201) accepted++
    }
    const after = await rowCounts(app.payload)
    expect(failures.slice(0, 20)).toEqual([])
    expect(after.registrations - before.registrations).toBe(accepted)
    expect(accepted).toBeGreaterThan(0)
  }, 180_000)
})

describe('fuzzing the public answer link POST /api/referrals/answer', () => {
  it(`${BODIES_PER_ENDPOINT} mutated bodies: no 5xx, every refusal with a reason, only the accepted answer stored`, async () => {
    const random = seededRandom(SEED + 2000).next
    const { target, bystander, token } = answerLinks
    const bystanderBefore = await app.payload.findByID({ collection: 'referrals', id: bystander.id, depth: 0 })
    const bodies = Array.from({ length: BODIES_PER_ENDPOINT }, () =>
      mutate(random, { token, status: 'in-contact', reason: null }),
    )
    const before = await rowCounts(app.payload)
    const failures: string[] = []
    let accepted = 0
    let next = 0
    const worker = async () => {
      while (next < bodies.length) {
        const number = next++
        const res = await api(app.url, 'POST', '/api/referrals/answer', { body: bodies[number] })
        if (res.status >= 500) failures.push(`#${number} ${res.status} for ${bodies[number].slice(0, 300)}`)
        else if (res.status >= 400 && !reasonOf(res.body)) failures.push(`#${number} ${res.status} without a reason`)
        else if (res.status === 200) accepted++
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    expect(failures.slice(0, 20)).toEqual([])
    expect(await rowCounts(app.payload)).toEqual(before)
    // One step forward is all a valid body can make ("in contact"); every other answer changed nothing.
    expect(accepted).toBe(1)
    const after = await app.payload.findByID({ collection: 'referrals', id: target.id, depth: 0 })
    expect(after.status).toBe('in-contact')
    expect(after.history).toHaveLength(1)
    expect(await app.payload.findByID({ collection: 'referrals', id: bystander.id, depth: 0 })).toEqual(bystanderBefore)
    summary.push(`  POST /api/referrals/answer: ${BODIES_PER_ENDPOINT} bodies, ${accepted} accepted`)
  }, 120_000)
})
