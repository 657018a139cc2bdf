import { beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'

import { api, createRoleUsers } from '../helpers/api'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>

const form = (data: Uint8Array | string, name: string, mapping?: unknown) => {
  const body = new FormData()
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  body.append('file', new Blob([new Uint8Array(bytes)]), name)
  if (mapping !== undefined) body.append('_payload', JSON.stringify({ mapping: JSON.stringify(mapping) }))
  return body
}
const preview = (data: Uint8Array | string, name = 'lijst.csv', mapping?: unknown, token = users.communicatie.token) =>
  api(app.url, 'POST', '/api/organisations-import/preview', { token, body: form(data, name, mapping) })
const commit = (data: Uint8Array | string, name = 'lijst.csv', mapping?: unknown) =>
  api(app.url, 'POST', '/api/organisations-import', {
    token: users.communicatie.token,
    body: form(data, name, mapping),
  })
const count = async () => (await app.payload.count({ collection: 'organisations' })).totalDocs

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  for (const name of ['Schuldhulp', 'Mantelzorg', 'Eenzaamheid'])
    await app.payload.create({ collection: 'themes', data: { name } })
})

const csv = [
  "Naam,Korte omschrijving,Soort hulp,Thema's,Doelgroepen,Telefoon,E-mail,Website,Status",
  'Humanitas Dalfsen,Thuisadministratie en Home-Start,informeel,Schuldhulp; Eenzaamheid,Ouderen (65+); Mantelzorgers,0000-125555,dalfsen@humanitas.example.org,https://humanitas.example.org,actief',
  ',,,,,,,,', // an empty row (only separators)
  'Saam Welzijn,"Welzijnswerk, ouderenadvies",formeel,Mantelzorg,Iedereen,0000-120000,info@saam.example.org,,actief',
  '',
].join('\r\n')

describe('access', () => {
  it('is for communications staff and administrators only', async () => {
    expect((await api(app.url, 'POST', '/api/organisations-import/preview', { body: form(csv, 'a.csv') })).status).toBe(
      401,
    )
    expect((await preview(csv, 'a.csv', undefined, users.baliemedewerker.token)).status).toBe(403)
    expect(
      (await api(app.url, 'GET', '/api/organisations-export?format=csv', { token: users.coordinator.token })).status,
    ).toBe(403)
  })
})

