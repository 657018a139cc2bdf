/**
 * The Payload admin, in a real browser on the production build, for each role's daily work:
 * communications staff keep the directory, the work documents and the startpage and import a
 * spreadsheet and another directory's Open Referral data; a coordinator adds and repeats a roster shift; the administrator invites and
 * deactivates a user; an organisation keeps its own entry current through its mailed link.
 *
 * These journeys are also the test of every guard (request guard, input-shape guard, relationship
 * integrity, CSRF, security headers and CSP, rate limits at their production defaults) against
 * Payload's own admin traffic: any 4xx or 5xx from /api/ that the journey did not ask for, and any
 * uncaught error in the page, fails the journey.
 */

import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { Browser, BrowserContext, Page, Response } from 'playwright-core'

import type { ApiBody } from '../helpers/api'
import { axeViolations, hydrated, launchBrowser, loginInBrowser, newDutchContext } from '../helpers/browser'
import { startMailCatcher, type MailCatcher } from '../helpers/mailCatcher'
import { startNextServer, type NextServer } from '../helpers/nextServer'
import { rateLimitsOff } from '../helpers/rateLimits'
import { DEMO_PASSWORD } from '../../src/seed/data/users'
import { simplePdf } from '../../src/seed/pdf'

/** A journey is a person's few minutes of work; on a busy 2-core machine the admin answers slowly. */
const JOURNEY_TIMEOUT = 240_000

let server: NextServer
let browser: Browser
let smtp: MailCatcher
/** Mail the app sent, caught by a local SMTP server. */

/** What went wrong in a page that the person did not cause: failed /api/ calls and uncaught errors. */
interface Watch {
  problems: Promise<string>[]
}

const watch = (page: Page): Watch => {
  const watched: Watch = { problems: [] }
  page.on('response', (response: Response) => {
    const url = new URL(response.url())
    if (!url.pathname.startsWith('/api/') || response.status() < 400) return
    watched.problems.push(
      response
        .text()
        .catch(() => '')
        .then(
          (body) =>
            `${response.request().method()} ${url.pathname}${url.search} → ${response.status()} ${body.slice(0, 300)}`,
        ),
    )
  })
  page.on('pageerror', (error) => watched.problems.push(Promise.resolve(`page error: ${error.message}`)))
  return watched
}

const expectNoProblems = async (watched: Watch) => {
  expect(await Promise.all(watched.problems)).toEqual([])
}

interface Session {
  context: BrowserContext
  page: Page
  watched: Watch
}

const openSession = async (email: string): Promise<Session> => {
  const context = await newDutchContext(browser)
  const page = await context.newPage()
  const watched = watch(page)
  await loginInBrowser(page, server.url, email, DEMO_PASSWORD)
  return { context, page, watched }
}

/** A REST read from inside the page, as the signed-in person (same origin, their session cookie). */
const readApi = <T = ApiBody>(page: Page, path: string): Promise<T> =>
  page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'include' })
    if (!response.ok) throw new Error(`${url}: ${response.status}`)
    return response.json()
  }, path)

const openAdmin = async (page: Page, path: string) => {
  await page.goto(`${server.url}/admin${path}`)
  // The edit form is rendered on the server; typing before hydration would be lost.
  await hydrated(page.locator('form').first(), 60_000)
}

/** Saves the document with the button of that name and returns the REST answer the admin got. */
const save = async (page: Page, collection: string, buttonName = 'Bewaar') => {
  const answer = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname.startsWith(`/api/${collection}`) &&
      ['POST', 'PATCH'].includes(response.request().method()) &&
      !response.url().includes('autosave=true'),
    { timeout: 120_000 },
  )
  await page.getByRole('button', { name: buttonName, exact: true }).click()
  const response = await answer
  expect(`${response.status()} ${response.status() < 300 ? '' : await response.text()}`.trim()).toMatch(/^20[01]$/)
  return response.json() as Promise<{ doc?: { id: number }; result?: unknown }>
}

/** Types into a relationship or select picker (react-select) and chooses the option with that label. */
const choose = async (page: Page, fieldPath: string, label: string, search = label) => {
  const input = page.locator(`#field-${fieldPath}`).getByRole('combobox')
  await hydrated(input)
  await input.click()
  await input.fill(search)
  await page.getByRole('option', { name: label, exact: true }).click()
}

/** The labels a picker shows for what is chosen (single or many). */
const chosenLabels = (page: Page, fieldPath: string) =>
  page
    .locator(`#field-${fieldPath}`)
    .locator('.relationship--single-value__text, .relationship--multi-value-label__text')
    .allTextContents()

