import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, hydrated, launchBrowser, loginInBrowser, newDutchContext } from '../helpers/browser'
import { startNextServer, type NextServer } from '../helpers/nextServer'
import { DEMO_PASSWORD } from '../../src/seed/data/users'

let server: NextServer
let browser: Browser
let deskContext: BrowserContext
let desk: Page

beforeAll(async () => {
  server = await startNextServer()
  browser = await launchBrowser()
  deskContext = await newDutchContext(browser)
  desk = await deskContext.newPage()
  await loginInBrowser(desk, server.url, 'balie@infopunt.example', DEMO_PASSWORD)
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Pages in a PDF that Chromium printed: one page object per printed page. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length

describe('the startpage for a desk worker', () => {
  it("shows today's roster per Infopunt, the sources and the quick actions, without axe violations", async () => {
    await desk.goto(`${server.url}/`)
    await expect(desk.getByRole('heading', { level: 2, name: 'Vandaag op de balie' }).isVisible()).resolves.toBe(true)
    const cards = desk.locator('[data-testid="desk-today"]')
    expect(await cards.locator('h3').allTextContents()).toEqual([
      'Infopunt Dalfsen',
      'Infopunt Lemelerveld',
      'Infopunt Nieuwleusen',
    ])
    // The seeded roster runs four weeks from today: every desk has people on its next shifts.
    const names = await cards.locator('.shift-people li').allTextContents()
    expect(names.length).toBeGreaterThan(3)
    expect(names.join(' ')).toMatch(/(beroepskracht|vrijwilliger)/)

    await expect(desk.getByRole('heading', { level: 2, name: 'Digitale bronnen' }).isVisible()).resolves.toBe(true)
    expect(await desk.getByRole('link', { name: 'Regelhulp' }).getAttribute('href')).toBe('https://www.regelhulp.nl')
    expect(await desk.getByRole('link', { name: 'Nieuwe registratie' }).getAttribute('href')).toBe('/registreren')
    expect(await desk.getByRole('heading', { name: 'Werkdocumenten' }).isVisible()).toBe(true)
    // Announcements within their dates only.
    expect(await desk.getByRole('heading', { name: 'Intervisie baliemedewerkers' }).isVisible()).toBe(true)
    expect(await desk.getByText('Sluiting Infopunt Lemelerveld').count()).toBe(0)
    // Gaps are for coordinators.
    expect(await desk.getByRole('heading', { name: /Gaten in het rooster/ }).count()).toBe(0)
    expect(await axeViolations(desk)).toEqual([])
  })

  it('lands a search from the startpage on the Wegwijzer', async () => {
    await desk.goto(`${server.url}/`)
    await desk.getByLabel(/Zoek in de Wegwijzer/).fill('mantelzorg')
    await desk.getByRole('button', { name: 'Zoeken' }).click()
    await desk.waitForURL(/\/wegwijzer\?q=mantelzorg/)
  })

  it('shows the back-up near the search, and in the Wegwijzer when a search finds nothing', async () => {
    await desk.goto(`${server.url}/`)
    const nearSearch = desk.locator('.quick-actions').getByRole('complementary', { name: 'Achterwacht' })
    expect(await nearSearch.getByRole('link', { name: 'Kern Maatschappelijke Dienstverlening' }).count()).toBe(1)
    expect(await nearSearch.getByRole('link', { name: '0000-123400' }).getAttribute('href')).toBe('tel:0000123400')

    await desk.goto(`${server.url}/wegwijzer?q=${encodeURIComponent('xyzzy quux')}`)
    await desk.getByText('Niets gevonden.').waitFor()
    const backup = desk.getByRole('complementary', { name: 'Achterwacht' })
    expect(await backup.textContent()).toContain('Overleg met de achterwacht')
    await backup.getByRole('link', { name: 'Kern Maatschappelijke Dienstverlening' }).click()
    await desk.waitForURL(/\/wegwijzer\/kern/)
    await desk.goto(`${server.url}/wegwijzer?q=mantelzorg`)
    expect(await axeViolations(desk)).toEqual([])
  })
})

describe('the week roster', () => {
  it('shows the week per Infopunt with gaps highlighted, navigates weeks, and passes axe', async () => {
    await desk.goto(`${server.url}/rooster`)
    expect(await desk.locator('.roster-table tbody tr').count()).toBe(3)
    expect(await desk.locator('.gap-chip.gap-unstaffed, .gap-chip.gap-single').count()).toBeGreaterThan(0)
    expect(await axeViolations(desk)).toEqual([])
    await desk.getByRole('link', { name: /Volgende week/ }).click()
    await desk.waitForURL(/week=\d{4}-\d{2}-\d{2}/)
    await desk.getByLabel('Infopunt').selectOption({ label: 'Infopunt Nieuwleusen' })
    await desk.getByRole('button', { name: 'Tonen' }).click()
    await desk.waitForURL(/infopunt=/)
    expect(await desk.locator('.roster-table tbody th').allTextContents()).toEqual(['Infopunt Nieuwleusen'])
  })

  it('prints the week of all Infopunten on one A4 landscape page', async () => {
    await desk.goto(`${server.url}/rooster`)
    await desk.emulateMedia({ media: 'print' })
    expect(await desk.locator('.site-header').isVisible()).toBe(false)
    const pdf = await desk.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true })
    expect(pdfPages(pdf)).toBe(1)
    // The count is real: the long startpage needs more than one page.
    await desk.goto(`${server.url}/`)
    expect(pdfPages(await desk.pdf({ format: 'A4', landscape: true }))).toBeGreaterThan(1)
    await desk.emulateMedia({ media: 'screen' })
  })
})