describe('preview', () => {
  it('recognises Dutch headers, skips empty rows and writes nothing (cancel = do not import)', async () => {
    const before = await count()
    const response = await preview(csv)
    expect(response.status).toBe(200)
    expect(response.body.mapping).toEqual([
      'name',
      'shortDescription',
      'kindOfHelp',
      'themes',
      'targetGroups',
      'phone',
      'email',
      'website',
      'status',
    ])
    expect(response.body).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',' })
    expect(response.body.totals).toEqual({ rows: 2, create: 2, update: 0, unchanged: 0, errors: 0 })
    expect(await count()).toBe(before)
  })

  it('reads semicolon-separated Windows-1252 (Dutch Excel) correctly', async () => {
    const text =
      'Naam;Korte omschrijving;Plaats\r\nKulturhus de Mozaïek;Café, bibliotheek en ontmoeting;Lemelerveld\r\n'
    const response = await preview(Buffer.from(text, 'latin1'))
    expect(response.body).toMatchObject({ encoding: 'windows-1252', delimiter: ';' })
    expect(response.body.rows[0]).toMatchObject({ name: 'Kulturhus de Mozaïek', errors: [] })
  })

  it('refuses a file that is not text in a known encoding, or not a spreadsheet', async () => {
    const utf16 = Buffer.from('\uFEFFNaam,Korte omschrijving\r\nA,B\r\n', 'utf16le')
    const response = await preview(utf16)
    expect(response.status).toBe(400)
    expect(response.body.error).toContain('geen tekstbestand')
    const fakeXlsx = await preview(Buffer.from('PK\u0003\u0004 kapot'), 'lijst.xlsx')
    expect(fakeXlsx.status).toBe(400)
    expect(fakeXlsx.body.error).toContain('geen geldig Excel-bestand')
    expect((await preview('', 'leeg.csv')).body.error).toBe('Het bestand is leeg.')
    const noName = await preview('Telefoon,Website\r\n0000-1,https://x.example.org\r\n')
    expect(noName.status).toBe(400)
    expect(noName.body.error).toContain('Koppel een kolom aan Naam')
  })

  it('reports per-row errors: duplicates, unknown themes and options, bad e-mail, formulas in XLSX', async () => {
    const text = [
      'Naam;Korte omschrijving;Thema;Soort hulp;E-mail',
      'Dubbel;Eerste;Schuldhulp;formeel;a@example.org',
      'dubbel ;Tweede;Onbekend thema;half;geen-mail',
      'Zonder omschrijving;;;;',
    ].join('\n')
    const response = await preview(text)
    expect(response.body.totals).toMatchObject({ rows: 3, errors: 2 })
    const [first, second, third] = response.body.rows
    expect(first.errors).toEqual([])
    expect(second.line).toBe(3)
    expect(second.errors).toEqual([
      'Dubbele naam: "dubbel" staat ook op regel 2.',
      'Soort hulp "half" is onbekend: kies formeel, informeel of beide.',
      'Onbekend thema: "Onbekend thema".',
      'E-mail "geen-mail" is geen geldig e-mailadres.',
    ])
    expect(third.errors).toEqual(['Korte omschrijving ontbreekt.'])

    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Blad1')
    sheet.addRow(['Naam', 'Korte omschrijving'])
    sheet.addRow(['Formule BV', { formula: 'CONCAT("a","b")', result: 'ab' }])
    const xlsx = await preview(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), 'lijst.xlsx')
    expect(xlsx.body.rows[0].errors[0]).toContain('de cel bevat een formule')
  })

  it('takes a column mapping chosen by the editor, and refuses a field mapped twice', async () => {
    const text = 'Organisatie X;Wat\r\nTaalpunt;Taalhulp in de bibliotheek\r\n'
    const auto = await preview(text)
    expect(auto.status).toBe(400) // no header is recognised as the name
    const mapped = await preview(text, 'lijst.csv', ['name', 'shortDescription'])
    expect(mapped.body.rows[0]).toMatchObject({ name: 'Taalpunt', errors: [], action: 'create' })
    const twice = await preview(text, 'lijst.csv', ['name', 'name'])
    expect(twice.status).toBe(400)
    expect(twice.body.error).toContain('aan twee kolommen')
  })

  it('handles a 10 MB file within seconds and refuses one over the limit', async () => {
    const line =
      'Organisatie %i,Een organisatie met een omschrijving die de regel wat langer maakt zodat het bestand groeit,formeel,Schuldhulp,0000-123456,info@example.org,https://www.example.org\r\n'
    const header = 'Naam,Korte omschrijving,Soort hulp,Thema,Telefoon,E-mail,Website\r\n'
    const rows: string[] = [header]
    let size = header.length
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const row = line.replace('%i', String(i))
      rows.push(row)
      size += row.length
    }
    const started = Date.now()
    const response = await preview(rows.join(''))
    expect(response.status).toBe(200)
    expect(response.body.totals.rows).toBe(rows.length - 1)
    expect(response.body.totals.errors).toBe(0)
    expect(response.body.rows.length).toBe(200) // the preview shows a sample, the totals count all
    expect(Date.now() - started).toBeLessThan(20_000)

    const tooBig = await preview('Naam\r\n' + 'x'.repeat(16 * 1024 * 1024))
    expect(tooBig.status).toBe(400)
    expect(tooBig.body.error).toContain('groter dan 15 MB')
  }, 60_000)
})

