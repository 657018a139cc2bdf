/**
 * The request shapes Payload's own admin sends, over real HTTP behind the same guards as in
 * production: its pickers read lists with POST + X-Payload-HTTP-Method-Override and a form-encoded
 * query (@payloadcms/ui fields/Relationship and Upload), and its edit form sends an empty list field
 * as 0 (its form state counts rows). The browser journeys in tests/e2e/admin-journeys.test.ts walk
 * the same paths; these pin the shapes down without a build.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { stringify } from 'qs-esm'

import { api, createRoleUsers } from '../helpers/api'
import { createBasics, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>
let basics: Awaited<ReturnType<typeof createBasics>>

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  basics = await createBasics(app.payload)
}, 120_000)

/** A list read the way the admin's relationship picker sends it. */
const pickerRead = (path: string, body: string, contentType = 'application/x-www-form-urlencoded') =>
  api(app.url, 'POST', path, {
    token: users.communicatie.token,
    body,
    headers: { 'Content-Type': contentType, 'X-Payload-HTTP-Method-Override': 'GET' },
  })

/** A create or update the way the admin's edit form sends it: multipart with the data in `_payload`. */
const adminSave = (method: string, path: string, data: Record<string, unknown>) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  return api(app.url, method, path, { token: users.communicatie.token, body: form })
}

describe("the admin's relationship picker (POST read with a form-encoded query)", () => {
  it('lists the options by the query in the body', async () => {
    // As @payloadcms/ui builds it for an organisation picker with a search term.
    const query = stringify({
      depth: 0,
      draft: true,
      limit: 10,
      page: 1,
      select: { name: true },
      sort: 'name',
      where: { and: [{ id: { not_in: [] } }, { name: { like: basics.organisation.name } }] },
    })
    const res = await pickerRead('/api/organisations', query)
    expect(res.status).toBe(200)
    expect(res.body.docs.map((doc: { name: string }) => doc.name)).toEqual([basics.organisation.name])
  })

  it('loads the titles of chosen documents (where id in …)', async () => {
    const query = stringify({ depth: 0, draft: true, limit: 1, where: { id: { in: [basics.theme.id] } } })
    const res = await pickerRead('/api/themes', query)
    expect(res.status).toBe(200)
    expect(res.body.docs).toEqual([expect.objectContaining({ id: basics.theme.id, name: basics.theme.name })])
  })

  it('accepts the content type with a charset as well', async () => {
    const res = await pickerRead(
      '/api/themes',
      stringify({ where: { id: { equals: basics.theme.id } } }),
      'application/x-www-form-urlencoded; charset=UTF-8',
    )
    expect(res.status).toBe(200)
    expect(res.body.docs).toHaveLength(1)
  })

  it('checks the query in the body as it checks one in the URL', async () => {
    const badJson = await pickerRead('/api/organisations', 'where=tekst')
    expect(badJson.status).toBe(400)
    expect(badJson.body.errors[0].message).toMatch(/where/)
    const deep = await pickerRead(
      '/api/organisations',
      'where=' + encodeURIComponent('{"and":['.repeat(300) + '{}' + ']}'.repeat(300)),
    )
    expect(deep.status).toBe(400)
    const objectValue = await pickerRead('/api/organisations', 'where[name][equals][$ne]=1')
    expect(objectValue.status).toBeGreaterThanOrEqual(400)
    expect(objectValue.status).toBeLessThan(500)
  })

  it('still refuses a form-encoded body that is not such a read (Payload would not read it)', async () => {
    const res = await api(app.url, 'POST', '/api/organisations', {
      token: users.communicatie.token,
      body: 'name=Iets',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(res.status).toBe(415)
  })
})

describe("the admin's edit form", () => {
  it('saves a new organisation without opening hours (sent as 0) and stores an empty list', async () => {
    const name = unique('Zonder openingstijden')
    const res = await adminSave('POST', '/api/organisations?depth=0&fallback-locale=null', {
      name,
      shortDescription: 'Alleen de verplichte velden.',
      kindOfHelp: 'formal',
      status: 'active',
      openingHours: 0,
      themes: [],
    })
    expect(res.status).toBe(201)
    const stored = await app.payload.findByID({ collection: 'organisations', id: res.body.doc.id, depth: 0 })
    expect(stored.openingHours).toEqual([])
  })

  it('removes every opening-hours row when the editor empties the list', async () => {
    const organisation = await app.payload.create({
      collection: 'organisations',
      data: {
        name: unique('Met openingstijden'),
        shortDescription: 'Heeft openingstijden.',
        kindOfHelp: 'formal',
        status: 'active',
        openingHours: [{ weekday: 'mon', opens: '09:00', closes: '12:00' }],
      },
    })
    const res = await adminSave('PATCH', `/api/organisations/${organisation.id}?depth=0`, {
      name: organisation.name,
      openingHours: 0,
    })
    expect(res.status).toBe(200)
    const stored = await app.payload.findByID({ collection: 'organisations', id: organisation.id, depth: 0 })
    expect(stored.openingHours).toEqual([])
  })

  it('still refuses a list given as another number or as text', async () => {
    for (const openingHours of [3, 'geen']) {
      const res = await adminSave('POST', '/api/organisations', {
        name: unique('Fout'),
        shortDescription: 'Fout.',
        kindOfHelp: 'formal',
        status: 'active',
        openingHours,
      })
      expect(res.status).toBe(400)
    }
  })
})