/** Waits (the titles of chosen documents load after the form) until a picker shows these labels. */
const expectChosen = async (page: Page, fieldPath: string, expected: string[]) => {
  const deadline = Date.now() + 20_000
  let shown = await chosenLabels(page, fieldPath)
  while (JSON.stringify(shown) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(250)
    shown = await chosenLabels(page, fieldPath)
  }
  expect(shown).toEqual(expected)
}

const expectTitlesEverywhere = async (page: Page) => {
  await expect(page.getByText(/Zonder titel|Untitled/).count()).resolves.toBe(0)
  // Accessible names too, such as a relationship field's "+" ("Nieuw(e) Infopunt toevoegen").
  await expect(page.locator('[aria-label*="[object Object]"]').count()).resolves.toBe(0)
}

/** Picks a day and a time in a Payload date-time field (react-datepicker), as a person clicks them. */
const pickDateTime = async (page: Page, fieldPath: string, date: Date, time: string) => {
  const field = page.locator(`#field-${fieldPath}`)
  await hydrated(field.locator('input'))
  await field.locator('input').click()
  const popup = page.locator('.react-datepicker')
  await popup.locator('.react-datepicker__year-select').selectOption(String(date.getFullYear()))
  await popup.locator('.react-datepicker__month-select').selectOption(String(date.getMonth()))
  await popup
    .locator(
      `.react-datepicker__day--${String(date.getDate()).padStart(3, '0')}:not(.react-datepicker__day--outside-month)`,
    )
    .click()
  // The list shows 24-hour times, as Dutch writes them ("10:00", not "10:00 AM").
  await popup.locator('.react-datepicker__time-list-item', { hasText: new RegExp(`^${time}$`) }).click()
  await page.keyboard.press('Escape')
}

const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

beforeAll(async () => {
  // Rate limits at their production defaults: three sign-ins and an admin's browsing must stay well within them.
  const productionLimits = Object.fromEntries(Object.keys(rateLimitsOff).map((name) => [name, '']))
  smtp = await startMailCatcher()
  server = await startNextServer({ env: { ...productionLimits, ...smtp.env } })
  browser = await launchBrowser()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.close()
})

