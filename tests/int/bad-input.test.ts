/**
 * Bad input on every create endpoint and the custom endpoints: malformed JSON, wrong types for every
 * field (read from the collection's own field list), deep nesting in bodies and `where` queries,
 * unknown fields, unicode edge cases, huge paging and depth parameters and `where` on unknown fields.
 *
 * The rule for each: a 4xx with a reason (or a 2xx where accepting is right), never a 5xx, and on a
 * refusal no row written anywhere (every collection the endpoint writes to is counted before and after).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, FlattenedField } from 'payload'

import type { Role } from '../../src/access/roles'
import { api, createRoleUsers, type ApiResponse } from '../helpers/api'
import { createTargets, reasonOf, referralOrganisation, type CreateTarget } from '../helpers/createTargets'
import { createBasics } from '../helpers/fixtures'
import { rowCounts, WATCHED_COLLECTIONS } from '../helpers/rowCounts'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>
let targets: CreateTarget[]
/** How many bad inputs were sent, for the README's figures. */
let tried = 0

const raw = (role: Role | undefined, method: string, path: string, body?: string, contentType = 'application/json') =>
  api(app.url, method, path, {
    token: role ? users[role].token : undefined,
    body,
    headers: body === undefined ? {} : { 'Content-Type': contentType },
  })

type Case = {
  label: string
  send: () => Promise<ApiResponse>
  mayAccept?: boolean
  writes?: CollectionSlug
  /** Rows an accepted request also writes elsewhere. */
  related?: Partial<Record<CollectionSlug, number>>
}

/**
 * A batch of bad inputs, sent four at a time: none may be answered with a 5xx; a refusal names a
 * reason; and the database changed by exactly the accepted requests (each adds one row to the
 * collection it writes to, every other collection stays as it was). Returns what went wrong, so
 * that one test reports every failing input at once.
 */
const checkAll = async (cases: Case[]): Promise<string[]> => {
  tried += cases.length
  const before = await rowCounts(app.payload)
  const failures: string[] = []
  const accepted: Record<string, number> = {}
  let next = 0
  const worker = async () => {
    while (next < cases.length) {
      const { label, send, mayAccept, writes, related } = cases[next++]
      const res = await send()
      const shown = JSON.stringify(res.body)?.slice(0, 200)
      if (res.status >= 500) failures.push(`${label}: ${res.status} ${shown}`)
      else if (res.status >= 400) {
        if (!reasonOf(res.body)) failures.push(`${label}: ${res.status} without a reason: ${shown}`)
      } else if (!mayAccept) failures.push(`${label}: accepted (${res.status}) ${shown}`)
      else if (writes && res.status === 201) {
        accepted[writes] = (accepted[writes] ?? 0) + 1
        for (const [collection, rows] of Object.entries(related ?? {}))
          accepted[collection] = (accepted[collection] ?? 0) + (rows ?? 0)
      }
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  const after = await rowCounts(app.payload)
  for (const collection of WATCHED_COLLECTIONS)
    if (after[collection] - before[collection] !== (accepted[collection] ?? 0))
      failures.push(
        `${collection}: ${after[collection] - before[collection]} rows written, ${accepted[collection] ?? 0} creates accepted`,
      )
  return failures
}

const check = async (
  label: string,
  send: () => Promise<ApiResponse>,
  options: Pick<Case, 'mayAccept' | 'writes' | 'related'> = {},
) => (await checkAll([{ label, send, ...options }]))[0] ?? null

const expectNoFailures = (failures: (string | null)[]) => expect(failures.filter(Boolean)).toEqual([])
const post = (t: CreateTarget, body: string, label: string, mayAccept = true): Case => ({
  label,
  send: () => raw(t.role, 'POST', t.path, body),
  mayAccept,
  writes: t.collection,
  related: t.related,
})

const nested = (depth: number, kind: 'array' | 'object') => {
  let text = '1'
  // Built as text: JSON.stringify of a 10k-deep value would overflow the stack of this test already.
  for (let i = 0; i < depth; i++) text = kind === 'array' ? `[${text}]` : `{"a":${text}}`
  return text
}

/** Values of the wrong type for a field of the given type. */
const wrongValues = (field: FlattenedField): unknown[] => {
  const objects = [{ $ne: null }, { nested: { deeper: true } }, [1, 2, 3], [], {}]
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return [12345, true, ...objects, 'x'.repeat(100_000)]
    case 'number':
      return ['veel', true, '1e309', Number.MAX_SAFE_INTEGER * 10, -1, ...objects]
    case 'checkbox':
      return ['ja', 2, ...objects]
    case 'date':
      return ['morgen', '2026-13-45T99:99:99Z', 1e20, true, ...objects]
    case 'select':
    case 'radio':
      return ['bestaat-niet', 7, true, ...objects, ['a', 'b']]
    case 'relationship':
    case 'upload':
      return [
        'geen-id',
        999_999_999,
        -1,
        1.5,
        true,
        '1; DROP TABLE users',
        { relationTo: 'users', value: 1 },
        [[1]],
        ...objects,
      ]
    case 'array':
      return ['geen lijst', 12, true, { a: 1 }, [null], ['tekst'], [[[]]]]
    case 'group':
      return ['geen groep', 12, true, [1, 2]]
    case 'richText':
      return ['platte tekst', 12, true, { root: 'kapot' }, { root: { children: 'geen lijst' } }, []]
    case 'json':
      return []
    case 'point':
      return ['hier', [1], ['a', 'b'], { lat: 1 }]
    default:
      return [12345, 'tekst', true, ...objects]
  }
}

const NASTY_STRINGS: Record<string, string> = {
  'a lone high surrogate': 'Vraag \ud800 over geld',
  'a lone low surrogate': '\udfff',
  'a NUL byte': 'Vraag\u0000over geld',
  'a right-to-left override': 'Vraag \u202egnitsket\u202c over geld',
  'zero-width and combining characters': 'V\u200br\u200da\u0301ag\ufeff',
  '10,000 characters': 'x'.repeat(10_000),
  'emoji and astral characters': 'Hulp bij 🧾 en 👨‍👩‍👧 en 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'SQL and operator syntax': '\'; DROP TABLE registrations; -- {"$gt":""}',
  'only whitespace': ' \t\n\u00a0 ',
}

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  const basics = await createBasics(app.payload)
  targets = createTargets(basics, (await referralOrganisation(app.payload)).id)
}, 120_000)