describe('a communications editor changing the intro', () => {
  it('saves a draft, sees it in live preview, publishes, and then the startpage shows it', async () => {
    const intro = `Concepttekst voor de balie ${Date.now()}`
    const context = await newDutchContext(browser, { viewport: { width: 1600, height: 1000 } })
    const editor = await context.newPage()
    await loginInBrowser(editor, server.url, 'communicatie@infopunt.example', DEMO_PASSWORD)
    await editor.goto(`${server.url}/admin/collections/startpages`)
    await editor.waitForURL(/\/admin\/collections\/startpages\/[^/]+$/)
    const field = await hydrated(editor.getByLabel('Introductietekst'))
    await field.fill(intro)

    // Live preview: the real startpage in an iframe, rendering the draft.
    await editor.locator('#live-preview-toggler').click()
    const frame = editor.frameLocator('iframe')
    await frame.locator('[data-testid="intro"]', { hasText: intro }).waitFor({ timeout: 30_000 })
    await frame.getByText('Voorbeeld: je ziet het concept').waitFor()

    // Not yet for the desk.
    await desk.goto(`${server.url}/`)
    expect(await desk.locator('[data-testid="intro"]').textContent()).not.toContain(intro)

    await editor
      .getByRole('button', { name: /Publice/ })
      .first()
      .click()
    await editor
      .getByText(/gepubliceerd|Succesvol/i)
      .first()
      .waitFor({ timeout: 15_000 })
    await desk.reload()
    expect(await desk.locator('[data-testid="intro"]').textContent()).toBe(intro)
    await context.close()
  }, 90_000)

  it('keeps the preview route closed to desk workers', async () => {
    const response = await desk.goto(`${server.url}/voorbeeld?pad=/`)
    expect(response?.status()).toBe(403)
  })
})

