import { beforeAll, describe, expect, it } from '@jest/globals'

import { api, login, TEST_PASSWORD } from '../helpers/api'
import { unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

/**
 * A network's area: its municipalities and kernen are records of the network, which communications
 * staff keep; an Infopunt names its kern, and its municipality follows. Over real HTTP, as the admin
 * and REST clients send them.
 */
const app = useTestApp()

type Id = number // opaque at run time; the generated types say number
let a: Id
let b: Id
let editorA: string
let editorB: string

const editor = async (network: Id) => {
  const email = `${unique('communicatie')}@netwerk.example`
  await app.payload.create({
    collection: 'users',
    data: {
      name: unique('Redacteur'),
      email,
      password: TEST_PASSWORD,
      active: true,
      networks: [{ network, role: 'communicatie' }],
    },
  })
  return login(app.url, email)
}

const post = (token: string, collection: string, body: Record<string, unknown>) =>
  api(app.url, 'POST', `/api/${collection}?depth=0`, { token, body })

const count = async (collection: 'municipalities' | 'kernen' | 'locations', name: string) =>
  (await app.payload.count({ collection, where: { name: { equals: name } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  ;[{ id: a }] = (await app.payload.find({ collection: 'networks', depth: 0, limit: 1 })).docs
  ;({ id: b } = await app.payload.create({ collection: 'networks', data: { name: unique('Netwerk B') } }))
  editorA = await editor(a)
  editorB = await editor(b)
})

describe("a network's municipalities and kernen", () => {
  it('are made by communications staff in their own network, a name once per network', async () => {
    const name = unique('Gemeente')
    const made = await post(editorA, 'municipalities', { name })
    expect(made.status).toBe(201)
    expect(made.body.doc.network).toBe(a)
    const again = await post(editorA, 'municipalities', { name })
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain('Deze gemeente bestaat al in je netwerk.')
    // Another network may have a municipality of the same name: areas are a network's own.
    expect((await post(editorB, 'municipalities', { name })).status).toBe(201)
    expect(await count('municipalities', name)).toBe(2)
  })

  it('keep a kern once per municipality', async () => {
    const municipality = (await post(editorA, 'municipalities', { name: unique('Gemeente') })).body.doc.id
    const name = unique('Kern')
    expect((await post(editorA, 'kernen', { name, municipality })).status).toBe(201)
    const again = await post(editorA, 'kernen', { name, municipality })
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain('Deze kern bestaat al in deze gemeente.')
    expect(await count('kernen', name)).toBe(1)
  })

  it("give an Infopunt its kern's municipality, also when the kern changes", async () => {
    const first = (await post(editorA, 'municipalities', { name: unique('Gemeente') })).body.doc.id
    const second = (await post(editorA, 'municipalities', { name: unique('Gemeente') })).body.doc.id
    const kernInFirst = (await post(editorA, 'kernen', { name: unique('Kern'), municipality: first })).body.doc.id
    const kernInSecond = (await post(editorA, 'kernen', { name: unique('Kern'), municipality: second })).body.doc.id
    // A municipality sent along that disagrees with the kern is not what is stored.
    const made = await post(editorA, 'locations', { name: unique('Infopunt'), kern: kernInFirst, municipality: second })
    expect(made.status).toBe(201)
    expect(made.body.doc).toMatchObject({ kern: kernInFirst, municipality: first })
    const moved = await api(app.url, 'PATCH', `/api/locations/${made.body.doc.id}?depth=0`, {
      token: editorA,
      body: { kern: kernInSecond },
    })
    expect(moved.status).toBe(200)
    expect(moved.body.doc).toMatchObject({ kern: kernInSecond, municipality: second })
    // A kern that moves to another municipality takes its Infopunten along.
    const kernMoved = await api(app.url, 'PATCH', `/api/kernen/${kernInSecond}?depth=0`, {
      token: editorA,
      body: { municipality: first },
    })
    expect(kernMoved.status).toBe(200)
    const stored = await app.payload.findByID({ collection: 'locations', id: made.body.doc.id, depth: 0 })
    expect(stored).toMatchObject({ kern: kernInSecond, municipality: first })
  })

  it('refuse an Infopunt without a kern, or with a kern of another network, storing nothing', async () => {
    const theirs = (await post(editorB, 'municipalities', { name: unique('Gemeente') })).body.doc.id
    const theirKern = (await post(editorB, 'kernen', { name: unique('Kern'), municipality: theirs })).body.doc.id
    for (const body of [{}, { kern: theirKern }, { kern: 999_999 }, { kern: 'geen-kern' }]) {
      const name = unique('Infopunt')
      const res = await post(editorA, 'locations', { name, ...body })
      expect([res.status, JSON.stringify(res.body)]).toEqual([400, expect.stringContaining('kern')])
      expect(await count('locations', name)).toBe(0)
    }
  })

  it('take a name once whatever its capitals and spaces, and store it tidied', async () => {
    const municipality = (await post(editorA, 'municipalities', { name: unique('Gemeente') })).body.doc.id
    const name = unique('Oud Avereest')
    const made = await post(editorA, 'kernen', { name: `  ${name.replace(' ', '   ')} `, municipality })
    expect([made.status, made.body.doc.name]).toEqual([201, name])
    for (const again of [name.toUpperCase(), `${name} `, name.replace(' ', '  ')]) {
      const res = await post(editorA, 'kernen', { name: again, municipality })
      expect([again, res.status]).toEqual([again, 400])
    }
    const blank = await post(editorA, 'kernen', { name: '   ', municipality })
    expect(blank.status).toBe(400)
    expect(
      (await app.payload.count({ collection: 'kernen', where: { municipality: { equals: municipality } } })).totalDocs,
    ).toBe(1)
  })

  it("say of another network's kern only that it cannot be chosen, not which municipality it is in", async () => {
    const theirs = (await post(editorB, 'municipalities', { name: unique('Gemeente') })).body.doc.id
    const theirKern = (await post(editorB, 'kernen', { name: unique('Kern'), municipality: theirs })).body.doc.id
    const res = await post(editorA, 'locations', { name: unique('Infopunt'), kern: theirKern })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual(['kern'])
  })

  it('delete a kern an Infopunt stood in before: its earlier versions keep no kern', async () => {
    const municipality = (await post(editorA, 'municipalities', { name: unique('Gemeente') })).body.doc.id
    const before = (await post(editorA, 'kernen', { name: unique('Kern'), municipality })).body.doc.id
    const after = (await post(editorA, 'kernen', { name: unique('Kern'), municipality })).body.doc.id
    const location = (await post(editorA, 'locations', { name: unique('Infopunt'), kern: before })).body.doc.id
    const moved = await api(app.url, 'PATCH', `/api/locations/${location}`, { token: editorA, body: { kern: after } })
    expect(moved.status).toBe(200)
    const deleted = await api(app.url, 'DELETE', `/api/kernen/${before}`, { token: editorA })
    expect(deleted.status).toBe(200)
    const { docs } = await app.payload.findVersions({
      collection: 'locations',
      where: { parent: { equals: location } },
      depth: 0,
      sort: 'createdAt',
    })
    expect(docs.map((version) => version.version.kern ?? null)).toEqual([null, after])
  })

  it('keep a kern with an Infopunt and a municipality with kernen, saying why', async () => {
    const municipality = (await post(editorA, 'municipalities', { name: unique('Gemeente') })).body.doc.id
    const kern = (await post(editorA, 'kernen', { name: unique('Kern'), municipality })).body.doc.id
    const location = (await post(editorA, 'locations', { name: unique('Infopunt'), kern })).body.doc.id
    const remove = (collection: string, id: Id) =>
      api(app.url, 'DELETE', `/api/${collection}/${id}`, { token: editorA })
    const kernRefused = await remove('kernen', kern)
    expect([kernRefused.status, kernRefused.body.errors?.[0]?.message]).toEqual([
      400,
      'Verwijderen kan niet: in deze kern staat nog een Infopunt.',
    ])
    const municipalityRefused = await remove('municipalities', municipality)
    expect([municipalityRefused.status, municipalityRefused.body.errors?.[0]?.message]).toEqual([
      400,
      'Verwijderen kan niet: deze gemeente heeft nog een kern.',
    ])
    expect((await remove('locations', location)).status).toBe(200)
    expect((await remove('kernen', kern)).status).toBe(200)
    expect((await remove('municipalities', municipality)).status).toBe(200)
  })

  it("are another network's to read: by id 404, in lists not at all", async () => {
    const theirs = (await post(editorB, 'municipalities', { name: unique('Gemeente') })).body.doc.id
    expect((await api(app.url, 'GET', `/api/municipalities/${theirs}`, { token: editorA })).status).toBe(404)
    const listed = await api(app.url, 'GET', `/api/municipalities?where[id][equals]=${theirs}`, { token: editorA })
    expect([listed.status, listed.body.totalDocs]).toEqual([200, 0])
  })
})
