import { randomUUID } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import datapackage from 'datapackage'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

import { currentStamp } from '../../src/directory/freshness'
import { seed } from '../../src/seed'
import { api, createRoleUsers } from '../helpers/api'
import { rowCounts } from '../helpers/rowCounts'
import { useTestApp } from '../helpers/useTestApp'

/** The Open Referral HSDS 3.0 schemas, shipped beside the repository. */
const schemaDir = path.resolve(process.cwd(), '../shared/hsds-3.0')
const readSchema = (file: string) => JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8'))

const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
// The object schemas, by file name: the compiled ones refer to them.
for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.json') && name !== 'openapi.json'))
  ajv.addSchema({ ...readSchema(file), $id: file })
const schema = (file: string): ValidateFunction =>
  ajv.getSchema(file) ?? ajv.compile({ ...readSchema(file), $id: file })
const validators = {
  organization: schema('compiled/organization.json'),
  organizationList: schema('compiled/organization_list.json'),
  service: schema('compiled/service.json'),
  serviceList: schema('compiled/service_list.json'),
  taxonomyTerm: schema('taxonomy_term.json'),
  taxonomy: schema('taxonomy.json'),
  serviceAtLocation: schema('compiled/service_at_location.json'),
  serviceAtLocationList: schema('compiled/service_at_location_list.json'),
  // Its references name the object schemas beside it, as if it lay there.
  tabular: ajv.compile({ ...readSchema('compiled/tabular.json'), $id: 'tabular.json' }),
}

const expectValid = (validate: ValidateFunction, value: unknown) => {
  const valid = validate(value)
  expect(valid ? [] : validate.errors).toEqual([])
}

const expectPage = (body: Record<string, unknown>) => {
  for (const field of ['total_items', 'total_pages', 'page_number', 'size'])
    expect(Number.isInteger(body[field])).toBe(true)
  for (const field of ['first_page', 'last_page', 'empty']) expect(typeof body[field]).toBe('boolean')
  expect(Array.isArray(body.contents)).toBe(true)
}

const app = useTestApp()
let token: string
let editorToken: string
beforeAll(async () => {
  // Made in the installation's one network, which the seed turns into Infopunten Dalfsen: its
  // directory is the one exported (the demo's other network, Netwerk Versterkt, has one of its own).
  const users = await createRoleUsers(app.payload, app.url)
  await seed(app.payload)
  token = users.baliemedewerker.token
  editorToken = users.communicatie.token
}, 120_000)

const get = (pathAndQuery: string, auth = true) =>
  api(app.url, 'GET', `/api/hsds${pathAndQuery}`, { token: auth ? token : undefined })