describe('import', () => {
  it('creates new organisations and updates those matched by name or slug; failing rows write nothing', async () => {
    const first = await commit(csv)
    expect(first.status).toBe(200)
    expect(first.body).toEqual({ created: 2, updated: 0, unchanged: 0, failed: [] })
    const humanitas = (
      await app.payload.find({
        collection: 'organisations',
        where: { name: { equals: 'Humanitas Dalfsen' } },
        depth: 1,
      })
    ).docs[0]
    expect(humanitas).toMatchObject({
      slug: 'humanitas-dalfsen',
      kindOfHelp: 'informal',
      targetGroups: ['seniors', 'carers'],
      contact: { phone: '0000-125555', email: 'dalfsen@humanitas.example.org' },
    })
    expect((humanitas.themes as { name: string }[]).map((theme) => theme.name).sort()).toEqual([
      'Eenzaamheid',
      'Schuldhulp',
    ])

    const before = await count()
    const second = await commit(
      [
        'Slug;Naam;Korte omschrijving;Telefoon',
        'humanitas-dalfsen;Humanitas Dalfsen e.o.;Nieuwe omschrijving;', // matched by slug, renamed; empty phone keeps the old
        ';SAAM WELZIJN;Welzijn in de kernen;0000-999999', // matched by name, any case
        ';Humanitas, Dalfsen;Zelfde slug als een andere;', // another name, its slug taken: a slug of its own
        'humanitas-dalfsen;Humanitas Dalfsen e.o.;Nogmaals;', // a slug twice in one file: refused
        ';Kapot;;',
      ].join('\n'),
    )
    expect(second.body.created).toBe(1)
    expect(second.body.updated).toBe(2)
    expect(second.body.failed.map((row: { line: number }) => row.line)).toEqual([5, 6])
    expect(second.body.failed[0].errors.join(' ')).toMatch(/Dubbele (slug|naam)/)
    expect(await count()).toBe(before + 1)
    const namesake = await app.payload.find({
      collection: 'organisations',
      where: { name: { equals: 'Humanitas, Dalfsen' } },
    })
    expect(namesake.docs[0].slug).toBe('humanitas-dalfsen-2')
    const updated = await app.payload.findByID({ collection: 'organisations', id: humanitas.id })
    expect(updated).toMatchObject({
      name: 'Humanitas Dalfsen e.o.',
      shortDescription: 'Nieuwe omschrijving',
      contact: { phone: '0000-125555' },
    })
    expect(updated.updatedBy).toMatchObject({ id: users.communicatie.id })
  })

  it('says per row what it would change, and leaves an organisation it would not change alone', async () => {
    const file = [
      'Naam;Telefoon;Website;Doelgroepen;Status',
      // Its name back in its own capitals (the last import wrote SAAM WELZIJN), a new phone and a website.
      'Saam Welzijn;0000-777777;www.saam.example.org;iedereen;actief',
      // As stored, its target groups in another order: nothing to do.
      'Humanitas Dalfsen e.o.;0000-125555;https://humanitas.example.org;Mantelzorgers | Ouderen (65+);actief',
    ].join('\n')
    const shown = await preview(file)
    expect(shown.body.totals).toEqual({ rows: 2, create: 0, update: 1, unchanged: 1, errors: 0 })
    expect(shown.body.rows).toEqual([
      { line: 2, name: 'Saam Welzijn', action: 'update', changes: ['Naam', 'Telefoon', 'Website'], errors: [] },
      { line: 3, name: 'Humanitas Dalfsen e.o.', action: 'unchanged', changes: [], errors: [] },
    ])
    const humanitas = (
      await app.payload.find({ collection: 'organisations', where: { name: { equals: 'Humanitas Dalfsen e.o.' } } })
    ).docs[0]
    const versionsBefore = (
      await app.payload.countVersions({ collection: 'organisations', where: { parent: { equals: humanitas.id } } })
    ).totalDocs
    expect((await commit(file)).body).toEqual({ created: 0, updated: 1, unchanged: 1, failed: [] })
    const after = await app.payload.findByID({ collection: 'organisations', id: humanitas.id, depth: 0 })
    expect(after.updatedAt).toBe(humanitas.updatedAt)
    expect(
      (await app.payload.countVersions({ collection: 'organisations', where: { parent: { equals: humanitas.id } } }))
        .totalDocs,
    ).toBe(versionsBefore)
  })

  it('accepts websites written as people write them (www.example.nl) and stores them with https://', async () => {
    const response = await commit(
      [
        'Naam;Korte omschrijving;Website',
        'Www Eén;Een organisatie;www.een.example.nl',
        'Www Twee;Een organisatie;twee.example.nl/hulp?taal=nl',
        'Www Drie;Een organisatie;http://drie.example.nl',
        'Www Vier;Een organisatie;geen website',
        '',
      ].join('\r\n'),
    )
    expect(response.status).toBe(200)
    expect(response.body.created).toBe(3)
    expect(response.body.failed).toEqual([
      { line: 5, name: 'Www Vier', errors: [expect.stringMatching(/^Website "geen website": /)] },
    ])
    const { docs } = await app.payload.find({
      collection: 'organisations',
      where: { name: { like: 'Www ' } },
      sort: 'name',
    })
    expect(docs.map((doc) => doc.contact?.website)).toEqual([
      'http://drie.example.nl',
      'https://www.een.example.nl',
      'https://twee.example.nl/hulp?taal=nl',
    ])
  })
  it('reads opening hours as staff write them; an unreadable cell refuses the whole row', async () => {
    const hoursOf = async (name: string) => {
      const [doc] = (await app.payload.find({ collection: 'organisations', where: { name: { equals: name } } })).docs
      return {
        shortDescription: doc.shortDescription,
        hours: (doc.openingHours ?? []).map(({ weekday, opens, closes }) => `${weekday} ${opens}-${closes}`),
      }
    }
    const first = await commit(
      [
        'Naam;Korte omschrijving;Openingstijden',
        'Uren Eén;Een organisatie;"ma t/m do 9-12.30, 13.30-17; vr 09:00 - 12:00"',
        'Uren Twee;Een organisatie;gesloten',
        'Uren Drie;Een organisatie;"ma-vr 9-17.30; za 10-25"',
        '',
      ].join('\r\n'),
    )
    expect(first.body.created).toBe(2)
    expect(first.body.failed).toEqual([
      {
        line: 4,
        name: 'Uren Drie',
        errors: [
          'Openingstijden "ma-vr 9-17.30; za 10-25": "25" is geen tijd (gebruik UU:MM, tot en met 23:59). Schrijf dagen en tijden, bijvoorbeeld ma-vr 09:00-17:00; za 10:00-12:00, of gesloten.',
        ],
      },
    ])
    expect(await hoursOf('Uren Eén')).toEqual({
      shortDescription: 'Een organisatie',
      hours: [
        ...['mon', 'tue', 'wed', 'thu'].flatMap((day) => [`${day} 09:00-12:30`, `${day} 13:30-17:00`]),
        'fri 09:00-12:00',
      ],
    })
    expect((await hoursOf('Uren Twee')).hours).toEqual([])

    // A row with unreadable hours changes nothing of its organisation; "gesloten" clears the hours.
    const second = await commit(
      ['Naam;Korte omschrijving;Openingstijden', 'Uren Eén;Nieuwe omschrijving;op afspraak', ''].join('\r\n'),
    )
    expect(second.body).toMatchObject({
      updated: 0,
      failed: [{ line: 2, errors: [expect.stringMatching(/^Openingstijden "op afspraak": /)] }],
    })
    expect((await hoursOf('Uren Eén')).shortDescription).toBe('Een organisatie')
    const third = await commit(['Naam;Openingstijden', 'Uren Eén;gesloten', ''].join('\r\n'))
    expect(third.body).toEqual({ created: 0, updated: 1, unchanged: 0, failed: [] })
    expect((await hoursOf('Uren Eén')).hours).toEqual([])
  })
})

