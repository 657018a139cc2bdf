import { readFileSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { parse } from 'csv-parse/sync'
import { strFromU8, unzipSync } from 'fflate'

import { seed } from '../../src/seed'
import { api, createRoleUsers } from '../helpers/api'
import { useTestApp } from '../helpers/useTestApp'

/** The Open Referral HSDS 3.0 schemas, shipped beside the repository. */
const schemaDir = path.resolve(process.cwd(), '../shared/hsds-3.0')
const readSchema = (file: string) => JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8'))

const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema({ ...readSchema('taxonomy.json'), $id: 'taxonomy.json' })
ajv.addSchema({ ...readSchema('metadata.json'), $id: 'metadata.json' })
const schema = (file: string): ValidateFunction => ajv.compile({ ...readSchema(file), $id: file })
const validators = {
  organization: schema('compiled/organization.json'),
  organizationList: schema('compiled/organization_list.json'),
  service: schema('compiled/service.json'),
  serviceList: schema('compiled/service_list.json'),
  taxonomyTerm: schema('taxonomy_term.json'),
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
beforeAll(async () => {
  await seed(app.payload)
  token = (await createRoleUsers(app.payload, app.url)).baliemedewerker.token
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
      total_items: 21,
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

  it('filters with search and modified_after', async () => {
    const search = await get('/organizations?search=humanitas')
    expect(search.body.contents.map((organisation: { name: string }) => organisation.name)).toEqual([
      'Humanitas Dalfsen',
    ])
    const future = await get(`/services?modified_after=${new Date(Date.now() + 60_000).toISOString()}`)
    expect(future.body).toMatchObject({ total_items: 0, empty: true })
  })

  it('refuses bad paging and unknown ids with a reason', async () => {
    expect((await get('/organizations?per_page=0')).status).toBe(400)
    expect((await get('/services?modified_after=gisteren')).status).toBe(400)
    expect((await get('/organizations/00000000-0000-5000-8000-000000000000')).status).toBe(404)
  })

  it('is for staff only by default, and public when HSDS_PUBLIC=true', async () => {
    expect((await get('/organizations', false)).status).toBe(401)
    process.env.HSDS_PUBLIC = 'true'
    try {
      expect((await get('/organizations', false)).status).toBe(200)
    } finally {
      delete process.env.HSDS_PUBLIC
    }
  })
})

describe('HSDS tabular data package', () => {
  it('zips one CSV per table with a datapackage.json that describes them', async () => {
    const response = await fetch(`${app.url}/api/hsds/datapackage.zip`, { headers: { Authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()))
    const descriptor = JSON.parse(strFromU8(files['datapackage.json']))
    expect(descriptor.profile).toBe('tabular-data-package')
    const counts: Record<string, number> = {}
    for (const resource of descriptor.resources) {
      const rows: string[][] = parse(strFromU8(files[resource.path]))
      expect(rows[0]).toEqual(resource.schema.fields.map((field: { name: string }) => field.name))
      counts[resource.name] = rows.length - 1
    }
    const [organisations, services, terms] = await Promise.all(
      ['/organizations', '/services', '/taxonomy_terms'].map(
        async (route) => (await get(`${route}?per_page=1`)).body.total_items,
      ),
    )
    expect(counts).toEqual({ organizations: organisations, services, taxonomy_terms: terms })
  })
})
