import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'

import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import { createLocalReq, type RequiredDataFromCollectionSlug } from 'payload'

import { localParts } from '../../src/lib/localTime'
import * as ageBandMigration from '../../src/migrations/20261204_134000_registration_age_band'
import { applyRetention } from '../../src/registrations/retention'
import type { ExportAudit, Registration } from '../../src/payload-types'
import { rebuildTallies } from '../../src/registrations/tallies'
import { api, createRoleUsers } from '../helpers/api'
import { testDatabaseKind } from '../helpers/database'
import { kernIn, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>
const ids = {} as Record<string, number | string>

/** A registration stored as the seed would: through the Local API, backdated, with its author. */
const register = async (data: Record<string, unknown>) =>
  (
    await app.payload.create({
      collection: 'registrations',
      data: {
        channel: 'desk',
        ageBand: 'adult',
        themes: [ids.money],
        answerType: 'information',
        location: ids.dalfsen,
        registeredBy: users.baliemedewerker.id,
        ...data,
        // Ids are opaque (strings on MongoDB); the generated types name SQLite's numbers.
      } as RequiredDataFromCollectionSlug<'registrations'>,
    })
  ).id

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  const { payload } = app
  const location = async (name: string, municipality: string) => {
    const doc = await payload.create({
      collection: 'locations',
      data: { name, kern: await kernIn(payload, municipality, name) },
      depth: 0,
    })
    ids[`municipality ${municipality}`] = doc.municipality as number
    return doc.id
  }
  ids.dalfsen = await location('Infopunt Dalfsen', 'Dalfsen')
  ids.nieuwleusen = await location('Infopunt Nieuwleusen', 'Dalfsen')
  ids.elders = await location('Infopunt Ommen', 'Ommen')
  const theme = (name: string) => payload.create({ collection: 'themes', data: { name } }).then((doc) => doc.id)
  ids.money = await theme('Geldzaken')
  ids.lonely = await theme('Eenzaamheid')
  ids.care = await theme('Zorg thuis')
  const organisation = (name: string, kindOfHelp: 'formal' | 'informal' | 'both') =>
    payload
      .create({
        collection: 'organisations',
        data: { name, shortDescription: 'Een testorganisatie.', kindOfHelp, status: 'active' },
      })
      .then((doc) => doc.id)
  ids.kern = await organisation('Kern Maatschappelijke Dienstverlening', 'formal')
  ids.humanitas = await organisation('=Humanitas', 'informal')
  ids.saam = await organisation('Saam Welzijn', 'both')

  // The hand-counted fixture set: 8 registrations in 2026, one in 2025.
  await register({ occurredAt: '2026-01-10T09:00:00.000Z', themes: [ids.money], answerType: 'information' })
  await register({ occurredAt: '2026-01-20T09:00:00.000Z', themes: [ids.money, ids.lonely], answerType: 'advice' })
  await register({
    occurredAt: '2026-02-03T10:00:00.000Z',
    themes: [ids.lonely],
    answerType: 'informal-referral',
    referredOrganisations: [ids.humanitas],
    domain: 'wmo',
    summary: '=HYPERLINK("http://example.org","klik")',
  })
  await register({
    occurredAt: '2026-02-14T10:00:00.000Z',
    location: ids.nieuwleusen,
    themes: [ids.care],
    answerType: 'warm-referral',
    referredOrganisations: [ids.kern, ids.saam],
    domain: 'wmo',
    ageBand: 'senior',
    summary: 'Vraag over huishoudelijke hulp; "Wmo 2015" uitgelegd',
  })
  await register({ occurredAt: '2026-03-01T10:00:00.000Z', location: ids.nieuwleusen, answerType: 'unable' })
  await register({
    occurredAt: '2026-03-31T22:30:00.000Z', // 1 April 00:30 in Dalfsen: counts in April
    location: ids.elders,
    themes: [ids.care],
    answerType: 'warm-referral',
    referredOrganisations: [ids.kern],
    domain: 'participation',
    ageBand: 'youth',
  })
  await register({ occurredAt: '2026-04-15T10:00:00.000Z', location: ids.elders, answerType: 'helped' })
  await register({
    occurredAt: '2026-05-05T10:00:00.000Z',
    answerType: 'information',
    registeredBy: users.beheerder.id,
    followUp: true,
    durationMinutes: 15,
  })
  await register({ occurredAt: '2025-12-31T10:00:00.000Z', answerType: 'information' })
})

const asRole = (role: keyof typeof users, path: string) => api(app.url, 'GET', path, { token: users[role].token })
const rowsOf = (body: { rows: { key: string; count: number }[] }) =>
  Object.fromEntries(body.rows.map((row) => [row.key, row.count]))
const PERIOD = 'from=2026-01-01&to=2026-12-31'