describe('export', () => {
  const comparable = async () =>
    (await app.payload.find({ collection: 'organisations', depth: 1, pagination: false, sort: 'name' })).docs.map(
      (doc) => ({
        name: doc.name,
        slug: doc.slug,
        shortDescription: doc.shortDescription,
        kindOfHelp: doc.kindOfHelp,
        themes: (doc.themes ?? []).map((theme) => (theme as { name: string }).name).sort(),
        targetGroups: doc.targetGroups,
        domains: doc.domains,
        areasServed: doc.areasServed,
        contact: {
          phone: doc.contact?.phone ?? null,
          email: doc.contact?.email ?? null,
          website: doc.contact?.website ?? null,
        },
        referral: {
          contactPerson: doc.referral?.contactPerson ?? null,
          email: doc.referral?.email ?? null,
          instructions: doc.referral?.instructions ?? null,
        },
        status: doc.status,
        lastVerifiedAt: doc.lastVerifiedAt?.slice(0, 10) ?? null,
        eligibility: doc.eligibility ?? null,
        cost: { kind: doc.cost?.kind ?? null, amount: doc.cost?.amount ?? null, note: doc.cost?.note ?? null },
        languages: doc.languages ?? [],
        applicationProcess: doc.applicationProcess ?? null,
        accessibility: doc.accessibility?.features ?? [],
        accessibilityNote: doc.accessibility?.note ?? null,
        coordinates: [doc.contact?.address?.latitude ?? null, doc.contact?.address?.longitude ?? null],
        openingHours: (doc.openingHours ?? []).map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
      }),
    )

  beforeAll(async () => {
    await app.payload.create({
      collection: 'organisations',
      data: {
        name: 'Formule Stichting',
        shortDescription: '=HYPERLINK("https://kwaad.example","klik")',
        kindOfHelp: 'both',
        domains: ['wmo', 'youth'],
        areasServed: ['gemeente Dalfsen', 'Lemelerveld'],
        contact: { phone: '+31 000 123456' },
        referral: { contactPerson: '@beheer', instructions: 'Bel eerst; daarna mailen.\nMet toestemming.' },
        status: 'inactive',
        lastVerifiedAt: '2025-03-04T12:00:00.000Z',
      },
    })
  })

  it('neutralises formulas in CSV and XLSX', async () => {
    const response = await fetch(`${app.url}/api/organisations-export?format=csv`, {
      headers: { Authorization: `JWT ${users.communicatie.token}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="organisaties-.*\.csv"/)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // a BOM, so Excel reads UTF-8
    const text = new TextDecoder().decode(bytes)
    expect(text.startsWith('Naam;Slug;Korte omschrijving')).toBe(true)
    expect(text).toContain(`"'=HYPERLINK(""https://kwaad.example"",""klik"")"`)
    expect(text).toContain("'+31 000 123456")
    expect(text).toContain("'@beheer")
    expect(text).not.toMatch(/;=|^=/m)

    const xlsx = await fetch(`${app.url}/api/organisations-export?format=xlsx`, {
      headers: { Authorization: `JWT ${users.communicatie.token}` },
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await xlsx.arrayBuffer())
    const values = workbook.worksheets[0]
      .getSheetValues()
      .flat()
      .filter((value) => typeof value === 'string') as string[]
    expect(values).toContain(`'=HYPERLINK("https://kwaad.example","klik")`)
    expect(values.some((value) => value.startsWith('='))).toBe(false)
  })

  it.each(['csv', 'xlsx'] as const)(
    'round trip: export as %s, import on an empty database, the same organisations',
    async (format) => {
      // The service details travel along: for whom, costs, languages, how to apply, accessibility,
      // coordinates, opening hours.
      const [first] = (await app.payload.find({ collection: 'organisations', limit: 1, sort: 'name' })).docs
      await app.payload.update({
        collection: 'organisations',
        id: first.id,
        data: {
          eligibility: 'Inwoners van 65 jaar en ouder.',
          cost: { kind: 'contribution', amount: 21.8, note: 'per vier weken' },
          languages: ['nl', 'ar', 'dse'],
          applicationProcess: 'Bel ons op werkdagen.',
          accessibility: { features: ['wheelchair', 'hearingLoop'], note: 'Ingang aan de achterkant' },
          contact: { address: { street: 'Voorbeeldweg 3', city: 'Lemelerveld', latitude: 52.444, longitude: 6.334 } },
          openingHours: [
            ...(['mon', 'tue', 'thu'] as const).flatMap((weekday) => [
              { weekday, opens: '09:00', closes: '12:30' },
              { weekday, opens: '13:30', closes: '17:00' },
            ]),
            { weekday: 'sat', opens: '10:00', closes: '12:00' },
          ],
        },
      })
      const original = await comparable()
      expect(original[0]).toMatchObject({
        languages: ['nl', 'ar', 'dse'],
        accessibilityNote: 'Ingang aan de achterkant',
        coordinates: [52.444, 6.334],
      })
      const response = await fetch(`${app.url}/api/organisations-export?format=${format}`, {
        headers: { Authorization: `JWT ${users.communicatie.token}` },
      })
      const file = new Uint8Array(await response.arrayBuffer())
      if (format === 'csv')
        expect(new TextDecoder().decode(file)).toContain(';"ma, di, do 09:00-12:30, 13:30-17:00; za 10:00-12:00";')

      // Importing unchanged data over the same database changes nothing.
      const shown = await preview(file, `export.${format}`)
      expect(shown.body.totals).toEqual({
        rows: original.length,
        create: 0,
        update: 0,
        unchanged: original.length,
        errors: 0,
      })
      const again = await commit(file, `export.${format}`)
      expect(again.body).toEqual({ created: 0, updated: 0, unchanged: original.length, failed: [] })
      expect(await comparable()).toEqual(original)

      // And into an emptied directory it recreates every organisation exactly.
      await app.payload.delete({ collection: 'organisations', where: { id: { exists: true } } })
      const imported = await commit(file, `export.${format}`)
      expect(imported.body).toEqual({ created: original.length, updated: 0, unchanged: 0, failed: [] })
      expect(await comparable()).toEqual(original)
    },
  )

  it('writes the date last checked as the Dutch day, as the Wegwijzer shows it', async () => {
    // 23:30 UTC on 5 December is 00:30 on 6 December in the Netherlands.
    await app.payload.create({
      collection: 'organisations',
      data: {
        name: 'Nachtcontrole',
        shortDescription: 'Gecontroleerd na middernacht.',
        kindOfHelp: 'formal',
        status: 'active',
        lastVerifiedAt: '2025-12-05T23:30:00.000Z',
      },
    })
    const response = await fetch(`${app.url}/api/organisations-export?format=csv`, {
      headers: { Authorization: `JWT ${users.communicatie.token}` },
    })
    const line = (await response.text()).split('\r\n').find((row) => row.startsWith('Nachtcontrole;'))
    expect(line).toContain(';2025-12-06')
    expect(line).not.toContain('2025-12-05')
  })

  it('writes amounts and coordinates as numbers and the date last checked as a date in XLSX', async () => {
    await app.payload.create({
      collection: 'organisations',
      data: {
        name: 'Getallen',
        shortDescription: 'Met een bedrag en een plek.',
        kindOfHelp: 'formal',
        status: 'active',
        cost: { kind: 'contribution', amount: 2.5 },
        contact: { address: { latitude: 52.5035, longitude: 6.2587 } },
        lastVerifiedAt: '2025-12-05T23:30:00.000Z',
      },
    })
    const response = await fetch(`${app.url}/api/organisations-export?format=xlsx`, {
      headers: { Authorization: `JWT ${users.communicatie.token}` },
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const sheet = workbook.worksheets[0]
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    let row: ExcelJS.Row | undefined
    sheet.eachRow((candidate) => {
      if (candidate.getCell(1).value === 'Getallen') row = candidate
    })
    const cell = (header: string) => row!.getCell(headers.indexOf(header) + 1)
    expect(cell('Bedrag').value).toBe(2.5)
    expect(cell('Bedrag').numFmt).toBe('#,##0.00')
    expect([cell('Breedtegraad').value, cell('Lengtegraad').value]).toEqual([52.5035, 6.2587])
    // The Dutch day (00:30 on 6 December), as a date cell shown as 06-12-2025.
    expect(cell('Laatst gecontroleerd').value).toEqual(new Date('2025-12-06T00:00:00.000Z'))
    expect(cell('Laatst gecontroleerd').numFmt).toBe('dd-mm-yyyy')
  })
})