describe('communications staff in the admin', () => {
  let session: Session
  const stamp = Date.now().toString(36)
  const organisationName = `Stichting Journey ${stamp}`
  const themeName = `Thema journey ${stamp}`
  let serviceId: number | undefined

  beforeAll(async () => {
    session = await openSession('communicatie@infopunt.example')
  }, 120_000)

  afterAll(async () => {
    await session?.context.close()
  })

  it(
    'creates an organisation with only its required fields (no opening hours)',
    async () => {
      const { page, watched } = session
      await openAdmin(page, '/collections/organisations/create')
      await page.locator('#field-name').fill(organisationName)
      await page.locator('#field-shortDescription').fill('Alleen de verplichte velden ingevuld.')
      const { doc } = await save(page, 'organisations')
      const stored = await readApi(page, `/api/organisations/${doc!.id}?depth=0`)
      expect(stored).toMatchObject({ name: organisationName, openingHours: [] })
      await expectNoProblems(watched)
    },
    JOURNEY_TIMEOUT,
  )

  it(
    'saves an Infopunt that has coordinators, whose accounts communications staff cannot read',
    async () => {
      const { page, watched } = session
      const found = (await readApi(page, '/api/locations?where[name][equals]=Infopunt Dalfsen&depth=0')) as {
        docs: { id: number; coordinators?: number[] }[]
      }
      const [infopunt] = found.docs
      expect(infopunt.coordinators?.length).toBeGreaterThan(0)
      await openAdmin(page, `/collections/locations/${infopunt.id}`)
      const venue = page.locator('#field-venue')
      const before = await venue.inputValue()
      await venue.fill(`${before} (hoofdingang)`)
      await save(page, 'locations')
      await venue.fill(before)
      await save(page, 'locations')
      await expectNoProblems(watched)
    },
    JOURNEY_TIMEOUT,
  )

  it(
    'adds a kern to a municipality of the network and opens an Infopunt there, whose municipality follows',
    async () => {
      const { page, watched } = session
      const kern = `Hoonhorst ${stamp}`
      await openAdmin(page, '/collections/kernen/create')
      await page.locator('#field-name').fill(kern)
      await choose(page, 'municipality', 'Dalfsen')
      await save(page, 'kernen')

      await openAdmin(page, '/collections/locations/create')
      await page.locator('#field-name').fill(`Infopunt ${kern}`)
      await choose(page, 'kern', kern, 'Hoonhorst')
      const { doc } = await save(page, 'locations')
      await expectChosen(page, 'municipality', ['Dalfsen'])
      const [dalfsen] = (
        (await readApi(page, '/api/municipalities?where[name][equals]=Dalfsen&depth=0')) as { docs: { id: number }[] }
      ).docs
      expect(await readApi(page, `/api/locations/${doc!.id}?depth=0`)).toMatchObject({ municipality: dalfsen.id })
      await expectTitlesEverywhere(page)
      // Its history opens: a version page of an Infopunt made just now (its ids differ from its versions').
      await page.locator('#field-venue').fill('Dorpshuis')
      await save(page, 'locations')
      const versions = (await readApi(
        page,
        `/api/locations/versions?where[parent][equals]=${doc!.id}&depth=0&sort=-createdAt`,
      )) as { docs: { id: number }[] }
      expect(versions.docs.length).toBeGreaterThan(1)
      // The version page has no form: it shows the version beside the current document.
      await page.goto(`${server.url}/admin/collections/locations/${doc!.id}/versions/${versions.docs[1].id}`)
      await page.locator('.view-version').waitFor({ timeout: 60_000 })
      expect(page.url()).not.toContain('notFound')
      expect(page.url()).toContain(`/versions/${versions.docs[1].id}`)
      await expectNoProblems(watched)
    },
    JOURNEY_TIMEOUT,
  )

  it(
    'adds a theme',
    async () => {
      const { page, watched } = session
      await openAdmin(page, '/collections/themes/create')
      await page.locator('#field-name').fill(themeName)
      await save(page, 'themes')
      await expectNoProblems(watched)
    },
    JOURNEY_TIMEOUT,
  )

  it(
    'creates a service, choosing its organisation and theme in the pickers, which show their titles',
    async () => {
      const { page, watched } = session
      await openAdmin(page, '/collections/services/create')
      await page.locator('#field-name').fill(`Spreekuur ${stamp}`)
      await page.locator('#field-description').fill('Elke dinsdag een open spreekuur.')
      await choose(page, 'organisation', organisationName)
      await choose(page, 'themes', themeName)
      await choose(page, 'themes', 'Mantelzorg')
      const { doc } = await save(page, 'services')
      serviceId = doc!.id

      // Opened again: the chosen documents are loaded by id and shown by their titles.
      await openAdmin(page, `/collections/services/${doc!.id}`)
      await expectChosen(page, 'organisation', [organisationName])
      await expectChosen(page, 'themes', [themeName, 'Mantelzorg'])
      await expectTitlesEverywhere(page)
      await expectNoProblems(watched)
    },
    JOURNEY_TIMEOUT,
  )

  it(
    "edits a service's details: for whom, costs, languages, how to apply, opening hours and a location",
    async () => {
      const { page, watched } = session
      await openAdmin(page, `/collections/services/${serviceId}`)
      await page.locator('.tabs-field__tab-button', { hasText: 'Aanbod' }).click()
      const amount = page.locator('#field-cost__amount')
      await choose(page, 'cost__kind', 'Eigen bijdrage', 'Eigen')
      // Words are refused, with an example, and nothing is saved.
      await amount.fill('twee euro')
      const before = watched.problems.length
      await page.getByRole('button', { name: 'Bewaar', exact: true }).click()
      await page.getByText('Vul hier een getal in, zoals 2,50.').first().waitFor()
      // That refusal is the one the editor caused; nothing else may fail.
      expect(await Promise.all(watched.problems.splice(before))).toEqual([
        expect.stringMatching(/^PATCH \/api\/services\/.* → 400 .*cost\.amount/),
      ])
      // Typed as Dutch people write an amount: the comma is the decimal separator, not a slip.
      await amount.fill('')
      await amount.pressSequentially('2,50')
      await page.locator('#field-eligibility').fill('Inwoners van 65 jaar en ouder.')
      await page.locator('#field-cost__note').fill('per keer')
      await choose(page, 'languages', 'Nederlands', 'Neder')
      await choose(page, 'languages', 'Arabisch', 'Arab')
      await page.locator('#field-applicationProcess').fill('Loop binnen op dinsdagochtend.')
      await page.locator('#field-openingHours .array-field__add-row').click()
      await choose(page, 'openingHours__0__weekday', 'dinsdag', 'dins')
      // Times as people type them; stored as HH:MM.
      await page.locator('#field-openingHours__0__opens').fill('9:00')
      await page.locator('#field-openingHours__0__closes').fill('12.00')
      await page.locator('#field-venues .array-field__add-row').click()
      await page.locator('#field-venues__0__name').fill('Kulturhus de Spil')
      await page.locator('#field-venues__0__address__city').fill('Nieuwleusen')
      // With a decimal comma or a decimal point, as people write or copy coordinates.
      await page.locator('#field-venues__0__address__latitude').pressSequentially('52,581')
      await page.locator('#field-venues__0__address__longitude').fill('6.283')
      await choose(page, 'venues__0__accessibility__features', 'Rolstoeltoegankelijk', 'Rolstoel')
      await save(page, 'services')

      const stored = await readApi(page, `/api/services/${serviceId}?depth=0`)
      expect(stored).toMatchObject({
        eligibility: 'Inwoners van 65 jaar en ouder.',
        cost: { kind: 'contribution', amount: 2.5, note: 'per keer' },
        languages: ['nl', 'ar'],
        applicationProcess: 'Loop binnen op dinsdagochtend.',
        openingHours: [{ weekday: 'tue', opens: '09:00', closes: '12:00' }],
        venues: [
          {
            name: 'Kulturhus de Spil',
            address: { city: 'Nieuwleusen', latitude: 52.581, longitude: 6.283 },
            accessibility: { features: ['wheelchair'] },
          },
        ],
      })
      // Opened again, the amount reads as it was typed.
      await openAdmin(page, `/collections/services/${serviceId}`)
      await page.locator('.tabs-field__tab-button', { hasText: 'Aanbod' }).click()
      expect(await amount.inputValue()).toBe('2,50')
      await expectNoProblems(watched)
    },
    JOURNEY_TIMEOUT,
  )

  it(
    'uploads a work document (PDF)',
    async () => {
      const { page, watched } = session
      await openAdmin(page, '/collections/work-documents/create')
      await page.locator('input[type="file"]').setInputFiles({
        name: `werkinstructie-${stamp}.pdf`,
        mimeType: 'application/pdf',
        buffer: simplePdf('Werkinstructie', ['Zo help je een bezoeker bij de balie.']),
      })
      await page.locator('#field-title').fill(`Werkinstructie ${stamp}`)
      await choose(page, 'category', 'Protocol', 'Prot')
      const { doc } = await save(page, 'work-documents')
      const stored = await readApi(page, `/api/work-documents/${doc!.id}?depth=0`)
      expect(stored).toMatchObject({
        title: `Werkinstructie ${stamp}`,
        category: 'protocol',
        mimeType: 'application/pdf',
      })
      await expectNoProblems(watched)
    },
    JOURNEY_TIMEOUT,
  )

  it(
    'edits the startpage (a draft, saved automatically) and publishes it',
    async () => {
      const { page, watched } = session
      const intro = `Welkom bij de balie (${stamp}).`
      // The network's one startpage: the admin opens it from the collection.
      await openAdmin(page, '/collections/startpages')
      await page.waitForURL(/\/admin\/collections\/startpages\/[^/]+$/)
      await page.locator('#field-intro').fill(intro)
      await save(page, 'startpages', 'Publiceer wijzigingen')
      const { docs } = await readApi<{ docs: ApiBody[] }>(page, '/api/startpages?depth=0')
      expect(docs).toEqual([expect.objectContaining({ intro, _status: 'published' })])
      await expectTitlesEverywhere(page)
      await expectNoProblems(watched)
    },
    JOURNEY_TIMEOUT,
  )

  it(
    'imports organisations from a CSV file and edits an imported one afterwards',
    async () => {
      const { page, watched } = session
      const imported = [`Import Een ${stamp}`, `Import Twee ${stamp}`]
      const csv = [
        'Naam,Korte omschrijving,Soort hulp,Status',
        `${imported[0]},Uit de spreadsheet,informeel,actief`,
        `${imported[1]},"Ook uit de spreadsheet, met een komma",formeel,actief`,
        '',
      ].join('\r\n')
      await page.goto(`${server.url}/admin/organisaties-importeren`)
      const fileInput = await hydrated(page.locator('#import-file'), 60_000)
      await fileInput.setInputFiles({ name: 'organisaties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
      await page.getByRole('button', { name: 'Importeren (2 regels)' }).click()
      await page
        .getByRole('status')
        .filter({ hasText: '2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 niet geïmporteerd.' })
        .waitFor()

      const { docs } = await readApi<{ docs: { id: number }[] }>(
        page,
        `/api/organisations?depth=0&where[name][equals]=${encodeURIComponent(imported[0])}`,
      )
      expect(docs).toHaveLength(1)
      await openAdmin(page, `/collections/organisations/${docs[0].id}`)
      await page.locator('#field-shortDescription').fill('Na de import aangevuld in de admin.')
      await save(page, 'organisations')
      await expectNoProblems(watched)
    },
    JOURNEY_TIMEOUT,
  )

  it(
    'imports another directory from an Open Referral data package after seeing the preview',
    async () => {
      const { page, watched } = session
      const name = `Open Referral ${stamp}`
      const organisations = `id,name,description\n${randomUUID()},${name},Een partner uit de wegwijzer van de buurgemeente.\n`
      await page.goto(`${server.url}/admin/open-referral-importeren`)
      const fileInput = await hydrated(page.locator('#hsds-file'), 60_000)
      await fileInput.setInputFiles({
        name: 'buurgemeente.zip',
        mimeType: 'application/zip',
        buffer: Buffer.from(zipSync({ 'organizations.csv': strToU8(organisations) })),
      })
      await page.getByRole('cell', { name, exact: true }).waitFor()
      expect(await axeViolations(page)).toEqual([])
      // Meanwhile a colleague adds the same organisation by hand: the import shown is no longer the
      // one that would run, so it is refused and the new preview takes its place.
      await page.evaluate(async (organisation) => {
        const response = await fetch('/api/organisations', {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: organisation, shortDescription: 'Intussen door een collega toegevoegd.' }),
        })
        if (!response.ok) throw new Error(`POST /api/organisations: ${response.status}`)
      }, name)
      await page.getByRole('button', { name: 'Importeren' }).click()
      await page.getByRole('alert').filter({ hasText: 'veranderd sinds je het voorbeeld' }).waitFor()
      await page.getByRole('checkbox', { name: `${name} overschrijven met de bron` }).waitFor()
      expect(await axeViolations(page)).toEqual([])
      expect(await Promise.all(watched.problems)).toEqual([expect.stringMatching(/^POST \/api\/hsds-import → 409 /)])
      watched.problems.length = 0

      await page.getByRole('checkbox', { name: `${name} overschrijven met de bron` }).check()
      await page.getByRole('button', { name: 'Importeren' }).click()
      await page.getByRole('status').filter({ hasText: '0 nieuw, 0 bijgewerkt' }).waitFor()
      const { docs } = await readApi<{ docs: { shortDescription: string }[] }>(
        page,
        `/api/organisations?depth=0&where[name][equals]=${encodeURIComponent(name)}`,
      )
      expect(docs.map((doc) => doc.shortDescription)).toEqual(['Een partner uit de wegwijzer van de buurgemeente.'])

      // The other way: the network's own directory as an Open Referral data package, from the organisations list.
      await page.goto(`${server.url}/admin/collections/organisations`)
      const download = page.waitForEvent('download')
      await page.getByRole('link', { name: 'Exporteren als Open Referral-gegevenspakket (HSDS)' }).click()
      const files = unzipSync(new Uint8Array(readFileSync((await (await download).path())!)))
      expect(strFromU8(files['organizations.csv'])).toContain(name)
      expect(Object.keys(files)).toContain('datapackage.json')
      await expectNoProblems(watched)
    },
    JOURNEY_TIMEOUT,
  )
})