describe('reports', () => {
  it('counts by location, municipality and theme as counted by hand', async () => {
    const byLocation = await asRole('coordinator', `/api/registrations/report?${PERIOD}&groupBy=location`)
    expect(byLocation.status).toBe(200)
    expect(byLocation.body.total).toBe(8)
    expect(rowsOf(byLocation.body)).toEqual({
      [String(ids.dalfsen)]: 4,
      [String(ids.nieuwleusen)]: 2,
      [String(ids.elders)]: 2,
    })
    expect(byLocation.body.rows[0]).toEqual({ key: String(ids.dalfsen), label: 'Infopunt Dalfsen', count: 4 })

    const byMunicipality = await asRole('beheerder', `/api/registrations/report?${PERIOD}&groupBy=municipality`)
    expect(byMunicipality.body.rows).toEqual([
      { key: String(ids['municipality Dalfsen']), label: 'Dalfsen', count: 6 },
      { key: String(ids['municipality Ommen']), label: 'Ommen', count: 2 },
    ])

    const byTheme = await asRole('coordinator', `/api/registrations/report?${PERIOD}&groupBy=theme`)
    expect(rowsOf(byTheme.body)).toEqual({
      [String(ids.money)]: 5,
      [String(ids.lonely)]: 2,
      [String(ids.care)]: 2,
    })
  })

  it('draws each grouping as an SVG picture of the same figures, and refuses an unknown grouping in Dutch', async () => {
    const res = await fetch(`${app.url}/api/registrations/report/chart?${PERIOD}&groupBy=location`, {
      headers: { Authorization: `JWT ${users.coordinator.token}` },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(res.headers.get('cache-control')).toContain('no-store')
    const svg = await res.text()
    expect(svg).toMatch(/^<svg/)
    expect(svg).toContain('Infopunt Dalfsen')
    const trend = await fetch(`${app.url}/api/registrations/report/chart?${PERIOD}&groupBy=month`, {
      headers: { Authorization: `JWT ${users.coordinator.token}` },
    })
    // Months as the table beside it names them, in Dutch.
    const trendSvg = await trend.text()
    expect(trendSvg).toContain('mei 2026')
    expect(trendSvg).not.toContain('2026-05')
    const unknown = await asRole('coordinator', `/api/registrations/report/chart?${PERIOD}&groupBy=kleur`)
    expect(unknown.status).toBe(400)
    expect(unknown.body.error).toMatch(/Onbekende indeling/)
  })

  it('counts answers, referrals, formal and informal help, domains, age bands and months', async () => {
    const get = async (groupBy: string, period = PERIOD) =>
      (await asRole('coordinator', `/api/registrations/report?${period}&groupBy=${groupBy}`)).body
    expect(rowsOf(await get('answerType'))).toEqual({
      information: 2,
      advice: 1,
      helped: 1,
      'warm-referral': 2,
      'informal-referral': 1,
      'backup-consulted': 0,
      unable: 1,
    })
    expect(rowsOf(await get('organisation'))).toEqual({
      [String(ids.kern)]: 2,
      [String(ids.humanitas)]: 1,
      [String(ids.saam)]: 1,
    })
    expect(rowsOf(await get('referralKind'))).toEqual({ formal: 2, informal: 1, both: 1 })
    expect(rowsOf(await get('domain'))).toEqual({ wmo: 2, youth: 0, participation: 1, other: 0, none: 5 })
    expect(rowsOf(await get('ageBand'))).toEqual({ youth: 1, adult: 6, senior: 1, unknown: 0 })
    // The grouping's earlier name, documented in the README, still answers.
    expect(rowsOf(await get('targetGroup'))).toEqual({ youth: 1, adult: 6, senior: 1, unknown: 0 })
    const months = await get('month', 'from=2026-01-01&to=2026-06-30')
    expect(months.rows.map((row: { key: string }) => row.key)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ])
    expect(months.rows.map((row: { count: number }) => row.count)).toEqual([2, 2, 1, 2, 1, 0])
    expect(months.rows[0].label).toBe('januari 2026')
  })

  it('shows no months after this one in the monthly trend, not even as zero', async () => {
    const year = new Date().getFullYear()
    const body = (
      await asRole('coordinator', `/api/registrations/report?from=${year}-01-01&to=${year + 1}-12-31&groupBy=month`)
    ).body
    const keys = body.rows.map((row: { key: string }) => row.key)
    const thisMonth = localParts(new Date()).date.slice(0, 7)
    expect(keys[0]).toBe(`${year}-01`)
    expect(keys[keys.length - 1]).toBe(thisMonth)
    const future = (
      await asRole('coordinator', `/api/registrations/report?from=${year + 1}-02-01&to=${year + 1}-12-31&groupBy=month`)
    ).body
    expect(future.rows).toEqual([])
  })

  it('filters by location, municipality and a period in Dutch local time', async () => {
    const get = async (query: string) =>
      (await asRole('coordinator', `/api/registrations/report?groupBy=answerType&${query}`)).body
    expect((await get(`${PERIOD}&location=${ids.nieuwleusen}`)).total).toBe(2)
    expect((await get(`${PERIOD}&municipality=${ids['municipality Ommen']}`)).total).toBe(2)
    expect((await get(`${PERIOD}&municipality=Ommen`)).error).toBe('Onbekende gemeente (municipality).')
    expect((await get('from=2026-04-01&to=2026-04-30')).total).toBe(2)
    expect((await get('from=2026-03-01&to=2026-03-31')).total).toBe(1)
    expect((await get('from=2025-01-01&to=2026-12-31')).total).toBe(9)
  })

  it('stays right when a registration is corrected or deleted, and a recount gives the same', async () => {
    // A period of its own (2023), so the hand-counted fixtures above stay as they are.
    const period = 'from=2023-03-01&to=2023-03-31'
    const get = async (groupBy: string) =>
      (await asRole('coordinator', `/api/registrations/report?${period}&groupBy=${groupBy}`)).body
    const first = await register({ occurredAt: '2023-03-10T10:00:00.000Z', themes: [ids.money, ids.care] })
    const second = await register({
      occurredAt: '2023-03-11T10:00:00.000Z',
      answerType: 'warm-referral',
      referredOrganisations: [ids.kern, ids.saam],
    })
    expect(rowsOf(await get('theme'))).toEqual({ [String(ids.money)]: 2, [String(ids.care)]: 1 })

    await app.payload.update({
      collection: 'registrations',
      id: first,
      data: {
        themes: [ids.lonely],
        location: ids.elders,
        occurredAt: '2023-03-31T22:30:00.000Z',
      } as Partial<Registration>,
    })
    // 31 March 22:30 UTC is 1 April in Dalfsen: out of this period.
    expect((await get('answerType')).total).toBe(1)
    expect(rowsOf(await get('theme'))).toEqual({ [String(ids.money)]: 1 })
    const april = await asRole('coordinator', '/api/registrations/report?from=2023-04-01&to=2023-04-30&groupBy=theme')
    expect(rowsOf(april.body)).toEqual({ [String(ids.lonely)]: 1 })

    await app.payload.update({
      collection: 'registrations',
      id: second,
      data: { referredOrganisations: [ids.humanitas] } as Partial<Registration>,
    })
    expect(rowsOf(await get('organisation'))).toEqual({ [String(ids.humanitas)]: 1 })
    expect(rowsOf(await get('referralKind'))).toEqual({ formal: 0, informal: 1, both: 0 })

    // Whole months read the months' tallies, part-way months their days': the same registrations.
    const themes = async (query: string) =>
      rowsOf((await asRole('coordinator', `/api/registrations/report?${query}&groupBy=theme`)).body)
    const both = { [String(ids.money)]: 1, [String(ids.lonely)]: 1 }
    expect(await themes('from=2023-03-01&to=2023-04-30')).toEqual(both)
    expect(await themes('from=2023-03-11&to=2023-04-01')).toEqual(both)
    expect(await themes('from=2023-03-12&to=2023-04-30')).toEqual({ [String(ids.lonely)]: 1 })

    const all = `from=2023-01-01&to=2023-12-31`
    const before = await asRole('coordinator', `/api/registrations/report?${all}&groupBy=theme`)
    await rebuildTallies(app.payload, { from: '2023-01-01', to: '2023-12-31' })
    expect((await asRole('coordinator', `/api/registrations/report?${all}&groupBy=theme`)).body).toEqual(before.body)
    // A recount of some days counts their whole months again, the months' tallies with them.
    await rebuildTallies(app.payload, { from: '2023-03-20', to: '2023-04-05' })
    expect(await themes('from=2023-03-01&to=2023-04-30')).toEqual(both)
    expect(await themes('from=2023-03-11&to=2023-04-01')).toEqual(both)

    await app.payload.delete({ collection: 'registrations', id: second })
    await app.payload.delete({ collection: 'registrations', id: first })
    expect((await get('answerType')).total).toBe(0)
    expect((await asRole('coordinator', `/api/registrations/report?${all}&groupBy=theme`)).body.rows).toEqual([])
  })

  it('counts "overlegd met achterwacht" as an answer of its own', async () => {
    const id = await register({ occurredAt: '2026-06-10T10:00:00.000Z', answerType: 'backup-consulted' })
    try {
      const body = (
        await asRole('coordinator', `/api/registrations/report?from=2026-06-01&to=2026-06-30&groupBy=answerType`)
      ).body
      expect(rowsOf(body)['backup-consulted']).toBe(1)
      expect(body.rows.find((row: { key: string }) => row.key === 'backup-consulted').label).toBe(
        'Overlegd met achterwacht',
      )
    } finally {
      await app.payload.delete({ collection: 'registrations', id })
    }
  })

  it('refuses bad input with a Dutch reason', async () => {
    for (const query of ['groupBy=colour', 'from=2026-13-01', 'from=2026-05-01&to=2026-04-01', 'location=999999']) {
      const res = await asRole('coordinator', `/api/registrations/report?${query}`)
      expect(res.status).toBe(400)
      expect(res.body.error).toMatch(/[a-z]/)
    }
  })

  it('is for coordinators and administrators only', async () => {
    expect((await api(app.url, 'GET', `/api/registrations/report?${PERIOD}`)).status).toBe(401)
    expect((await asRole('baliemedewerker', `/api/registrations/report?${PERIOD}`)).status).toBe(403)
    expect((await asRole('communicatie', `/api/registrations/report?${PERIOD}`)).status).toBe(403)
  })
})

describe('exports', () => {
  const stored = async () =>
    (
      await app.payload.find({
        collection: 'registrations',
        where: { occurredAt: { greater_than_equal: '2025-12-31T23:00:00.000Z' } },
        depth: 1,
        limit: 0,
        pagination: false,
        sort: 'id',
      })
    ).docs

  it('writes CSV for Dutch Excel that reads back as the stored registrations, and logs it', async () => {
    const auditsBefore = (await app.payload.count({ collection: 'export-audits' })).totalDocs
    const res = await fetch(`${app.url}/api/registrations/export?format=csv&${PERIOD}`, {
      headers: { Authorization: `JWT ${users.coordinator.token}` },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toContain('attachment')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records: string[][] = parse(bytes.subarray(3).toString('utf8'), { delimiter: ';' })
    expect(records[0]).toEqual([
      'Registratienummer',
      'Datum',
      'Tijd',
      'Infopunt',
      'Gemeente',
      'Kanaal',
      "Thema's",
      'Domein',
      'Doelgroep',
      'Hoe beantwoord',
      'Doorverwezen naar',
      'Vervolg nodig',
      'Duur (minuten)',
      'Samenvatting',
      'Geregistreerd door',
    ])
    const docs = await stored()
    expect(records.length - 1).toBe(docs.length)
    const byId = new Map(records.slice(1).map((record) => [record[0], record]))
    for (const doc of docs) {
      const record = byId.get(String(doc.id))!
      expect(record).toBeDefined()
      expect(record[3]).toBe((doc.location as { name: string }).name)
      expect(record[6]).toBe((doc.themes as { name: string }[]).map((theme) => theme.name).join(', '))
      expect(record[13].replace(/^'/, '')).toBe(doc.summary ?? '')
    }
    const april = records.find((record) => record[2] === '00:30')!
    expect(april.slice(1, 5)).toEqual(['2026-04-01', '00:30', 'Infopunt Ommen', 'Ommen'])
    expect(april[9]).toBe('Warm doorverwezen')
    expect(april[10]).toBe('Kern Maatschappelijke Dienstverlening')
    const formula = records.find((record) => record[13].includes('HYPERLINK'))!
    expect(formula[13]).toBe(`'=HYPERLINK("http://example.org","klik")`)
    expect(formula[10]).toBe("'=Humanitas")
    const followUp = records.find((record) => record[11] === 'ja')!
    expect(followUp[12]).toBe('15')
    expect(followUp[14]).toBe('Test beheerder')

    // The audit is written once the stream has ended.
    let audits = { docs: [] as ExportAudit[], totalDocs: 0 }
    for (let attempt = 0; attempt < 50 && audits.totalDocs === auditsBefore; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      audits = await app.payload.find({ collection: 'export-audits', sort: '-createdAt', depth: 0 })
    }
    expect(audits.totalDocs).toBe(auditsBefore + 1)
    expect(audits.docs[0]).toMatchObject({
      user: users.coordinator.id,
      format: 'csv',
      from: '2026-01-01',
      to: '2026-12-31',
      rowCount: docs.length,
      completed: true,
    })
  })

  it('quotes every line break and neutralises a formula at the start of every line (row and formula injection)', async () => {
    const summaries = ['\n=1+1', '\r=1+1', 'vraag; "uitgelegd"\r\n@SUM(A1)', 'eerste regel\n+1 is geen formule\r\n-5']
    const created = []
    for (const summary of summaries) created.push(await register({ occurredAt: '2024-06-01T10:00:00.000Z', summary }))
    try {
      const res = await fetch(`${app.url}/api/registrations/export?format=csv&from=2024-01-01&to=2024-12-31`, {
        headers: { Authorization: `JWT ${users.coordinator.token}` },
      })
      const text = (await res.text()).replace(/^\uFEFF/, '')
      // No line of the file, inside a field or not, starts with what a spreadsheet runs as a formula.
      expect(text.split(/\r\n|\r|\n/).filter((line) => /^[=+\-@\t]/.test(line))).toEqual([])
      const records: string[][] = parse(text, { delimiter: ';' })
      expect(records.length).toBe(1 + summaries.length)
      expect(records.every((record) => record.length === 15)).toBe(true)
      expect(records.slice(1).map((record) => record[13])).toEqual([
        "\n'=1+1",
        "'\r'=1+1",
        'vraag; "uitgelegd"\r\n\'@SUM(A1)',
        "eerste regel\n'+1 is geen formule\r\n'-5",
      ])
    } finally {
      await app.payload.delete({ collection: 'registrations', where: { id: { in: created } } })
    }
  })

  it('writes XLSX with a header row, autofilter, widths and the report tables', async () => {
    const res = await fetch(`${app.url}/api/registrations/export?format=xlsx&${PERIOD}&location=${ids.nieuwleusen}`, {
      headers: { Authorization: `JWT ${users.beheerder.token}` },
    })
    expect(res.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    const sheet = workbook.getWorksheet('Registraties')!
    expect(sheet.getRow(1).getCell(1).value).toBe('Registratienummer')
    expect(sheet.autoFilter).toBeTruthy()
    expect(sheet.getColumn(14).width).toBe(60)
    const docs = (await stored()).filter((doc) => (doc.location as { id: unknown }).id === ids.nieuwleusen)
    expect(sheet.rowCount - 1).toBe(docs.length)
    const rows = new Map<string, ExcelJS.Row>()
    sheet.eachRow((row, number) => number > 1 && rows.set(String(row.getCell(1).value), row))
    for (const doc of docs) {
      const row = rows.get(String(doc.id))!
      expect(row.getCell(4).value).toBe('Infopunt Nieuwleusen')
      expect(row.getCell(10).value).toBe(
        { 'warm-referral': 'Warm doorverwezen', unable: 'Niet kunnen helpen' }[doc.answerType as string],
      )
    }
    const warm = rows.get(String(docs.find((doc) => doc.answerType === 'warm-referral')!.id))!
    expect(warm.getCell(11).value).toBe('Kern Maatschappelijke Dienstverlening, Saam Welzijn')

    const report = workbook.getWorksheet('Rapportage')!
    const values: unknown[][] = []
    report.eachRow((row) => values.push((row.values as unknown[]).slice(1)))
    expect(values).toContainEqual(['Totaal', 2])
    expect(values).toContainEqual(['Niet kunnen helpen', 1])
    expect(values).toContainEqual(['Formele zorg (beroepskrachten)', 1])

    const audits = await app.payload.find({ collection: 'export-audits', where: { format: { equals: 'xlsx' } } })
    for (let attempt = 0; attempt < 50 && audits.totalDocs === 0; attempt++)
      Object.assign(
        audits,
        await new Promise((resolve) => setTimeout(resolve, 20)).then(() =>
          app.payload.find({ collection: 'export-audits', where: { format: { equals: 'xlsx' } } }),
        ),
      )
    expect(audits.docs[0]).toMatchObject({ rowCount: 2, municipality: null })
    expect((audits.docs[0].location as { id: unknown }).id).toBe(ids.nieuwleusen)
  })

  it('is refused to desk workers, communications staff and anonymous visitors', async () => {
    expect((await api(app.url, 'GET', '/api/registrations/export?format=csv')).status).toBe(401)
    expect((await asRole('baliemedewerker', '/api/registrations/export?format=csv')).status).toBe(403)
    expect((await asRole('communicatie', '/api/registrations/export?format=xlsx')).status).toBe(403)
    expect((await asRole('coordinator', '/api/registrations/export?format=pdf')).status).toBe(400)
  })

  it('keeps the export log for administrators only', async () => {
    expect((await asRole('beheerder', '/api/export-audits')).body.totalDocs).toBeGreaterThan(0)
    for (const role of ['coordinator', 'baliemedewerker', 'communicatie'] as const)
      expect((await asRole(role, '/api/export-audits')).status).toBe(403)
    const audit = (await app.payload.find({ collection: 'export-audits', limit: 1 })).docs[0]
    const patch = await api(app.url, 'PATCH', `/api/export-audits/${audit.id}`, {
      token: users.beheerder.token,
      body: { rowCount: 0 },
    })
    expect(patch.status).toBe(403)
    const post = await api(app.url, 'POST', '/api/export-audits', {
      token: users.beheerder.token,
      body: { user: users.beheerder.id, format: 'csv', from: '2026-01-01', to: '2026-01-02', rowCount: 1 },
    })
    expect(post.status).toBe(403)
  })
})

describe('XLSX cell types', () => {
  it('writes dates and times as date cells with Dutch formats, numbers as numbers, no apostrophes, and pages to print', async () => {
    const res = await fetch(`${app.url}/api/registrations/export?format=xlsx&${PERIOD}`, {
      headers: { Authorization: `JWT ${users.coordinator.token}` },
    })
    expect(res.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    const sheet = workbook.getWorksheet('Registraties')!
    const rows: ExcelJS.Row[] = []
    sheet.eachRow((row, number) => number > 1 && rows.push(row))
    expect(rows.length).toBe(8)
    for (const row of rows) {
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.Number)
      expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Date)
      expect(row.getCell(2).numFmt).toBe('dd-mm-yyyy')
      expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Date)
      expect(row.getCell(3).numFmt).toBe('hh:mm')
    }
    // 31 March 22:30 UTC is 1 April 00:30 in Dalfsen: the cells hold the Dutch wall clock.
    const april = rows.find((row) => (row.getCell(2).value as Date).toISOString().startsWith('2026-04-01'))!
    expect((april.getCell(3).value as Date).toISOString()).toBe('1899-12-30T00:30:00.000Z')
    const followUp = rows.find((row) => row.getCell(12).value === 'ja')!
    expect(followUp.getCell(13).type).toBe(ExcelJS.ValueType.Number)
    expect(followUp.getCell(13).value).toBe(15)
    // Text is text: a text cell never runs as a formula, so nothing is shown with an apostrophe.
    const formula = rows.find((row) => String(row.getCell(14).value).includes('HYPERLINK'))!
    expect(formula.getCell(14).type).toBe(ExcelJS.ValueType.String)
    expect(formula.getCell(14).value).toBe('=HYPERLINK("http://example.org","klik")')
    expect(formula.getCell(11).value).toBe('=Humanitas')
    const report = workbook.getWorksheet('Rapportage')!
    for (const worksheet of [sheet, report]) {
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
          if (typeof cell.value === 'string') expect(cell.value.startsWith("'")).toBe(false)
        }),
      )
      expect(worksheet.pageSetup).toMatchObject({
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      })
    }
    const counts: unknown[] = []
    report.eachRow((row) => typeof row.getCell(2).value === 'number' && counts.push(row.getCell(2).value))
    expect(counts.length).toBeGreaterThan(5)
  })
})

describe('import', () => {
  const form = (data: Uint8Array | string, name: string) => {
    const body = new FormData()
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
    body.append('file', new Blob([new Uint8Array(bytes)]), name)
    return body
  }
  const send = (
    path: 'preview' | 'commit',
    data: Uint8Array | string,
    name: string,
    role: keyof typeof users = 'coordinator',
  ) =>
    api(app.url, 'POST', path === 'preview' ? '/api/registrations/import/preview' : '/api/registrations/import', {
      token: users[role].token,
      body: form(data, name),
    })
  const count = async () => (await app.payload.count({ collection: 'registrations' })).totalDocs
  const report = async (period: string, groupBy: string) =>
    rowsOf((await asRole('coordinator', `/api/registrations/report?${period}&groupBy=${groupBy}`)).body)
  const created: (number | string)[] = []

  afterAll(async () => {
    // Through the Local API, so the tallies go down again: the tests after these count by hand.
    await app.payload.delete({
      collection: 'registrations',
      where: { or: [{ idempotencyKey: { like: 'import-' } }, { id: { in: created } }] },
    })
  })

  it('round trip: an XLSX and a CSV export import back as the same registrations and tallies, once, and not into their own database', async () => {
    const period = 'from=2023-01-01&to=2023-12-31'
    created.push(
      await register({
        occurredAt: '2023-03-01T09:15:00.000Z',
        themes: [ids.money, ids.lonely],
        followUp: true,
        durationMinutes: 20,
      }),
      await register({
        occurredAt: '2023-03-27T08:30:00.000Z',
        location: ids.elders,
        themes: [ids.care],
        answerType: 'warm-referral',
        referredOrganisations: [ids.kern, ids.humanitas],
        domain: 'wmo',
        ageBand: 'senior',
        summary: '=1+1 is geen formule; "aanhalingstekens"',
      }),
      await register({ occurredAt: '2023-10-30T12:45:00.000Z', channel: 'phone', summary: 'Vraag over de Wmo' }),
    )
    const exported = async (format: 'csv' | 'xlsx') => {
      const res = await fetch(`${app.url}/api/registrations/export?format=${format}&${period}`, {
        headers: { Authorization: `JWT ${users.coordinator.token}` },
      })
      return new Uint8Array(await res.arrayBuffer())
    }
    const xlsx = await exported('xlsx')
    const csv = await exported('csv')
    const fields = (docs: Registration[]) =>
      docs
        .map((doc): Record<string, unknown> => ({
          ...Object.fromEntries(
            ['occurredAt', 'channel', 'domain', 'ageBand', 'answerType', 'followUp', 'durationMinutes', 'summary'].map(
              (key) => [key, doc[key as keyof Registration] ?? null],
            ),
          ),
          location: (doc.location as { id: unknown }).id,
          themes: (doc.themes as { id: unknown }[]).map((theme) => theme.id),
          referredOrganisations: ((doc.referredOrganisations ?? []) as { id: unknown }[]).map((org) => org.id),
        }))
        .sort((a, b) => String(a.occurredAt).localeCompare(String(b.occurredAt)))
    const in2023 = async () =>
      (
        await app.payload.find({
          collection: 'registrations',
          where: { and: [{ occurredAt: { greater_than: '2022-12-31' } }, { occurredAt: { less_than: '2024-01-01' } }] },
          depth: 1,
          pagination: false,
        })
      ).docs
    const original = fields(await in2023())
    const reports = async () => ({
      location: await report(period, 'location'),
      theme: await report(period, 'theme'),
      organisation: await report(period, 'organisation'),
      referralKind: await report(period, 'referralKind'),
      month: await report(period, 'month'),
    })
    const reportsBefore = await reports()
    // Imported back into the database it came from, an export holds its own registrations: nothing is added.
    const back = await send('commit', csv, 'registraties-2023.csv')
    expect(back.body).toMatchObject({ rows: 3, added: 0, duplicates: 3 })
    expect(await reports()).toEqual(reportsBefore)
    await app.payload.delete({ collection: 'registrations', where: { id: { in: created } } })
    expect(await report(period, 'location')).toEqual({})

    const preview = await send('preview', xlsx, 'registraties-2023.xlsx')
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({
      format: 'xlsx',
      rows: 3,
      added: 3,
      duplicates: 0,
      rejected: 0,
      from: '2023-03-01',
      to: '2023-10-30',
    })
    expect(preview.body.columns.every((column: { field: string | null }) => column.field !== null)).toBe(true)
    expect(await in2023()).toEqual([])

    const imported = await send('commit', xlsx, 'registraties-2023.xlsx')
    expect(imported.status).toBe(200)
    expect(imported.body).toMatchObject({ rows: 3, added: 3, duplicates: 0, rejected: 0 })
    expect(fields(await in2023())).toEqual(original)
    // Stored past the hooks, each imported registration is in the importer's network.
    const [network] = (await app.payload.find({ collection: 'networks', depth: 0 })).docs
    expect((await in2023()).map((doc) => String((doc.network as { id: unknown }).id))).toEqual(
      Array(3).fill(String(network.id)),
    )
    // The report counts the imported rows as it counted the registered ones.
    expect(await reports()).toEqual(reportsBefore)
    expect(await rebuildTallies(app.payload, { from: '2023-01-01', to: '2023-12-31' })).toMatchObject({
      registrations: 3,
    })
    expect(await reports()).toEqual(reportsBefore)

    // The same file again, and the CSV export of the same registrations: nothing is added.
    const before = await count()
    const again = await send('commit', xlsx, 'registraties-2023.xlsx')
    expect(again.body).toMatchObject({ rows: 3, added: 0, duplicates: 3 })
    const asCsv = await send('commit', csv, 'registraties-2023.csv')
    expect(asCsv.body).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      rows: 3,
      added: 0,
      duplicates: 3,
    })
    expect(await count()).toBe(before)
    expect(await reports()).toEqual(reportsBefore)

    // An audit entry per import, for administrators.
    const audits = await asRole('beheerder', '/api/registration-imports?sort=-createdAt&depth=0')
    expect(
      audits.body.docs.slice(0, 3).map((doc: { added: number; duplicates: number }) => [doc.added, doc.duplicates]),
    ).toEqual([
      [0, 3],
      [0, 3],
      [3, 0],
    ])
    expect(audits.body.docs[2]).toMatchObject({
      user: users.coordinator.id,
      format: 'xlsx',
      filename: 'registraties-2023.xlsx',
      rowCount: 3,
      from: '2023-03-01',
      to: '2023-10-30',
    })
    expect((await asRole('coordinator', '/api/registration-imports')).status).toBe(403)
  })

  it('recognises its own registration asked in the hour the clocks go back (02:30 is then two instants)', async () => {
    // 2023-10-29 00:30 UTC is 02:30 summer time; the file's "02:30" reads back as 02:30 winter time.
    created.push(await register({ occurredAt: '2023-10-29T00:30:00.000Z' }))
    const res = await fetch(`${app.url}/api/registrations/export?format=csv&from=2023-10-29&to=2023-10-29`, {
      headers: { Authorization: `JWT ${users.coordinator.token}` },
    })
    const csv = new Uint8Array(await res.arrayBuffer())
    expect(new TextDecoder().decode(csv)).toContain('02:30')
    expect((await send('commit', csv, 'omschakeling.csv')).body).toMatchObject({ rows: 1, added: 0, duplicates: 1 })
  })

  it('reads a Dutch Excel CSV (semicolons, Windows-1252, CRLF) and lists the errors of each row in Dutch', async () => {
    const lines = [
      "Datum;Tijd;Infopunt;Kanaal;Thema's;Domein;Doelgroep;Hoe beantwoord;Doorverwezen naar;Vervolg nodig;Duur (minuten);Samenvatting",
      '5-6-2023;9:05;Infopunt Dalfsen;Telefoon;Geldzaken, Zorg thuis;Wmo;65-plusser;Advies gegeven;;nee;15;Vraag over één toeslag',
      '06-06-2023;14:00;Infopunt Dalfsen;Balie;Eenzaamheid;;Volwassene;Warm doorverwezen;Saam Welzijn, =Humanitas;ja;;',
      '06-06-2023;14:00;Infopunt Nergens;Balie;Eenzaamheid;;;Informatie gegeven;;;;',
      '07-06-2023;10:00;Infopunt Dalfsen;Balie;Geldzaken;;;Informatie gegeven;;;;Mevrouw Jansen belde over 0612345678',
      '31-02-2023;25:00;Infopunt Dalfsen;Fax;Tuinieren;Zorg;Kind;Weet niet;;misschien;900;',
      '07-06-2023;10:00;Infopunt Dalfsen;Balie;Geldzaken;;;Warm doorverwezen;;;;',
      '',
    ]
    const windows1252 = (text: string) =>
      Uint8Array.from([...text].map((char) => ({ é: 0xe9, ë: 0xeb })[char] ?? char.charCodeAt(0)))
    const file = windows1252(lines.join('\r\n'))
    const before = await count()
    const preview = await send('preview', file, 'oud-systeem.csv')
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rows: 6, added: 2, rejected: 4 })
    const errors = Object.fromEntries(
      preview.body.errors.map((row: { line: number; errors: string[] }) => [row.line, row.errors]),
    )
    expect(errors[4]).toEqual(['Infopunt "Infopunt Nergens" is onbekend.'])
    expect(errors[5]).toEqual([
      'De samenvatting lijkt persoonsgegevens te bevatten: een telefoonnummer en een naam. Haal die weg; een registratie blijft anoniem.',
    ])
    expect(errors[6].slice(0, 2)).toEqual([
      'Datum "31-02-2023" is geen datum (gebruik DD-MM-JJJJ).',
      'Tijd "25:00" is geen tijd (gebruik UU:MM).',
    ])
    expect(errors[6].join(' ')).toMatch(
      /Kanaal "Fax" is onbekend.*Thema "Tuinieren" is onbekend.*Domein "Zorg" is onbekend.*Doelgroep "Kind" is onbekend.*Hoe beantwoord "Weet niet" is onbekend.*Vervolg nodig "misschien": vul ja of nee in.*Duur "900" moet/,
    )
    // An unknown value comes with the values that are known.
    expect(errors[6]).toContainEqual(
      expect.stringMatching(
        /^Hoe beantwoord "Weet niet" is onbekend; kies uit: Informatie gegeven, .*Warm doorverwezen/,
      ),
    )
    expect(errors[7]).toEqual(['Kies de organisatie waarnaar is doorverwezen (Doorverwezen naar).'])
    expect(await count()).toBe(before)

    const imported = await send('commit', file, 'oud-systeem.csv')
    expect(imported.body).toMatchObject({ rows: 6, added: 2, duplicates: 0, rejected: 4 })
    expect(await count()).toBe(before + 2)
    const { docs } = await app.payload.find({
      collection: 'registrations',
      where: { occurredAt: { greater_than: '2023-06-01', less_than: '2023-06-30' } },
      sort: 'occurredAt',
      depth: 0,
    })
    expect(
      docs.map((doc) => [doc.occurredAt, doc.channel, doc.themes, doc.summary ?? null, doc.referredOrganisations]),
    ).toEqual([
      ['2023-06-05T07:05:00.000Z', 'phone', [ids.money, ids.care], 'Vraag over één toeslag', []],
      ['2023-06-06T12:00:00.000Z', 'desk', [ids.lonely], null, [ids.saam, ids.humanitas]],
    ])
    expect(docs[0]).toMatchObject({
      domain: 'wmo',
      ageBand: 'senior',
      answerType: 'advice',
      followUp: false,
      durationMinutes: 15,
    })
    expect(docs[1]).toMatchObject({ answerType: 'warm-referral', followUp: true })
    // The file names no one: not the importing coordinator, whom the import's record names.
    expect(docs.map((doc) => doc.registeredBy ?? null)).toEqual([null, null])

    // UTF-8 with a BOM, the same rows: already there.
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(lines.join('\r\n'))])
    expect((await send('commit', utf8, 'oud-systeem.csv')).body).toMatchObject({
      encoding: 'utf-8',
      added: 0,
      duplicates: 2,
      rejected: 4,
    })
    expect(await count()).toBe(before + 2)
  })

  it('refuses what is not a registrations file with a Dutch reason, and writes nothing', async () => {
    const before = await count()
    const audits = (await app.payload.count({ collection: 'registration-imports' })).totalDocs
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const refusals = [
      [await send('commit', png, 'foto.csv'), /geen tekstbestand/],
      [await send('commit', 'PK\u0003\u0004 kapot', 'lijst.xlsx'), /geen geldig Excel-bestand/],
      [
        await send('commit', 'Naam;Korte omschrijving\r\nHumanitas;Hulp\r\n', 'organisaties.csv'),
        /Deze kolommen ontbreken: Datum, Infopunt, Thema's, Hoe beantwoord/,
      ],
      [await send('commit', '', 'leeg.csv'), /leeg/],
      [await send('commit', 'Datum\r\n' + 'x'.repeat(41 * 1024 * 1024), 'groot.csv'), /groter dan 40 MB|te groot/],
    ] as const
    for (const [response, reason] of refusals) {
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      expect(response.body.error).toMatch(reason)
    }
    const none = await api(app.url, 'POST', '/api/registrations/import', {
      token: users.coordinator.token,
      body: new FormData(),
    })
    expect(none.status).toBe(400)
    expect(none.body.error).toMatch(/Kies een CSV- of Excel-bestand/)
    expect(await count()).toBe(before)
    expect((await app.payload.count({ collection: 'registration-imports' })).totalDocs).toBe(audits)
  }, 60_000)

  it('is for coordinators and administrators only', async () => {
    const file = "Datum;Infopunt;Thema's;Hoe beantwoord\r\n01-02-2023;Infopunt Dalfsen;Geldzaken;Informatie gegeven\r\n"
    expect(
      (await api(app.url, 'POST', '/api/registrations/import/preview', { body: form(file, 'a.csv') })).status,
    ).toBe(401)
    expect((await send('preview', file, 'a.csv', 'baliemedewerker')).status).toBe(403)
    expect((await send('commit', file, 'a.csv', 'communicatie')).status).toBe(403)
    expect((await send('preview', file, 'a.csv', 'beheerder')).body).toMatchObject({ rows: 1, added: 1 })
  })
})