describe('bulk import of organisations in the admin', () => {
  it('previews with per-row errors, writes nothing on cancel, and imports the good rows', async () => {
    const context = await newDutchContext(browser, { viewport: { width: 1400, height: 1000 } })
    const editor = await context.newPage()
    await loginInBrowser(editor, server.url, 'communicatie@infopunt.example', DEMO_PASSWORD)
    const name = `Stichting Proef ${Date.now()}`
    const file = {
      name: 'partners.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `Naam;Korte omschrijving;Thema's\r\n${name};Hulp bij formulieren;Schuldhulp\r\nFout BV;Iets;Bestaat niet\r\n`,
        'latin1',
      ),
    }
    const exists = async () => {
      const response = await context.request.get(
        `${server.url}/api/organisations?where[name][equals]=${encodeURIComponent(name)}&depth=0`,
        { headers: { 'Sec-Fetch-Site': 'same-origin' } },
      )
      return (await response.json()).totalDocs as number
    }
    await editor.goto(`${server.url}/admin/organisaties-importeren`)
    await (await hydrated(editor.getByLabel('Bestand'))).setInputFiles(file)
    await editor.getByRole('heading', { name: 'Voorbeeld' }).waitFor()
    await editor.getByText('Onbekend thema: "Bestaat niet".').waitFor()
    expect(await editor.getByText(/2 regels — 1 nieuw, 0 bijwerken/).count()).toBe(1)
    await editor.getByRole('button', { name: 'Annuleren' }).click()
    expect(await editor.getByRole('heading', { name: 'Voorbeeld' }).count()).toBe(0)
    expect(await exists()).toBe(0)

    await editor.getByLabel('Bestand').setInputFiles(file)
    await editor.getByRole('button', { name: /Importeren \(1 regel\)/ }).click()
    await editor.getByText('1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 niet geïmporteerd.').waitFor()
    expect(await exists()).toBe(1)

    // The same file again: the organisation is there as the file describes it, so there is nothing to do.
    await editor.getByLabel('Bestand').setInputFiles(file)
    await editor.getByText('Er verandert niets: de organisaties in het bestand staan al zo in de Wegwijzer.').waitFor()
    const row = editor.getByRole('row', { name: new RegExp(name) })
    expect(await row.getByRole('cell', { name: 'ongewijzigd' }).count()).toBe(1)
    expect(await editor.getByRole('button', { name: /Importeren/ }).isDisabled()).toBe(true)
    await context.close()
  }, 60_000)
})

describe('repeating a shift in the admin', () => {
  it('creates the weekly series from the shift sidebar, and refuses a clash with the Dutch message', async () => {
    const context = await newDutchContext(browser, { viewport: { width: 1400, height: 1000 } })
    const coordinator = await context.newPage()
    await loginInBrowser(coordinator, server.url, 'coordinator@infopunt.example', DEMO_PASSWORD)
    const headers = { 'Sec-Fetch-Site': 'same-origin', Origin: server.url }
    const locations = await (
      await context.request.get(`${server.url}/api/locations?depth=0&limit=1`, { headers })
    ).json()
    const start = new Date(Date.now() + 60 * 86400_000)
    start.setUTCHours(8, 0, 0, 0)
    const person = `Proef Persoon ${Date.now()}`
    const created = await context.request.post(`${server.url}/api/roster-shifts`, {
      headers,
      data: {
        location: locations.docs[0].id,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
        externalNames: [person],
        role: 'volunteer',
      },
    })
    expect(created.status()).toBe(201)
    const shift = (await created.json()).doc
    const untilDate = (days: number) => new Date(start.getTime() + days * 86400_000).toISOString().slice(0, 10)

    await coordinator.goto(`${server.url}/admin/collections/roster-shifts/${shift.id}`)
    await (await hydrated(coordinator.getByLabel('Wekelijks herhalen tot en met'))).fill(untilDate(14))
    await coordinator.getByRole('button', { name: 'Herhalen' }).click()
    await coordinator.getByRole('status').filter({ hasText: '2 diensten aangemaakt.' }).waitFor()

    // Repeating again would book the same person twice in those weeks: refused, nothing created.
    await coordinator.getByRole('button', { name: 'Herhalen' }).click()
    const refusal = coordinator.getByRole('alert').filter({ hasText: 'staat al ingeroosterd' })
    await refusal.waitFor()
    expect(await refusal.textContent()).toContain('Er is niets herhaald.')
    await context.close()
  }, 60_000)
})

describe('slots without a professional, for a coordinator', () => {
  it('shows them on the startpage, on /rooster and on the admin dashboard, and warns on the shift', async () => {
    const context = await newDutchContext(browser, { viewport: { width: 1400, height: 1000 } })
    const coordinator = await context.newPage()
    await loginInBrowser(coordinator, server.url, 'coordinator@infopunt.example', DEMO_PASSWORD)
    const admin = await newDutchContext(browser)
    const adminPage = await admin.newPage()
    await loginInBrowser(adminPage, server.url, 'beheerder@infopunt.example', DEMO_PASSWORD)
    const headers = { 'Sec-Fetch-Site': 'same-origin', Origin: server.url }
    // A desk of its own, open all day, so the seeded roster does not cover the slot.
    const name = `Infopunt Proef ${Date.now()}`
    const kernen = await admin.request.get(`${server.url}/api/kernen?where[name][equals]=Dalfsen&depth=0`, { headers })
    const location = await admin.request.post(`${server.url}/api/locations`, {
      headers,
      data: {
        name,
        kern: (await kernen.json()).docs[0].id,
        openingHours: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((weekday) => ({
          weekday,
          opens: '00:00',
          closes: '23:59',
        })),
      },
    })
    expect(location.status()).toBe(201)
    const locationId = (await location.json()).doc.id
    const tomorrow = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(Date.now() + 86400_000),
    )
    const shift = await context.request.post(`${server.url}/api/roster-shifts`, {
      headers,
      data: {
        location: locationId,
        startsAt: `${tomorrow}T09:00:00.000Z`,
        endsAt: `${tomorrow}T10:00:00.000Z`,
        externalNames: ['Vera Vroeg', 'Victor Vroeg'],
        role: 'volunteer',
      },
    })
    expect(shift.status()).toBe(201)
    const shiftId = (await shift.json()).doc.id

    await coordinator.goto(`${server.url}/`)
    await coordinator.getByRole('heading', { name: 'Gaten in het rooster (komende 4 weken)' }).waitFor()
    const gaps = coordinator.locator('.gap-list .gap-noProfessional')
    expect((await gaps.allTextContents()).some((text) => text.includes(`Geen beroepskracht: ${name}`))).toBe(true)
    // Both kinds, each with the way to fix it: the shift in the admin.
    const untrainedHere = coordinator
      .locator('.gap-list .gap-untrained')
      .filter({ hasText: 'In opleiding zonder opgeleide collega (Vera Vroeg, Victor Vroeg)' })
      .filter({ hasText: name })
    expect(await untrainedHere.getByRole('link', { name: /dienst aanpassen/ }).getAttribute('href')).toBe(
      `/admin/collections/roster-shifts/${shiftId}`,
    )
    expect(
      await gaps
        .filter({ hasText: name })
        .first()
        .getByRole('link', { name: /dienst aanpassen/ })
        .getAttribute('href'),
    ).toBe(`/admin/collections/roster-shifts/${shiftId}`)
    // The seeded demo roster has gaps of both kinds too.
    expect(await coordinator.locator('.gap-list .gap-untrained').count()).toBeGreaterThan(1)
    expect(await axeViolations(coordinator)).toEqual([])

    await coordinator.goto(`${server.url}/rooster?week=${tomorrow}&infopunt=${locationId}`)
    const attention = coordinator.getByRole('region', { name: 'Aandacht nodig: komende 4 weken' })
    expect(
      await attention
        .locator('.gap-noProfessional')
        .filter({ hasText: name })
        .first()
        .getByRole('link', { name: /dienst aanpassen/ })
        .getAttribute('href'),
    ).toBe(`/admin/collections/roster-shifts/${shiftId}`)
    expect(await attention.locator('.gap-untrained').filter({ hasText: name }).count()).toBe(1)
    expect(await coordinator.locator('.roster-table .gap-chip.gap-noProfessional').first().textContent()).toMatch(
      /Geen beroepskracht \d\d:00–\d\d:00/,
    )
    // Both have no account, so no trainings are known of them: in training, without a trained colleague.
    expect(await coordinator.locator('.roster-table .gap-chip.gap-untrained').first().textContent()).toContain(
      'In opleiding zonder opgeleide collega: Vera Vroeg, Victor Vroeg',
    )
    expect(await axeViolations(coordinator)).toEqual([])

    await coordinator.goto(`${server.url}/admin`)
    const card = coordinator.getByRole('region', { name: /Rooster: komende 4 weken/ })
    await card.waitFor()
    await card
      .getByRole('link', { name: new RegExp(`Geen beroepskracht: ${name}`) })
      .first()
      .click()
    await coordinator.waitForURL(new RegExp(`/rooster\\?week=.*infopunt=${locationId}`))
    await coordinator.goto(`${server.url}/admin`)
    await coordinator
      .getByRole('list', { name: 'Diensten met iemand in opleiding zonder opgeleide collega' })
      .getByRole('link', { name: /In opleiding: Vera Vroeg, Victor Vroeg/ })
      .first()
      .waitFor()

    await coordinator.goto(`${server.url}/admin/collections/roster-shifts/${shiftId}`)
    expect(await (await hydrated(coordinator.getByLabel('Let op: geen beroepskracht'))).inputValue()).toContain(
      'zonder beroepskracht',
    )
    await context.close()
    await admin.close()
  }, 90_000)
})

describe('trainings', () => {
  it('shows coordinators who is in training, filters, exports, and shows desk workers their own', async () => {
    const context = await newDutchContext(browser, { viewport: { width: 1400, height: 1000 }, acceptDownloads: true })
    const coordinator = await context.newPage()
    await loginInBrowser(coordinator, server.url, 'coordinator@infopunt.example', DEMO_PASSWORD)
    await coordinator.goto(`${server.url}/trainingen`)
    await coordinator.getByRole('heading', { level: 1, name: 'Trainingen' }).waitFor()
    const table = coordinator.getByRole('table', { name: 'Trainingen per medewerker' })
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Medewerker',
      'Stand',
      'Gastvrijheid aan de balie',
      'Vraagverheldering',
      'Werken met het digitale Infopunt',
    ])
    expect(await axeViolations(coordinator)).toEqual([])

    // The demo's new volunteers are on the roster by name only: listed apart, as the roster counts them.
    const withoutAccount = coordinator.getByRole('region', { name: 'Op het rooster zonder account' })
    const names = async () =>
      (await withoutAccount.getByRole('listitem').allTextContents()).map((item) => item.split(' — ')[0])
    // (Earlier tests in this file roster more names without an account.)
    expect(await names()).toEqual(expect.arrayContaining(['Johan Brink', 'Lotte Hendriks']))
    expect(await withoutAccount.getByRole('listitem').first().textContent()).toMatch(
      / — eerste dienst \S+ \d{1,2} \S+ \d{2}:\d{2}, Infopunt \S+/,
    )

    await coordinator.getByRole('link', { name: /In opleiding \(2\)/ }).click()
    await coordinator.waitForURL(/toon=opleiding/)
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['Ahmed Yilmaz', 'Sandra Smit'])
    expect(await names()).toEqual(expect.arrayContaining(['Johan Brink', 'Lotte Hendriks']))
    await coordinator.getByRole('link', { name: /Herhaling nodig/ }).click()
    expect(await table.getByRole('rowheader').allTextContents()).toContain('Gerrit Jansen')
    expect(await withoutAccount.count()).toBe(0)

    const [download] = await Promise.all([
      coordinator.waitForEvent('download'),
      coordinator.getByRole('link', { name: 'Overzicht downloaden (CSV)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^trainingen-\d{4}-\d{2}-\d{2}\.csv$/)
    await context.close()

    await desk.goto(`${server.url}/trainingen`)
    await desk.getByRole('heading', { level: 1, name: 'Mijn trainingen' }).waitFor()
    expect(await desk.getByRole('listitem').filter({ hasText: 'Vraagverheldering' }).textContent()).toMatch(
      /Behaald op/,
    )
    expect(await desk.getByRole('link', { name: 'Overzicht downloaden (CSV)' }).count()).toBe(0)
    expect(await axeViolations(desk)).toEqual([])
  }, 90_000)
})