describe('a coordinator in the admin', () => {
  it(
    'adds a roster shift and repeats it weekly',
    async () => {
      const { context, page, watched } = await openSession('coordinator@infopunt.example')
      // Well after the seeded roster (four weeks from today), on a weekday.
      const day = new Date()
      day.setDate(day.getDate() + 70)
      while (day.getDay() === 0 || day.getDay() === 6) day.setDate(day.getDate() + 1)

      await openAdmin(page, '/collections/roster-shifts/create')
      await choose(page, 'location', 'Infopunt Dalfsen', 'Dalfsen')
      await pickDateTime(page, 'startsAt', day, '10:00')
      await pickDateTime(page, 'endsAt', day, '11:00')
      // A colleague from the staff picker: coordinators read their colleagues' accounts to roster them.
      await choose(page, 'staff', 'Wilma Bosch', 'Wilma')
      await expectChosen(page, 'staff', ['Wilma Bosch'])
      const { doc } = await save(page, 'roster-shifts')
      const shift = await readApi(page, `/api/roster-shifts/${doc!.id}?depth=0`)
      const amsterdamTime = (iso: string) =>
        new Date(iso).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })
      expect([amsterdamTime(shift.startsAt), amsterdamTime(shift.endsAt)]).toEqual(['10:00', '11:00'])

      // The repeat field appears in the sidebar of the saved shift.
      const until = new Date(day)
      until.setDate(until.getDate() + 21)
      const untilInput = await hydrated(page.getByLabel('Wekelijks herhalen tot en met'), 60_000)
      await untilInput.fill(isoDay(until))
      await page.getByRole('button', { name: 'Herhalen', exact: true }).click()
      await page.getByRole('status').filter({ hasText: '3 diensten aangemaakt.' }).waitFor()
      const { totalDocs } = await readApi(
        page,
        `/api/roster-shifts?depth=0&limit=0&where[seriesId][exists]=true&where[startsAt][greater_than_equal]=${encodeURIComponent(
          shift.startsAt,
        )}`,
      )
      expect(totalDocs).toBe(4)
      await expectChosen(page, 'location', ['Infopunt Dalfsen'])
      await expectTitlesEverywhere(page)
      // The shift is titled by its begin, in Dutch: "woensdag 17 feb. 2027 10:00", not an ISO timestamp.
      expect((await page.locator('h1').first().textContent())?.trim()).toMatch(/^[a-z]+dag \d{1,2} \S+ \d{4} 10:00$/)
      // The roster's list shows names without an account as names, and nothing where there are none.
      await page.goto(`${server.url}/admin/collections/roster-shifts?limit=100`)
      await page.locator('.table').waitFor()
      expect(await page.locator('.table').textContent()).not.toContain('[]')
      await expectNoProblems(watched)
      await context.close()
    },
    JOURNEY_TIMEOUT,
  )
})