describe('registering over REST', () => {
  const body = (extra: Record<string, unknown> = {}) => ({
    location: ids.dalfsen,
    themes: [ids.money],
    answerType: 'advice',
    ...extra,
  })
  const post = (token: string, data: Record<string, unknown>) =>
    api(app.url, 'POST', '/api/registrations', { token, body: data })
  const countKey = async (key: string) =>
    (await app.payload.count({ collection: 'registrations', where: { idempotencyKey: { equals: key } } })).totalDocs

  it('stores a retried submit once and answers the retry with the stored registration', async () => {
    const key = randomUUID()
    const first = await post(users.baliemedewerker.token, body({ idempotencyKey: key }))
    expect(first.status).toBe(201)
    const retry = await post(users.baliemedewerker.token, body({ idempotencyKey: key }))
    expect(retry.status).toBe(200)
    expect(retry.body.doc.id).toBe(first.body.doc.id)
    expect(await countKey(key)).toBe(1)
  })

  it('completes, on a retry, a registration whose theme rows were cut off by a crash', async () => {
    const key = randomUUID()
    // The state a crash between the two commits leaves on SQLite: the row, without its theme rows.
    const [network] = (await app.payload.find({ collection: 'networks', depth: 0 })).docs
    const cutOff = await app.payload.db.create({
      collection: 'registrations',
      data: {
        network: network.id,
        occurredAt: new Date().toISOString(),
        location: ids.dalfsen,
        answerType: 'advice',
        channel: 'desk',
        ageBand: 'unknown',
        registeredBy: users.baliemedewerker.id,
        idempotencyKey: key,
      },
    })
    const retry = await post(users.baliemedewerker.token, body({ idempotencyKey: key }))
    expect(retry.status).toBe(200)
    expect(retry.body.doc.id).toBe(cutOff.id)
    const stored = await app.payload.findByID({ collection: 'registrations', id: cutOff.id, depth: 0 })
    expect(stored.themes).toEqual([ids.money])
    expect(stored.registeredBy).toBe(users.baliemedewerker.id)
    expect(await countKey(key)).toBe(1)
  })

  it('stores exactly one of concurrent submits with the same key', async () => {
    const key = randomUUID()
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => post(users.baliemedewerker.token, body({ idempotencyKey: key }))),
    )
    expect(responses.map((res) => res.status).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ])
    expect(new Set(responses.map((res) => res.body.doc.id)).size).toBe(1)
    expect(await countKey(key)).toBe(1)
  })

  it("never hands out someone else's registration for a reused key", async () => {
    const key = randomUUID()
    expect((await post(users.baliemedewerker.token, body({ idempotencyKey: key }))).status).toBe(201)
    const other = await post(users.beheerder.token, body({ idempotencyKey: key }))
    expect(other.status).toBe(200) // the administrator may see every registration
    const otherDesk = await app.payload.create({
      collection: 'users',
      data: {
        email: `${unique('balie')}@test.example`,
        password: 'test-wachtwoord-lang-genoeg',
        name: 'Ander',
        role: 'baliemedewerker',
      },
    })
    const token = (
      await api(app.url, 'POST', '/api/users/login', {
        body: { email: otherDesk.email, password: 'test-wachtwoord-lang-genoeg' },
      })
    ).body.token
    const stolen = await post(token, body({ idempotencyKey: key }))
    expect(stolen.status).toBe(409)
    expect(stolen.body.doc).toBeUndefined()
    expect(await countKey(key)).toBe(1)
  })

  it('records the logged-in desk worker as author, whatever the client sends', async () => {
    const res = await post(users.baliemedewerker.token, body({ registeredBy: users.beheerder.id }))
    expect(res.status).toBe(201)
    const doc = await app.payload.findByID({ collection: 'registrations', id: res.body.doc.id, depth: 0 })
    expect(doc.registeredBy).toBe(users.baliemedewerker.id)
  })

  it("does not show a desk worker other people's registrations", async () => {
    const others = await register({ occurredAt: new Date().toISOString(), registeredBy: users.beheerder.id })
    const own = await post(users.baliemedewerker.token, body())
    const list = await asRole('baliemedewerker', '/api/registrations?limit=100&depth=0')
    const listed = list.body.docs.map((doc: { id: unknown }) => doc.id)
    expect(listed).toContain(own.body.doc.id)
    expect(listed).not.toContain(others)
    expect(
      list.body.docs.every((doc: { registeredBy: unknown }) => doc.registeredBy === users.baliemedewerker.id),
    ).toBe(true)
    expect([403, 404]).toContain((await asRole('baliemedewerker', `/api/registrations/${others}`)).status)
  })

  it('refuses a malformed key and anonymous submits', async () => {
    expect((await post(users.baliemedewerker.token, body({ idempotencyKey: 'x y' }))).status).toBe(400)
    expect((await api(app.url, 'POST', '/api/registrations', { body: body() })).status).toBe(403)
  })
})