describe('Open Referral HSDS 3.0 export', () => {
  it('describes itself', async () => {
    const res = await get('')
    expect(res.status).toBe(200)
    expect(res.body.version).toBe('3.0')
  })

  it('lists organisations, paged, each valid', async () => {
    const res = await get('/organizations?per_page=10&page=2')
    expect(res.status).toBe(200)
    expectPage(res.body)
    expect(res.body).toMatchObject({
      total_items: 22, // the seed's organisations and the regional one Dalfsen offers
      total_pages: 3,
      page_number: 2,
      size: 10,
      first_page: false,
      last_page: false,
    })
    for (const organisation of res.body.contents) expectValid(validators.organizationList, organisation)
  })

  it('serves every organisation in full, valid, with its services', async () => {
    const list = await get('/organizations?per_page=500')
    for (const { id } of list.body.contents) {
      const res = await get(`/organizations/${id}`)
      expect(res.status).toBe(200)
      expectValid(validators.organization, res.body)
    }
    const humanitas = list.body.contents.find(
      (organisation: { name: string }) => organisation.name === 'Humanitas Dalfsen',
    )
    const detail = await get(`/organizations/${humanitas.id}`)
    expect(detail.body.services.map((service: { name: string }) => service.name).sort()).toEqual([
      'Home-Start',
      'Thuisadministratie',
    ])
  })

  it('lists and serves services, valid, including organisations without separate services', async () => {
    const list = await get('/services?per_page=500')
    expect(list.status).toBe(200)
    expectPage(list.body)
    for (const service of list.body.contents) expectValid(validators.serviceList, service)
    expect(list.body.contents.map((service: { name: string }) => service.name)).toEqual(
      expect.arrayContaining(['Home-Start', 'Carinova']),
    )
    for (const { id } of list.body.contents.slice(0, 15)) {
      const res = await get(`/services/${id}`)
      expect(res.status).toBe(200)
      expectValid(validators.service, res.body)
    }
  })

  it('lists the themes as taxonomy terms, valid', async () => {
    const res = await get('/taxonomy_terms?per_page=100')
    expect(res.status).toBe(200)
    expect(res.body.total_items).toBe(20)
    for (const term of res.body.contents) expectValid(validators.taxonomyTerm, term)
  })

  it('serves each taxonomy term, the taxonomy, and filters terms by taxonomy, parent and level', async () => {
    const taxonomies = await get('/taxonomies')
    expect(taxonomies.status).toBe(200)
    expectPage(taxonomies.body)
    expect(taxonomies.body.total_items).toBe(1)
    const [taxonomy] = taxonomies.body.contents
    expectValid(validators.taxonomy, taxonomy)
    const one = await get(`/taxonomies/${taxonomy.id}`)
    expect(one.status).toBe(200)
    expectValid(validators.taxonomy, one.body)
    expect((await get('/taxonomies?search=bestaatniet')).body.total_items).toBe(0)

    const terms = (await get('/taxonomy_terms?per_page=100')).body.contents as { id: string; parent_id?: string }[]
    for (const { id } of terms.slice(0, 5)) {
      const res = await get(`/taxonomy_terms/${id}`)
      expect(res.status).toBe(200)
      expectValid(validators.taxonomyTerm, res.body)
      expect(res.body.taxonomy_id).toBe(taxonomy.id)
    }
    expect((await get(`/taxonomy_terms?taxonomy_id=${taxonomy.id}`)).body.total_items).toBe(terms.length)
    expect((await get('/taxonomy_terms?taxonomy_id=00000000-0000-5000-8000-000000000000')).body.total_items).toBe(0)
    const topLevel = await get('/taxonomy_terms?top_only=true&per_page=100')
    expect(topLevel.body.total_items).toBe(terms.filter((term) => !term.parent_id).length)
    const child = terms.find((term) => term.parent_id)
    if (child) {
      const children = await get(`/taxonomy_terms?parent_id=${child.parent_id}&per_page=100`)
      expect(children.body.contents.map((term: { id: string }) => term.id)).toContain(child.id)
      for (const term of children.body.contents) expect(term.parent_id).toBe(child.parent_id)
    }
    expect((await get('/taxonomy_terms/00000000-0000-5000-8000-000000000000')).status).toBe(404)
  })

  it('lists and serves services at their locations, valid, in short and in full', async () => {
    const list = await get('/service_at_locations?per_page=500')
    expect(list.status).toBe(200)
    expectPage(list.body)
    expect(list.body.total_items).toBeGreaterThan(0)
    for (const row of list.body.contents) expectValid(validators.serviceAtLocationList, row)
    const full = await get('/service_at_locations?per_page=5&full=true')
    for (const row of full.body.contents) {
      expectValid(validators.serviceAtLocation, row)
      expect(row.location.location_type).toBe('physical')
    }
    // The spec points /service_at_locations/{id} at the service schema, but what it describes (and
    // returns here) is the service at a location, fully nested.
    for (const { id } of list.body.contents.slice(0, 5)) {
      const res = await get(`/service_at_locations/${id}`)
      expect(res.status).toBe(200)
      expectValid(validators.serviceAtLocation, res.body)
      expectValid(validators.service, res.body.service)
    }
    expect((await get('/service_at_locations/00000000-0000-5000-8000-000000000000')).status).toBe(404)
    // Opening hours are weekly schedules of the location.
    const withHours = full.body.contents.find(
      (row: { location: { schedules: unknown[] } }) => row.location.schedules.length,
    )
    expect(withHours?.location.schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00' })
  })

  it('carries languages and costs per service, languages and accessibility per location, valid', async () => {
    type Nested = Record<string, string | number>
    const services = (await get('/services?full=true&per_page=500')).body.contents as {
      languages: Nested[]
      cost_options: Nested[]
    }[]
    const euros = services.find((service) => service.cost_options.some((cost) => Number(cost.amount) > 0))
    const spoken = services.find((service) => service.languages.length > 1)
    for (const service of [euros, spoken]) expectValid(validators.service, service)
    expect(euros!.cost_options[0]).toMatchObject({
      currency: 'EUR',
      option: expect.stringMatching(/^(Eigen bijdrage|Betaald)$/),
    })
    expect(spoken!.languages).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'nl', name: 'Nederlands' })]),
    )
    const free = services.find((service) => service.cost_options[0]?.option === 'Gratis')
    expect(free!.cost_options[0]).toMatchObject({ amount: 0, currency: 'EUR' })

    const places = (await get('/service_at_locations?full=true&per_page=500')).body.contents as {
      service: Nested
      location: { id: string; languages: Nested[]; accessibility: Nested[] }
    }[]
    const accessible = places.find((row) => row.location.accessibility.length)
    expectValid(validators.serviceAtLocation, accessible)
    expect(accessible!.location.accessibility[0].description).toMatch(/Rolstoeltoegankelijk/)
    expect(accessible!.location.accessibility[0].location_id).toBe(accessible!.location.id)
    const withLanguages = places.find((row) => row.location.languages.length)
    expect(withLanguages!.location.languages[0].location_id).toBe(withLanguages!.location.id)
    // An organisation's locations carry them too.
    const organisation = await get(`/organizations/${accessible!.service.organization_id}`)
    expectValid(validators.organization, organisation.body)
  })

  it('honours organization_id, taxonomy_term_id, taxonomy_id, full, full_service, minimal and format', async () => {
    const organisations = (await get('/organizations?search=humanitas')).body.contents
    const humanitas = organisations[0].id
    for (const route of ['/services', '/service_at_locations']) {
      const res = await get(`${route}?organization_id=${humanitas}&full=true`)
      expect(res.status).toBe(200)
      expect(res.body.total_items).toBe(2)
      for (const row of res.body.contents)
        expect(route === '/services' ? row.organization_id : row.service.organization_id).toBe(humanitas)
    }
    const services = (await get('/services?full=true&per_page=500')).body.contents as {
      id: string
      attributes: { taxonomy_term_id: string }[]
    }[]
    for (const service of services.slice(0, 3)) expectValid(validators.service, service)
    const term = services.find((service) => service.attributes.length)!.attributes[0].taxonomy_term_id
    const withTerm = services.filter((service) => service.attributes.some((a) => a.taxonomy_term_id === term))
    const byTerm = await get(`/services?taxonomy_term_id=${term}&per_page=500`)
    expect(byTerm.body.contents.map((service: { id: string }) => service.id).sort()).toEqual(
      withTerm.map((service) => service.id).sort(),
    )
    const taxonomy = (await get('/taxonomies')).body.contents[0].id
    expect((await get(`/services?taxonomy_id=${taxonomy}`)).body.total_items).toBe(
      services.filter((service) => service.attributes.length).length,
    )
    expect((await get(`/service_at_locations?taxonomy_term_id=${term}`)).body.total_items).toBeGreaterThan(0)
    expect((await get('/services?organization_id=00000000-0000-5000-8000-000000000000')).body.total_items).toBe(0)

    const minimal = await get('/services?minimal=true&per_page=500')
    expect(Object.keys(minimal.body.contents[0]).sort()).toEqual(['id', 'last_modified'])

    const fullOrganisations = await get('/organizations?full=true&per_page=3')
    for (const organisation of fullOrganisations.body.contents) expectValid(validators.organization, organisation)
    const short = await get(`/organizations/${humanitas}`)
    expect(short.body.services[0].phones).toBeUndefined()
    const fullService = await get(`/organizations/${humanitas}?full_service=true`)
    expectValid(validators.organization, fullService.body)
    expect(fullService.body.services[0].service_areas.length).toBeGreaterThan(0)

    const ndjson = await fetch(`${app.url}/api/hsds/taxonomy_terms?format=ndjson`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(ndjson.headers.get('content-type')).toContain('application/x-ndjson')
    const lines = (await ndjson.text()).trim().split('\n')
    expect(lines).toHaveLength(20)
    for (const line of lines) expectValid(validators.taxonomyTerm, JSON.parse(line))
  })

  it('refuses every parameter it cannot honour, with a Dutch reason', async () => {
    const refused = [
      '/services?organisation_id=x',
      '/services?organization_id=humanitas',
      '/services?taxonomy_term_id=123',
      '/services?full=ja',
      '/services?minimal=true&full=true',
      '/services?format=xml',
      '/services?format=ndjson&page=2',
      '/services?page=1&page=2',
      '/services/00000000-0000-5000-8000-000000000000?full=true',
      '/service_at_locations?postcode=7721AA',
      '/service_at_locations?proximity=1000',
      '/taxonomy_terms?organization_id=00000000-0000-5000-8000-000000000000',
      '/taxonomies?full=true',
      '?page=1',
      '/datapackage.zip?full=true',
    ]
    for (const route of refused) {
      const res = await get(route)
      expect([route, res.status]).toEqual([route, 400])
      expect(res.body.error).toMatch(/ (moet|kent|wordt niet ondersteund|sluiten elkaar uit|gelden niet|maar één keer)/)
    }
  })

  it("keeps the desk workers' referral instructions out of application_process", async () => {
    const [organisations, services] = await Promise.all(
      (['organisations', 'services'] as const).map((collection) =>
        app.payload.find({ collection, pagination: false, depth: 0 }),
      ),
    )
    const instructions = [...organisations.docs, ...services.docs]
      .map((doc) => doc.referral?.instructions)
      .filter(Boolean)
    expect(instructions.length).toBeGreaterThan(0)
    const exported = JSON.stringify((await get('/services?full=true&per_page=500')).body)
    for (const text of instructions) expect(exported).not.toContain(text)
  })

  it('filters with search and modified_after', async () => {
    const search = await get('/organizations?search=humanitas')
    expect(search.body.contents.map((organisation: { name: string }) => organisation.name)).toEqual([
      'Humanitas Dalfsen',
    ])
    // Case and accents do not matter, as in the Wegwijzer.
    const accented = await get('/organizations?search=HUMANITÄS%20dalfsen')
    expect(accented.body.contents.map((organisation: { name: string }) => organisation.name)).toEqual([
      'Humanitas Dalfsen',
    ])
    const future = await get(`/services?modified_after=${new Date(Date.now() + 60_000).toISOString()}`)
    expect(future.body).toMatchObject({ total_items: 0, empty: true })
  })

  it('refuses bad paging and unknown ids with a reason', async () => {
    expect((await get('/organizations?per_page=0')).status).toBe(400)
    expect((await get('/services?modified_after=gisteren')).status).toBe(400)
    // Dates Date.parse would read as another date than the one meant: day first, a bare number, a day
    // that does not exist.
    for (const date of ['05-12-2026', '1', 'morgen 2026', '2026-02-30', '2026-12-05 10:00'])
      expect((await get(`/services?modified_after=${encodeURIComponent(date)}`)).status).toBe(400)
    for (const date of ['2026-12-05', '2026-12-05T10:00:00Z', '2026-12-05T10:00:00.000+01:00'])
      expect((await get(`/services?modified_after=${encodeURIComponent(date)}`)).status).toBe(200)
    expect((await get('/organizations/00000000-0000-5000-8000-000000000000')).status).toBe(404)
  })

  it('is for staff only by default, and public when HSDS_PUBLIC=true', async () => {
    expect((await get('/organizations', false)).status).toBe(401)
    process.env.HSDS_PUBLIC = 'true'
    try {
      // The demo has two networks: the public names the one whose directory it reads.
      expect((await get('/organizations', false)).status).toBe(400)
      expect((await get('/organizations?network=infopunten-dalfsen', false)).status).toBe(200)
    } finally {
      delete process.env.HSDS_PUBLIC
    }
  })
})