describe('the administrator in the admin', () => {
  it(
    'invites a colleague (nobody types their password), who sets it through the mailed link; deactivates one',
    async () => {
      const { context, page, watched } = await openSession('beheerder@infopunt.example')
      const email = `nieuwe.collega.${Date.now().toString(36)}@infopunt.example`
      await page.goto(`${server.url}/admin/collections/users`)
      // No "create" with a typed password: the way in is the invitation.
      const invite = await hydrated(page.getByRole('link', { name: 'Collega uitnodigen' }), 60_000)
      expect(await page.locator('a[href$="/collections/users/create"]').count()).toBe(0)
      await invite.click()
      await page.waitForURL(/\/admin\/collega-uitnodigen$/)
      await hydrated(page.getByRole('button', { name: 'Uitnodiging versturen' }))
      // An administrator may hand out every role.
      expect(await page.getByLabel('Rol').locator('option').allTextContents()).toEqual([
        'Beheerder',
        'Communicatie',
        'Coördinator',
        'Baliemedewerker',
      ])
      await page.getByLabel('Naam').fill('Nieuwe Collega')
      await page.getByLabel('E-mailadres').fill(email)
      await page.getByLabel('Rol').selectOption({ label: 'Baliemedewerker' })
      await page.getByRole('combobox', { name: 'Infopunt' }).selectOption({ label: 'Infopunt Nieuwleusen' })
      await page.getByLabel('Beroepskracht').check()
      expect(await page.locator('input[type=password]').count()).toBe(0)
      await page.getByRole('button', { name: 'Uitnodiging versturen' }).click()
      await page
        .getByRole('status')
        .filter({ hasText: `Uitnodiging verstuurd naar ${email}` })
        .waitFor()

      const mail = smtp.received.find((message) => message.to.includes(email))
      const link = mail?.raw
        .replace(/=\r?\n/g, '')
        .replace(/=3D/g, '=')
        .match(/https?:\/\/\S+\/uitnodiging\/[A-Za-z0-9_-]+/)?.[0]
      expect(link).toEqual(expect.any(String))
      const invitee = await (await newDutchContext(browser)).newPage()
      await invitee.goto(link!)
      await hydrated(invitee.getByRole('button', { name: 'Wachtwoord opslaan' }))
      expect(await axeViolations(invitee)).toEqual([])
      await invitee.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een eigen zin voor de balie')
      await invitee.getByLabel('Nieuw wachtwoord nog een keer').fill('een eigen zin voor de balie')
      await invitee.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
      await invitee.getByRole('status').filter({ hasText: 'Je wachtwoord is opgeslagen.' }).waitFor()
      await loginInBrowser(invitee, server.url, email, 'een eigen zin voor de balie')
      await invitee.goto(`${server.url}/trainingen`)
      await invitee.getByText('Je bent in opleiding').waitFor()
      await invitee.context().close()

      const { docs } = await readApi<{ docs: { id: number }[] }>(
        page,
        `/api/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`,
      )
      expect(docs[0]).toMatchObject({ email, role: 'baliemedewerker', staffKind: 'professional', active: true })
      // The admin's create view for users is the invitation.
      await page.goto(`${server.url}/admin/collections/users/create`)
      await page.waitForURL(/\/admin\/collega-uitnodigen$/)

      await openAdmin(page, `/collections/users/${docs[0].id}`)
      await expectChosen(page, 'defaultLocation', ['Infopunt Nieuwleusen'])
      await hydrated(page.locator('#field-active'))
      await page.locator('#field-active').uncheck()
      await save(page, 'users')
      expect(await readApi(page, `/api/users/${docs[0].id}?depth=0`)).toMatchObject({ active: false })
      await expectTitlesEverywhere(page)
      await expectNoProblems(watched)
      await context.close()
    },
    JOURNEY_TIMEOUT,
  )
})