describe('retention', () => {
  it('clears old summaries after 12 months and deletes old registrations only when configured', async () => {
    const now = new Date('2026-11-23T12:00:00.000Z')
    const old = await register({ occurredAt: '2025-10-01T10:00:00.000Z', summary: 'Oude vraag over toeslagen' })
    const recent = await register({ occurredAt: '2026-06-01T10:00:00.000Z', summary: 'Recente vraag' })
    const ancient = await register({ occurredAt: '2022-10-01T10:00:00.000Z', summary: 'Heel oud' })
    const summaryOf = async (id: number | string) =>
      (await app.payload.find({ collection: 'registrations', where: { id: { equals: id } }, depth: 0 })).docs[0]

    delete process.env.REGISTRATION_RETENTION_MONTHS
    delete process.env.REGISTRATION_SUMMARY_RETENTION_MONTHS
    const first = await applyRetention(app.payload, now)
    expect(first.registrationsDeleted).toBe(0)
    expect(first.summariesCleared).toBeGreaterThanOrEqual(2)
    expect((await summaryOf(old)).summary ?? null).toBeNull()
    expect((await summaryOf(ancient)).summary ?? null).toBeNull()
    expect((await summaryOf(recent)).summary).toBe('Recente vraag')

    process.env.REGISTRATION_SUMMARY_RETENTION_MONTHS = '3'
    process.env.REGISTRATION_RETENTION_MONTHS = '36'
    try {
      // Summaries from before 23 August 2026: the June one above and the two of February in the fixtures.
      const second = await applyRetention(app.payload, now)
      expect(second).toEqual({ summariesCleared: 3, registrationsDeleted: 1 })
      expect((await summaryOf(recent)).summary ?? null).toBeNull()
      expect(await summaryOf(ancient)).toBeUndefined()
      expect(await summaryOf(old)).toBeDefined()
    } finally {
      delete process.env.REGISTRATION_RETENTION_MONTHS
      delete process.env.REGISTRATION_SUMMARY_RETENTION_MONTHS
    }
  })

  it('runs as a queued Payload job', async () => {
    const stale = await register({ occurredAt: '2024-01-01T10:00:00.000Z', summary: 'Nog te wissen' })
    await app.payload.jobs.queue({ task: 'registrationRetention', input: {}, queue: 'nightly' })
    const run = await app.payload.jobs.run({ queue: 'nightly' })
    expect(Object.values(run.jobStatus ?? {})).toEqual([{ status: 'success' }])
    const doc = await app.payload.findByID({ collection: 'registrations', id: stale, depth: 0 })
    expect(doc.summary ?? null).toBeNull()
  })
})