afterAll(async () => {
  console.log(`bad-input: ${tried} bad inputs tried`)
})

/** The keys a custom create endpoint reads, with values it must refuse. */
const ENDPOINT_KEYS: Record<string, Record<string, unknown[]>> = {
  'referrals endpoint': {
    organisation: [true, {}, [], 'geen-id', 999_999_999, null],
    consent: ['ja', 1, {}, null],
    message: [12, {}, [], 'x'.repeat(10_000)],
  },
  // POST /api/users/invite: new accounts come only through an invitation.
  users: {
    name: [12, {}, [], ['Nina'], '', ' \t '],
    email: [12, {}, [], 'geen-adres', 'a@b'],
    role: ['superuser', 7, {}, [], ['baliemedewerker']],
    staffKind: ['beide', 7, {}, [], ['volunteer']],
    defaultLocation: [true, {}, [], 'geen-id', 999_999_999, -1],
  },
}

const targetNames = () =>
  createTargets({ location: { id: 0 }, theme: { id: 0 }, organisation: { id: 0 }, kern: 0 }, 0).map((t) => t.name)
const target = (name: string) => targets.find((t) => t.name === name)!

describe.each(targetNames())('POST %s', (name) => {
  it('refuses malformed JSON, a non-object body and an empty body with a reason', async () => {
    const { path, role } = target(name)
    const bodies = [
      '{',
      '{"name": }',
      '{"a":1}}',
      'null',
      '[]',
      '[{}]',
      '"tekst"',
      '12',
      'true',
      '',
      '\u0000',
      '{"a":"\\ud800"}',
    ]
    expectNoFailures(
      await Promise.all(
        bodies.map((body) => check(`${name} ${JSON.stringify(body)}`, () => raw(role, 'POST', path, body))),
      ),
    )
    // The wrong content type altogether
    expectNoFailures(
      await checkAll([
        {
          ...post(target(name), '', `${name} as text/plain`),
          send: () => raw(role, 'POST', path, JSON.stringify(target(name).valid()), 'text/plain'),
        },
        {
          ...post(target(name), '', `${name} as XML`, false),
          send: () => raw(role, 'POST', path, '<a>1</a>', 'application/xml'),
        },
      ]),
    )
  })

  it('refuses a value of the wrong type for every field, or stores it as the right type', async () => {
    const t = target(name)
    const config = app.payload.collections[t.collection].config
    // Custom endpoints read only their own keys (below), not the collection's fields.
    const fields = ENDPOINT_KEYS[name]
      ? []
      : config.flattenedFields.filter((f) => !['id', 'createdAt', 'updatedAt'].includes(f.name))
    const cases: Case[] = []
    for (const field of fields)
      for (const value of wrongValues(field))
        // Some "wrong" values are harmless and may be ignored or coerced (e.g. a read-only field).
        cases.push(
          post(
            t,
            JSON.stringify({ ...t.valid(), [field.name]: value }),
            `${name}.${field.name} (${field.type}) = ${JSON.stringify(value)?.slice(0, 40)}`,
          ),
        )
    if (ENDPOINT_KEYS[name])
      for (const [key, values] of Object.entries(ENDPOINT_KEYS[name]))
        for (const value of values)
          cases.push(
            post(
              t,
              JSON.stringify({ ...t.valid(), [key]: value }),
              `${name} ${key} = ${JSON.stringify(value).slice(0, 40)}`,
              false,
            ),
          )
    expectNoFailures(await checkAll(cases))
  })

  it('refuses deeply nested bodies (10,000 levels of arrays and objects)', async () => {
    const t = target(name)
    const valid = JSON.stringify(t.valid()).slice(1, -1)
    const failures = []
    for (const kind of ['array', 'object'] as const) {
      failures.push(await check(`${name} whole body ${kind}`, () => raw(t.role, 'POST', t.path, nested(10_000, kind))))
      failures.push(
        await check(
          `${name} nested ${kind} in a field`,
          () => raw(t.role, 'POST', t.path, `{${valid},"nesting":${nested(10_000, kind)}}`),
          {
            mayAccept: true,
            writes: t.collection,
            related: t.related,
          },
        ),
      )
    }
    expectNoFailures(failures)
  })

  it('ignores or refuses unknown fields', async () => {
    const t = target(name)
    const body = {
      ...t.valid(),
      bestaatNiet: 'x',
      __proto__: { polluted: true },
      constructor: { prototype: { polluted: true } },
    }
    const text = JSON.stringify(body).replace(/}$/, ',"__proto__":{"polluted":true}}')
    expectNoFailures([
      await check(`${name} unknown fields`, () => raw(t.role, 'POST', t.path, text), {
        mayAccept: true,
        writes: t.collection,
        related: t.related,
      }),
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('handles unicode edge cases in every text field: stored intact or refused with a reason', async () => {
    const t = target(name)
    const textFields =
      name === 'referrals endpoint'
        ? ['message']
        : name === 'users'
          ? ['name']
          : app.payload.collections[t.collection].config.flattenedFields
              .filter((f) => ['text', 'textarea'].includes(f.type) && !('hasMany' in f && f.hasMany))
              .map((f) => f.name)
    const cases: Case[] = []
    for (const field of textFields)
      for (const [label, value] of Object.entries(NASTY_STRINGS))
        cases.push(post(t, JSON.stringify({ ...t.valid(), [field]: value }), `${name}.${field} with ${label}`))
    expectNoFailures(await checkAll(cases))
  })
})

describe('query strings', () => {
  const collections = [
    'organisations',
    'services',
    'themes',
    'locations',
    'registrations',
    'roster-shifts',
    'digital-sources',
    'users',
  ]

  it('huge or wrong limit, page and depth on every collection list: never a 5xx', async () => {
    const params = [
      'limit=99999999999',
      'limit=-5',
      'limit=abc',
      'page=99999999999',
      'page=-1',
      'page=0',
      'page=abc',
      'depth=99999',
      'depth=-1',
      'depth=abc',
      'limit=1e400',
      'sort=bestaatNiet',
      'sort=' + 'x'.repeat(5000),
      'pagination=misschien',
      'select[bestaatNiet]=true',
      'populate[bestaatNiet]=true',
    ]
    const cases = collections.flatMap((collection) =>
      params.map((param) => ({
        label: `GET ${collection}?${param.slice(0, 40)}`,
        send: () => raw('beheerder', 'GET', `/api/${collection}?${param}`),
        mayAccept: true,
      })),
    )
    expectNoFailures(await checkAll(cases))
  })

  it('`where` on unknown fields, with unknown operators and 10,000 levels deep: 4xx, never a 5xx', async () => {
    const deepAnd = (depth: number) => `where${'[and][0]'.repeat(depth)}[name][equals]=x`
    const queries = [
      'where[bestaatNiet][equals]=1',
      'where[name][bestaatNiet]=1',
      'where[name][equals][$ne]=1',
      'where[or][0][bestaatNiet][like]=x',
      'where[id][in]=' + Array.from({ length: 2000 }, (_, i) => i).join(','),
      'where[id][equals]=abc',
      'where[createdAt][greater_than]=geen-datum',
      'where=tekst',
      deepAnd(50),
      // As deep as fits in a URL: the HTTP server refuses longer request lines itself (431).
      deepAnd(1500),
      'where' + '[a]'.repeat(4000) + '=1',
      // 600 levels deep as JSON in the `where` parameter (10,000 levels go in the bodies above).
      'where=' + encodeURIComponent('{"and":['.repeat(300) + '{}' + ']}'.repeat(300)),
    ]
    const cases = collections.flatMap((collection) =>
      queries.flatMap((query) => [
        {
          label: `GET ${collection}?${query.slice(0, 60)}`,
          send: () => raw('beheerder', 'GET', `/api/${collection}?${query}`),
          mayAccept: true,
        },
        // The same query in the body of a POST read, as the admin's relationship pickers send it.
        {
          label: `POST (read) ${collection} ${query.slice(0, 60)}`,
          send: () =>
            api(app.url, 'POST', `/api/${collection}`, {
              token: users.beheerder.token,
              body: query,
              headers: {
                'Content-Type': 'application/x-www-form-urlencoded',
                'X-Payload-HTTP-Method-Override': 'GET',
              },
            }),
          mayAccept: true,
        },
      ]),
    )
    expectNoFailures(await checkAll(cases))
  })
})

describe('custom endpoints', () => {
  it('search, report, export, HSDS, calendar and import refuse bad parameters with a reason', async () => {
    const cases: [Role, string, string, string?, string?][] = [
      ['baliemedewerker', 'GET', '/api/directory/search?q=' + 'x'.repeat(5000)],
      ['baliemedewerker', 'GET', '/api/directory/search?limit=99999999'],
      ['baliemedewerker', 'GET', '/api/directory/search?page=-1'],
      ['baliemedewerker', 'GET', '/api/directory/search?q=%F0%9F%A7%BE%00%E2%80%AE'],
      ['baliemedewerker', 'GET', '/api/directory/search?theme=' + 'a,'.repeat(5000)],
      ['coordinator', 'GET', '/api/registrations/report?groupBy=bestaatNiet'],
      ['coordinator', 'GET', '/api/registrations/report?from=gisteren'],
      ['coordinator', 'GET', '/api/registrations/report?from=2026-13-45&to=2026-99-01'],
      ['coordinator', 'GET', '/api/registrations/report?from=2026-01-01&to=9999-12-31'],
      ['coordinator', 'GET', '/api/registrations/export?from=0001-01-01&to=0001-12-31'],
      ['coordinator', 'GET', '/api/registrations/report?location=geen-id'],
      ['coordinator', 'GET', '/api/registrations/report?location=999999999999999999999'],
      ['coordinator', 'GET', '/api/registrations/export?format=pdf'],
      ['coordinator', 'GET', '/api/registrations/export?from=2020-01-01&to=2010-01-01'],
      ['baliemedewerker', 'GET', '/api/hsds/organizations?per_page=99999'],
      ['baliemedewerker', 'GET', '/api/hsds/services?page=abc'],
      ['baliemedewerker', 'GET', '/api/hsds/services?modified_after=morgen'],
      ['baliemedewerker', 'GET', '/api/hsds/organizations/bestaat-niet'],
      ['baliemedewerker', 'GET', '/api/hsds/taxonomy_terms?search=%25%25%25'],
      ['baliemedewerker', 'GET', '/api/roster/calendar/' + 'x'.repeat(2000) + '/mijn-diensten.ics'],
      ['baliemedewerker', 'GET', '/api/roster/calendar/%00/infopunt-abc.ics'],
      ['coordinator', 'POST', '/api/roster-shifts/999999999/repeat', '{"until":"2031-01-01"}'],
      ['coordinator', 'POST', '/api/roster-shifts/abc/repeat', '{"until":"geen datum"}'],
      ['coordinator', 'POST', '/api/roster-shifts/1e309/repeat', '{"until":"2031-01-01"}'],
      ['coordinator', 'POST', '/api/roster-shifts/-1/repeat', '{"until":"2031-01-01"}'],
      ['baliemedewerker', 'POST', '/api/directory/referrals', '{"organisation":"1e309","consent":true}'],
      ['baliemedewerker', 'POST', '/api/directory/referrals', '{"organisation":{"$ne":null},"consent":true}'],
      ['beheerder', 'GET', '/api/registrations/999999999999999999999999'],
      ['beheerder', 'GET', '/api/registrations/1e309'],
      ['beheerder', 'PATCH', '/api/registrations/1e309', '{"summary":"x"}'],
      ['beheerder', 'DELETE', '/api/organisations/%00'],
      ['coordinator', 'POST', '/api/roster-shifts/1/repeat', '{'],
      ['coordinator', 'POST', '/api/roster-shifts/1/repeat', nested(10_000, 'array')],
      ['communicatie', 'POST', '/api/organisations-import/preview', '{"file":1}'],
      ['communicatie', 'POST', '/api/organisations-import', '{'],
      ['communicatie', 'GET', '/api/organisations-export?format=exe'],
      ['baliemedewerker', 'POST', '/api/roster/calendar-token', '{'],
    ]
    const failures = []
    for (const [role, method, path, body] of cases)
      failures.push(
        await check(`${method} ${path.slice(0, 70)}`, () => raw(role, method, path, body), {
          mayAccept: (method === 'GET' && /search|taxonomy/.test(path)) || path.endsWith('calendar-token'),
        }),
      )
    expectNoFailures(failures)
  })

  it('an import file that is not CSV or Excel, or is broken, is refused with a reason and imports nothing', async () => {
    const failures = []
    for (const [name, bytes, type] of [
      ['leeg.csv', '', 'text/csv'],
      ['kapot.xlsx', 'PK\u0003\u0004 kapot', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['plaatje.png', '\u0089PNG\r\n', 'image/png'],
      ['nul.csv', 'naam;korte omschrijving\n\u0000\u0000;\ud800', 'text/csv'],
    ] as const) {
      for (const path of ['/api/organisations-import/preview', '/api/organisations-import']) {
        const form = new FormData()
        form.append('file', new Blob([bytes], { type }), name)
        form.append('mapping', '{kapot')
        failures.push(
          await check(
            `${path} ${name}`,
            () => api(app.url, 'POST', path, { token: users.communicatie.token, body: form }),
            {
              mayAccept: true,
              writes: 'organisations',
            },
          ),
        )
      }
    }
    expectNoFailures(failures)
  })
})

describe('paths that once ended in a 500', () => {
  it.each([
    '/api/registrations/versions',
    '/api/users/versions',
    '/api/registrations/versions/1',
    '/api/media/file/%252e%252e%252fpt.db',
    '/api/media/file/bestaat-niet.png',
  ])('GET %s is a 404 with a Dutch reason', async (path) => {
    for (const role of ['baliemedewerker', 'beheerder'] as const) {
      const res = await api(app.url, 'GET', path, { token: users[role].token })
      expect([path, role, res.status]).toEqual([path, role, 404])
      expect(res.body.errors[0].message).toMatch(
        /^(Deze verzameling houdt geen versies bij|Dit bestand bestaat niet)\.$/,
      )
    }
  })
})