describe("the desk's people", () => {
  it(
    'a coordinator invites a new volunteer, who follows the mailed link, sets a password and is in training',
    async () => {
      const { context, page, watched } = await openSession('coordinator@infopunt.example')
      const email = `nina.${Date.now().toString(36)}@infopunt.example`
      await page.goto(`${server.url}/trainingen`)
      await hydrated(page.getByRole('button', { name: 'Uitnodiging versturen' }))
      await page.getByLabel('Naam').fill('Nina Nieuw')
      await page.getByLabel('E-mailadres').fill(email)
      await page.getByLabel('Infopunt').selectOption({ label: 'Infopunt Lemelerveld' })
      await page.getByLabel('Vrijwilliger').check()
      await page.getByRole('button', { name: 'Uitnodiging versturen' }).click()
      const outcome = page.locator('.invite-form [role=status], .invite-form [role=alert]')
      await outcome.waitFor()
      expect(await outcome.textContent()).toContain(`Uitnodiging verstuurd naar ${email}`)

      const mail = smtp.received.find((message) => message.to.includes(email))
      const link = mail?.raw
        .replace(/=\r?\n/g, '')
        .replace(/=3D/g, '=')
        .match(/https?:\/\/\S+\/uitnodiging\/[A-Za-z0-9_-]+/)?.[0]
      expect(link).toEqual(expect.any(String))

      const invitee = await (await newDutchContext(browser)).newPage()
      await invitee.goto(link!)
      await invitee.getByRole('heading', { name: 'Welkom bij het digitale Infopunt' }).waitFor()
      await hydrated(invitee.getByRole('button', { name: 'Wachtwoord opslaan' }))
      await invitee.getByLabel('Nieuw wachtwoord', { exact: true }).fill('zomer aan de vecht')
      await invitee.getByLabel('Nieuw wachtwoord nog een keer').fill('zomer aan de vecht')
      await invitee.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
      await invitee.getByRole('status').filter({ hasText: 'Je wachtwoord is opgeslagen.' }).waitFor()
      await loginInBrowser(invitee, server.url, email, 'zomer aan de vecht')
      await invitee.goto(`${server.url}/trainingen`)
      await invitee.getByText('Je bent in opleiding').waitFor()
      // The link works once.
      await invitee.goto(link!)
      await invitee.getByRole('alert').filter({ hasText: 'verlopen of al gebruikt' }).waitFor()
      await invitee.context().close()

      await page.goto(`${server.url}/trainingen?toon=opleiding`)
      expect(await page.getByRole('rowheader').allTextContents()).toContain('Nina Nieuw')
      await expectNoProblems(watched)
      await context.close()
    },
    JOURNEY_TIMEOUT,
  )

  it(
    'the administrator deactivates someone who leaves, after seeing the shifts they come off',
    async () => {
      const { context, page, watched } = await openSession('beheerder@infopunt.example')
      const headers = { 'Sec-Fetch-Site': 'same-origin', Origin: server.url }
      const leaver = await context.request.post(`${server.url}/api/users/invite`, {
        headers,
        data: { name: 'Vera Vertrek', email: `vera.${Date.now().toString(36)}@infopunt.example` },
      })
      expect(leaver.status()).toBe(201)
      const leaverId = (await leaver.json()).invited.id
      const locations = await (
        await context.request.get(`${server.url}/api/locations?depth=0&limit=1`, { headers })
      ).json()
      const start = new Date(Date.now() + 90 * 86400_000)
      start.setUTCHours(3, 0, 0, 0)
      const shift = await context.request.post(`${server.url}/api/roster-shifts`, {
        headers,
        data: {
          location: locations.docs[0].id,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3600_000).toISOString(),
          staff: [leaverId],
          role: 'volunteer',
        },
      })
      expect(shift.status()).toBe(201)

      await openAdmin(page, `/collections/users/${leaverId}`)
      await (await hydrated(page.getByRole('button', { name: 'Deactiveren…' }))).click()
      const confirm = page.getByRole('group', { name: /Deze persoon gaat van 1 komende dienst af/ })
      await confirm.getByText(/staat alleen op deze dienst: de dienst wordt verwijderd/).waitFor()
      await confirm.getByText(/zoek een vervanger of pas het rooster aan/).waitFor()
      // By keyboard: the question has the focus; Escape closes it and gives the focus back to the button.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('deactivate-title')
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'Deactiveren…' }).waitFor()
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Deactiveren…')
      await page.keyboard.press('Enter')
      await confirm.getByRole('button', { name: 'Deactiveren en van de diensten halen' }).click()
      await page.getByRole('status').filter({ hasText: 'Gedeactiveerd.' }).waitFor()
      expect(await readApi(page, `/api/users/${leaverId}?depth=0`)).toMatchObject({ active: false })
      // The form shows her inactive now: saving a later change keeps her so.
      expect(await page.getByRole('checkbox', { name: 'Actief' }).isChecked()).toBe(false)
      expect(await page.getByRole('button', { name: /Deactiveren/ }).count()).toBe(0)
      await page.locator('#field-name').fill('Vera Vertrokken')
      const saved = page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === `/api/users/${leaverId}` && response.request().method() === 'PATCH',
      )
      await page.getByRole('button', { name: 'Bewaar', exact: true }).click()
      expect((await saved).status()).toBe(200)
      expect(await readApi(page, `/api/users/${leaverId}?depth=0`)).toMatchObject({
        name: 'Vera Vertrokken',
        active: false,
      })
      const left = await readApi(page, `/api/roster-shifts?where[staff][contains]=${leaverId}&depth=0`)
      expect(left.totalDocs).toBe(0)
      await expectNoProblems(watched)
      await context.close()
    },
    JOURNEY_TIMEOUT,
  )
})