describe('migration 20261204_134000_registration_age_band', () => {
  // A column rename on SQLite; MongoDB has no schema migrations.
  const onSqlite = testDatabaseKind() === 'sqlite' ? it : it.skip

  onSqlite('keeps the age band of a registration stored before it (targetGroup becomes ageBand)', async () => {
    const { payload } = app
    const drizzle = (payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle
    const args: MigrateUpArgs = { db: drizzle, payload, req: await createLocalReq({}, payload) }
    type SqliteClient = {
      execute: (query: { sql: string; args: (string | number)[] }) => Promise<{ rows: Record<string, unknown>[] }>
    }
    const client = (payload.db as unknown as { client: SqliteClient }).client

    // The database as the previous migration left it, with a registration written the way the code before stored it.
    await ageBandMigration.down(args)
    let id: number | string
    try {
      const { rows } = await client.execute({
        sql: `INSERT INTO registrations (occurred_at, location_id, channel, target_group, answer_type, registered_by_id)
              VALUES (?, ?, 'phone', 'senior', 'advice', ?) RETURNING id`,
        args: ['2021-03-01T10:00:00.000Z', ids.dalfsen as number, users.baliemedewerker.id as number],
      })
      id = rows[0].id as number
    } finally {
      await ageBandMigration.up(args)
    }

    const doc = await payload.findByID({ collection: 'registrations', id, depth: 0 })
    expect(doc).toMatchObject({ ageBand: 'senior', channel: 'phone', answerType: 'advice' })
    await payload.delete({ collection: 'registrations', id })
  })
})