describe('HSDS tabular data package', () => {
  it('reads with a Frictionless reader: every row valid, every foreign key resolved', async () => {
    const response = await fetch(`${app.url}/api/hsds/datapackage.zip`, { headers: { Authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    const zip = new Uint8Array(await response.arrayBuffer())
    const files = unzipSync(zip)
    const dir = mkdtempSync(path.join(tmpdir(), 'hsds-package-'))
    try {
      writeFileSync(path.join(dir, 'package.zip'), zip)
      const pkg = await datapackage.Package.load(path.join(dir, 'package.zip'))
      expect(pkg.errors).toEqual([])
      expect(pkg.valid).toBe(true)
      expect(pkg.descriptor.profile).toBe('tabular-data-package')

      const tabular = readSchema('compiled/tabular.json').properties as Record<
        string,
        { items: { path: string; properties: Record<string, { type: string }> } }
      >
      const tables: Record<string, Record<string, unknown>[]> = {}
      for (const resource of pkg.resources) {
        // The HSDS table of this name, in the file HSDS names for it.
        expect(resource.descriptor).toMatchObject({ path: tabular[resource.name].items.path })
        // Cast to the declared types and formats, with every foreign key looked up: throws on any fault.
        await resource.read({ keyed: true, relations: true })
        const properties = tabular[resource.name].items.properties
        const raw = await resource.read({ keyed: true, cast: false })
        const [header] = parse(strFromU8(files[tabular[resource.name].items.path])) as string[][]
        expect(header).toEqual(resource.descriptor.schema.fields.map((field) => field.name))
        // As HSDS JSON: empty cells left out, numbers as numbers.
        tables[resource.name] = raw.map((row) =>
          Object.fromEntries(
            Object.entries(row)
              .filter(([, value]) => value !== '' && value !== null)
              .map(([field, value]) => [field, properties[field]?.type === 'number' ? Number(value) : value]),
          ),
        )
      }
      expectValid(validators.tabular, tables)
      const filled = Object.entries(tables).filter(([, rows]) => rows.length)
      expect(filled.map(([name]) => name).sort()).toEqual(
        [
          'accessibility',
          'attribute',
          'cost_option',
          'language',
          'location',
          'organization',
          'phone',
          'schedule',
          'service',
          'service_area',
          'service_at_location',
          'taxonomy',
          'taxonomy_term',
        ].sort(),
      )
      // The reader does catch a dangling reference, and a datetime with milliseconds.
      const [columns, first, ...rest] = parse(strFromU8(files['services.csv'])) as string[][]
      for (const [field, value, fault] of [
        ['organization_id', '00000000-0000-5000-8000-000000000000', /Foreign key "organization_id" violation/],
        ['last_modified', '2026-11-30T02:48:43.983Z', /type and format mismatch/],
      ] as const) {
        const broken = first.map((cell, index) => (columns[index] === field ? value : cell))
        const csv = stringify([columns, broken, ...rest])
        writeFileSync(path.join(dir, 'broken.zip'), zipSync({ ...files, 'services.csv': strToU8(csv) }))
        const brokenPackage = await datapackage.Package.load(path.join(dir, 'broken.zip'))
        const service = brokenPackage.resources.find((resource) => resource.name === 'service')!
        await expect(service.read({ keyed: true, relations: true })).rejects.toThrow(fault)
      }

      // An attribute's link_id names a row of the table in its link_entity.
      for (const attribute of tables.attribute)
        expect(tables[String(attribute.link_entity)].some((row) => row.id === attribute.link_id)).toBe(true)

      const [organisations, services, terms] = await Promise.all(
        ['/organizations', '/services', '/taxonomy_terms'].map(
          async (route) => (await get(`${route}?per_page=1`)).body.total_items,
        ),
      )
      expect([tables.organization.length, tables.service.length, tables.taxonomy_term.length]).toEqual([
        organisations,
        services,
        terms,
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('Open Referral import', () => {
  const dataPackage = async () => {
    const response = await fetch(`${app.url}/api/hsds/datapackage.zip`, { headers: { Authorization: `JWT ${token}` } })
    return new Uint8Array(await response.arrayBuffer())
  }
  const upload = (path: string, bytes: Uint8Array, fields?: Record<string, unknown>) => {
    const body = new FormData()
    body.append('file', new Blob([new Uint8Array(bytes)]), 'infopunt-hsds-datapackage.zip')
    if (fields) body.append('_payload', JSON.stringify(fields))
    return api(app.url, 'POST', `/api/hsds-import${path}`, { token: editorToken, body })
  }
  const fromUrl = (url: string) =>
    api(app.url, 'POST', '/api/hsds-import/preview', { token: editorToken, body: { url } })
  const contents = (zip: Uint8Array) =>
    Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]))

  it('sees our own export, as a package and through the API, as unchanged', async () => {
    const preview = await upload('/preview', await dataPackage())
    expect(preview.status).toBe(200)
    expect(preview.body.totals).toMatchObject({ create: 0, update: 0, conflict: 0 })
    expect(preview.body.totals.unchanged).toBe(preview.body.totals.entries)
    expect(preview.body.totals.entries).toBeGreaterThan(40)

    Object.assign(process.env, { HSDS_PUBLIC: 'true', HSDS_IMPORT_ALLOW_PRIVATE: 'true' })
    try {
      // A regional installation's feed names its network; the address's query goes along on every page.
      const viaApi = await fromUrl(`${app.url}/api/hsds?network=infopunten-dalfsen`)
      expect(viaApi.status).toBe(200)
      expect(viaApi.body.totals).toEqual(preview.body.totals)
    } finally {
      delete process.env.HSDS_PUBLIC
      delete process.env.HSDS_IMPORT_ALLOW_PRIVATE
    }
  })

  it('refuses bad input with a Dutch reason and changes nothing', async () => {
    const before = await rowCounts(app.payload)
    const zip = await dataPackage()
    const files = unzipSync(zip)
    const [columns, first, ...rest] = parse(strFromU8(files['services.csv'])) as string[][]
    const broken = first.map((cell, index) => (columns[index] === 'organization_id' ? 'humanitas' : cell))
    const wrongSchema = zipSync({ ...files, 'services.csv': strToU8(stringify([columns, broken, ...rest])) })
    const { ['organizations.csv']: _organisations, ...withoutOrganisations } = files
    for (const [bytes, status, reason] of [
      [strToU8('naam;telefoon\nHumanitas;0529'), 400, /geen zip-bestand/],
      [zip.slice(0, 200), 400, /beschadigd|organizations\.csv ontbreekt/],
      [zipSync(withoutOrganisations), 400, /organizations\.csv ontbreekt/],
      [wrongSchema, 400, /services\.csv, regel 2: organization_id moet een HSDS-id \(UUID\) zijn/],
    ] as const) {
      for (const path of ['/preview', '']) {
        const res = await upload(path, bytes as Uint8Array)
        expect([res.status, res.body.error]).toEqual([status, expect.stringMatching(reason)])
      }
    }

    // A 200 MB upload is refused by its declared length, before its body is read.
    const tooLarge = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(`${app.url}/api/hsds-import`, {
        method: 'POST',
        headers: {
          Authorization: `JWT ${editorToken}`,
          'Content-Type': 'multipart/form-data; boundary=x',
          'Content-Length': String(200 * 1024 * 1024),
        },
      })
      request.on('response', (response) => {
        let body = ''
        response.on('data', (chunk) => (body += chunk))
        response.on('end', () => {
          resolve({ status: response.statusCode!, body })
          request.destroy()
        })
      })
      request.on('error', reject)
      request.write('--x\r\n')
    })
    expect(tooLarge.status).toBe(413)
    expect(JSON.parse(tooLarge.body).error).toMatch(/te groot: een datapakket mag hoogstens 50 MB/)

    // Addresses: internal ones refused, a refused connection and a server that never answers told apart.
    const silent: Server = createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const closedPort = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    try {
      expect((await fromUrl(`${app.url}/api/hsds`)).body.error).toMatch(
        /intern netwerk.*HSDS_IMPORT_ALLOW_PRIVATE=true/,
      )
      expect((await fromUrl('ftp://example.org/hsds')).body.error).toMatch(/begint met https:\/\/ of http:\/\//)
      expect((await fromUrl('geen adres')).body.error).toMatch(/volledig webadres/)
      Object.assign(process.env, { HSDS_IMPORT_ALLOW_PRIVATE: 'true', HSDS_IMPORT_TIMEOUT_MS: '300' })
      const refused = await fromUrl(`http://127.0.0.1:${closedPort}/hsds`)
      expect([refused.status, refused.body.error]).toEqual([502, expect.stringMatching(/niet bereikbaar/)])
      const port = (silent.address() as AddressInfo).port
      const timedOut = await fromUrl(`http://127.0.0.1:${port}/hsds`)
      expect([timedOut.status, timedOut.body.error]).toEqual([502, expect.stringMatching(/antwoordde niet binnen/)])
      // Our own API without HSDS_PUBLIC asks for a login.
      expect((await fromUrl(`${app.url}/api/hsds`)).body.error).toMatch(/vraagt om in te loggen.*HSDS_PUBLIC=true/)
    } finally {
      delete process.env.HSDS_IMPORT_ALLOW_PRIVATE
      delete process.env.HSDS_IMPORT_TIMEOUT_MS
      silent.closeAllConnections()
      await new Promise((resolve) => silent.close(resolve))
    }
    expect(await rowCounts(app.payload)).toEqual(before)
    expect((await app.payload.count({ collection: 'directory-imports' })).totalDocs).toBe(0)
  })

  it('shows a local edit as a conflict, keeps it unless chosen, and records every import', async () => {
    const zip = await dataPackage()
    const [organisation] = (
      await app.payload.find({ collection: 'organisations', where: { name: { equals: 'Humanitas Dalfsen' } } })
    ).docs
    const original = organisation.shortDescription
    await app.payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { shortDescription: 'Hier lokaal aangepast.' },
    })
    const preview = await upload('/preview', zip)
    const conflicts = preview.body.entries.filter((entry: { action: string }) => entry.action === 'conflict')
    expect(conflicts).toEqual([
      expect.objectContaining({
        kind: 'organisation',
        name: 'Humanitas Dalfsen',
        matchedBy: 'hsdsId',
        changed: ['korte omschrijving'],
        editedLocally: ['korte omschrijving'],
      }),
    ])
    const shortDescription = async () =>
      (await app.payload.findByID({ collection: 'organisations', id: organisation.id })).shortDescription

    const kept = await upload('', zip)
    expect(kept.body).toMatchObject({ created: 0, updated: 0, conflicts: 1, overwritten: 0, kept: 1 })
    expect(await shortDescription()).toBe('Hier lokaal aangepast.')

    // The import renews the Wegwijzer of its own network only: the other network's index stays warm.
    const networks = (await app.payload.find({ collection: 'networks', sort: 'name', depth: 0 })).docs
    const stamps = () => Promise.all(networks.map((network) => currentStamp(app.payload, network.id)))
    const stampsBefore = await stamps()
    const overwritten = await upload('', zip, { overwrite: JSON.stringify([conflicts[0].key]) })
    expect(overwritten.body).toMatchObject({ created: 0, conflicts: 1, overwritten: 1, kept: 0 })
    expect(await shortDescription()).toBe(original)
    const stampsAfter = await stamps()
    expect(networks.map((network) => network.name)).toEqual(['Infopunten Dalfsen', 'Netwerk Versterkt'])
    expect(stampsAfter[0]).not.toBe(stampsBefore[0])
    expect(stampsAfter[1]).toBe(stampsBefore[1])
    // Now the record holds what the import wrote: no longer a conflict, and it keeps the HSDS id.
    const again = await upload('/preview', zip)
    expect(again.body.totals).toMatchObject({ conflict: 0, update: 0, create: 0 })

    // Changed at the source only: an update, not a conflict.
    const files = unzipSync(zip)
    const [columns, ...rows] = parse(strFromU8(files['organizations.csv'])) as string[][]
    const changedRows = rows.map((row) =>
      row[columns.indexOf('name')] === 'Humanitas Dalfsen'
        ? row.map((cell, index) => (columns[index] === 'description' ? 'Nieuw in de bron.' : cell))
        : row,
    )
    const changedAtSource = zipSync({ ...files, 'organizations.csv': strToU8(stringify([columns, ...changedRows])) })
    const update = (await upload('/preview', changedAtSource)).body.entries.filter(
      (entry: { action: string }) => entry.action !== 'unchanged',
    )
    expect(update).toEqual([
      expect.objectContaining({
        name: 'Humanitas Dalfsen',
        action: 'update',
        changed: ['korte omschrijving', 'omschrijving'],
        editedLocally: [],
      }),
    ])
    // Another source's id for an organisation we have: matched by its name.
    const elsewhere = zipSync({
      'organizations.csv': strToU8(`id,name,description\n${randomUUID()}, carinova ,Thuiszorg.\n`),
    })
    expect((await upload('/preview', elsewhere)).body.entries).toEqual([
      expect.objectContaining({ name: 'carinova', action: 'conflict', matchedBy: 'name' }),
    ])

    const records = await api(app.url, 'GET', '/api/directory-imports?sort=createdAt', { token: editorToken })
    expect(records.body.docs.map((doc: Record<string, unknown>) => [doc.source, doc.kept, doc.overwritten])).toEqual([
      ['infopunt-hsds-datapackage.zip', 1, 0],
      ['infopunt-hsds-datapackage.zip', 0, 1],
    ])
  })

  it('imports only what the preview showed: a change in between is refused (409) and nothing is written', async () => {
    const zip = await dataPackage()
    const preview = await upload('/preview', zip)
    expect(preview.body.digest).toMatch(/^[0-9a-f]{64}$/)
    const [organisation] = (
      await app.payload.find({ collection: 'organisations', where: { name: { equals: 'Humanitas Dalfsen' } } })
    ).docs
    await app.payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { shortDescription: 'Aangepast na het voorbeeld.' },
    })
    const before = await rowCounts(app.payload)
    const imports = (await app.payload.count({ collection: 'directory-imports' })).totalDocs

    const stale = await upload('', zip, { digest: preview.body.digest })
    expect([stale.status, stale.body.error]).toEqual([409, expect.stringMatching(/veranderd sinds je het voorbeeld/)])
    const odd = await upload('', zip, { digest: 42 })
    expect([odd.status, odd.body.error]).toEqual([400, expect.stringMatching(/moet tekst zijn/)])
    expect(await rowCounts(app.payload)).toEqual(before)
    expect((await app.payload.count({ collection: 'directory-imports' })).totalDocs).toBe(imports)

    const current = await upload('/preview', zip)
    expect(current.body.digest).not.toBe(preview.body.digest)
    const imported = await upload('', zip, { digest: current.body.digest })
    expect(imported.status).toBe(200)
    expect(imported.body).toMatchObject({ conflicts: 1, kept: 1 })
  })

  // Last in this file: it empties the directory.
  it('round trip: our export imported into an empty directory exports identically', async () => {
    const zip = await dataPackage()
    // The directory, and what cannot be without its organisation.
    for (const collection of [
      'referral-links',
      'referrals',
      'organisation-proposals',
      'verification-requests',
      'incorrect-info-reports',
      'services',
      'organisations',
      'themes',
    ] as const)
      expect((await app.payload.delete({ collection, where: { id: { exists: true } } })).errors).toEqual([])
    expect((await app.payload.count({ collection: 'organisations' })).totalDocs).toBe(0)

    const imported = await upload('', zip)
    expect(imported.status).toBe(200)
    expect(imported.body).toMatchObject({ updated: 0, unchanged: 0, conflicts: 0 })
    expect(imported.body.created).toBeGreaterThan(40)
    const exported = contents(await dataPackage())
    const original = contents(zip)
    expect(Object.keys(exported).sort()).toEqual(Object.keys(original).sort())
    for (const name of Object.keys(original)) expect([name, exported[name]]).toEqual([name, original[name]])
  })
})