describe('the directory kept current by its organisations', () => {
  it(
    'the dashboard shows every verification state; a mailed link lets an organisation propose a change, which staff accept per field and which is then live',
    async () => {
      const { context, page, watched } = await openSession('communicatie@infopunt.example')
      await page.goto(`${server.url}/admin`)
      const round = page.getByRole('region', { name: /Controleronde/ })
      for (const state of ['bevestigd deze ronde', 'wachten op antwoord', 'over tijd', 'e-mail kwam niet aan']) {
        const card = round.getByRole('link').filter({ hasText: state })
        expect(Number(await card.locator('strong').textContent())).toBeGreaterThan(0)
      }
      const send = round.getByRole('button', { name: 'Controleverzoeken nu versturen' })
      await hydrated(send)
      await send.click()
      await round
        .getByRole('status')
        .filter({ hasText: /Controleverzoeken: \d+ verstuurd/ })
        .waitFor()

      // Rijnbrink was due and never asked: its referral address got the mail.
      const mail = smtp.received.find((message) => message.to.includes('verwijzen@rijnbrink.example.org'))
      expect(mail?.raw).toContain('Kloppen uw gegevens nog?')
      const link = mail?.raw
        .replace(/=\r?\n/g, '')
        .replace(/=3D/g, '=')
        .match(/https?:\/\/\S+\/gegevens-controleren\/[A-Za-z0-9_-]{43}/)?.[0]
      expect(link).toEqual(expect.any(String))

      // The organisation, without an account: its own entry, addressed as "u".
      const organisation = await (await newDutchContext(browser)).newPage()
      await organisation.goto(link!)
      await organisation.getByRole('heading', { name: 'Kloppen uw gegevens nog?' }).waitFor()
      expect(await axeViolations(organisation)).toEqual([])
      const phone = organisation.getByLabel('Telefoon', { exact: true })
      await hydrated(phone)
      await phone.fill('0000-987654')
      await organisation.getByRole('button', { name: 'Wijziging voorstellen' }).click()
      await organisation.getByRole('status').filter({ hasText: 'Uw voorstel is ontvangen' }).waitFor()
      // The link works once.
      await organisation.goto(link!)
      await organisation.getByRole('alert').filter({ hasText: 'al gebruikt' }).waitFor()
      await organisation.context().close()

      const { docs } = await readApi(page, '/api/organisations?where[name][equals]=Rijnbrink&depth=0')
      const rijnbrink = docs[0]
      expect(rijnbrink.contact.phone).not.toBe('0000-987654')
      const proposals = await readApi(
        page,
        `/api/organisation-proposals?where[organisation][equals]=${rijnbrink.id}&where[status][equals]=open&depth=0`,
      )
      await page.goto(`${server.url}/admin/collections/organisation-proposals/${proposals.docs[0].id}`)
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Telefoon' }) })
      await row.getByRole('cell', { name: '0000-987654' }).waitFor()
      await expect(row.getByRole('cell', { name: rijnbrink.contact.phone }).count()).resolves.toBe(1)
      const accept = page.getByRole('button', { name: 'Geselecteerde waarden overnemen' })
      await hydrated(accept)
      await accept.click()
      await page.getByRole('status').filter({ hasText: '1 waarde overgenomen en live in de Wegwijzer' }).waitFor()

      const live = await readApi(page, `/api/organisations/${rijnbrink.id}?depth=0`)
      expect(live).toMatchObject({ contact: { phone: '0000-987654' }, verifiedVia: 'organisation' })
      await expectNoProblems(watched)
      await context.close()
    },
    JOURNEY_TIMEOUT,
  )
})
