/**
 * Two networks on one installation, in a real browser on the production build with the demo data:
 * each network's people see their own Infopunten, directory and figures, and someone in both switches
 * between them in the header and in the admin (one choice, shared). Any 4xx or 5xx from /api/ that
 * the person did not ask for, and any uncaught error in the page, fails the test.
 */

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, hydrated, launchBrowser, loginInBrowser, newDutchContext } from '../helpers/browser'
import { startNextServer, type NextServer } from '../helpers/nextServer'
import { DEMO_PASSWORD } from '../../src/seed/data/users'
import { PLATFORM_ADMINISTRATOR, REGIONAL_CONSULTANT } from '../../src/seed/regional'

const TIMEOUT = 180_000

let server: NextServer
let browser: Browser

beforeAll(async () => {
  server = await startNextServer()
  browser = await launchBrowser()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

interface Session {
  context: BrowserContext
  page: Page
  problems: Promise<string>[]
}

const openSession = async (email: string): Promise<Session> => {
  const context = await newDutchContext(browser)
  const page = await context.newPage()
  const problems: Promise<string>[] = []
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.pathname.startsWith('/api/') && response.status() >= 400)
      problems.push(Promise.resolve(`${response.request().method()} ${url.pathname} → ${response.status()}`))
  })
  page.on('pageerror', (error) => problems.push(Promise.resolve(`page error: ${error.message}`)))
  await loginInBrowser(page, server.url, email, DEMO_PASSWORD)
  return { context, page, problems }
}

const closeCleanly = async (session: Session) => {
  expect(await Promise.all(session.problems)).toEqual([])
  await session.context.close()
}

/** The role the header names beside the person's name. */
const roleInHeader = async (page: Page) =>
  (await page.locator('.site-header .user-menu .muted').first().textContent())?.replace(/[()]/g, '')

const deskNames = (page: Page) => page.locator('[data-testid="desk-today"] h3').allTextContents()

const NETWERK_VERSTERKT_DESKS = ['Infopunt Anna Paulowna', 'Infopunt Den Helder', 'Infopunt Schagen', 'Infopunt Texel']
const DALFSEN_DESKS = ['Infopunt Dalfsen', 'Infopunt Lemelerveld', 'Infopunt Nieuwleusen']

const searchNames = async (page: Page, q: string) => {
  await page.goto(`${server.url}/wegwijzer?q=${encodeURIComponent(q)}`)
  return page.locator('.results .result-card h3').allTextContents()
}

describe('Netwerk Versterkt beside Infopunten Dalfsen', () => {
  it(
    "a desk worker of Netwerk Versterkt sees its Infopunten and directory, and nothing of Dalfsen's",
    async () => {
      const session = await openSession('balie@netwerkversterkt.example')
      const { page } = session
      await page.goto(`${server.url}/`)
      expect(await deskNames(page)).toEqual(NETWERK_VERSTERKT_DESKS)
      // Its own brand: name in the header, colour and welcome.
      expect(await page.locator('.brand-link').textContent()).toContain('Netwerk Versterkt')
      expect(await page.evaluate(() => document.body.style.getPropertyValue('--brand'))).toBe('#1f4e8c')
      // Its own startpage: its announcements, not Dalfsen's.
      const announcements = await page.locator('.announcement h3').allTextContents()
      expect(announcements).toContain('Netwerkbijeenkomst in Bibliotheek Schagen')
      expect(announcements).not.toContain('Intervisie baliemedewerkers')
      // No switch for someone in one network.
      expect(await page.getByLabel('Netwerk').count()).toBe(0)
      expect((await searchNames(page, 'Parlan')).join(' ')).toContain('Parlan Kop van Noord-Holland')
      expect((await searchNames(page, 'Carinova')).join(' ')).not.toContain('Carinova')
      expect(await axeViolations(page)).toEqual([])
      // Dalfsen's organisation page does not exist here.
      expect((await page.goto(`${server.url}/wegwijzer/carinova`))?.status()).toBe(404)
      await closeCleanly(session)
    },
    TIMEOUT,
  )

  it(
    "its coordinator's report of the project year gives the council letter's tables",
    async () => {
      const session = await openSession('coordinator@netwerkversterkt.example')
      const { page } = session
      // This year holds nothing: the report says where the network's registrations are.
      await page.goto(`${server.url}/rapportage`)
      expect(await page.getByTestId('total').textContent()).toBe('0')
      await page.getByRole('link', { name: 'bekijk het jaar tot en met die dag' }).click()
      await page.waitForURL(/periode=custom/)
      expect(await page.getByTestId('total').textContent()).toBe('35')
      expect(await page.getByTestId('latest-registration').count()).toBe(0)

      await page.goto(`${server.url}/rapportage?periode=custom&van=2016-05-01&tot=2017-04-30`)
      const rows = async (groupBy: string) =>
        page
          .locator(`section[aria-labelledby="rapport-${groupBy}"] table tbody tr`)
          .evaluateAll((trs) =>
            trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']),
          )
      expect(await rows('municipality')).toEqual([
        ['Den Helder', '21'],
        ['Hollands Kroon', '5'],
        ['Schagen', '5'],
        ['Texel', '4'],
      ])
      // A count under 5 is marked.
      const texel = page
        .locator('section[aria-labelledby="rapport-municipality"] tr', { hasText: 'Texel' })
        .locator('td')
      expect(await texel.evaluate((cell) => getComputedStyle(cell, '::after').content)).toContain('*')
      expect(Object.fromEntries(await rows('domain'))).toMatchObject({ Jeugd: '24', Wmo: '11' })
      expect(await page.getByTestId('report-scope').textContent()).toBe('Netwerk Versterkt')
      expect((await rows('location')).map(([name]) => name)).not.toContain('Infopunt Nieuwleusen')
      expect(await axeViolations(page)).toEqual([])

      // One municipality's figures, printed on A4 to attach to a letter to its council.
      await page.getByLabel('Gemeente', { exact: true }).selectOption('Texel')
      await page.getByRole('button', { name: 'Toon rapportage' }).click()
      await page.waitForURL(/gemeente=\w+/)
      expect(await page.getByTestId('report-scope').textContent()).toBe('Netwerk Versterkt, gemeente Texel')
      expect(await page.getByTestId('total').textContent()).toBe('4')
      expect(await page.getByTestId('report-letterhead').isVisible()).toBe(false)
      await page.emulateMedia({ media: 'print' })
      // On paper the network's brand heads the report, as the site header is not printed.
      expect(await page.getByTestId('report-letterhead').textContent()).toBe('Netwerk Versterkt')
      expect(await page.getByTestId('report-letterhead').isVisible()).toBe(true)
      expect(await page.locator('.report-filters').isVisible()).toBe(false)
      expect(await page.getByRole('button', { name: 'Rapport afdrukken (A4)' }).isVisible()).toBe(false)
      expect(await page.locator('section[aria-labelledby="rapport-domain"] img').first().isVisible()).toBe(true)
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1')
      const sizes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(([, w, h]) => [
        Math.round(Number(w)),
        Math.round(Number(h)),
      ])
      expect(sizes.length).toBeGreaterThan(0)
      // A4 is 595 × 842 points.
      expect(new Set(sizes.map(String))).toEqual(new Set(['595,842']))
      await closeCleanly(session)
    },
    TIMEOUT,
  )
})

describe('a regional organisation, shared between the networks', () => {
  /** Saves in the admin and returns the status of the REST answer it got. */
  const saveInAdmin = async (page: Page, collection: string) => {
    const answer = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname.startsWith(`/api/${collection}`) &&
        ['POST', 'PATCH'].includes(response.request().method()),
      { timeout: 120_000 },
    )
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click()
    return (await answer).status()
  }
  const openAdmin = async (page: Page, path: string) => {
    await page.goto(`${server.url}/admin${path}`)
    await hydrated(page.locator('form').first(), 60_000)
  }

  it(
    'Dalfsen shows Netwerk Versterkt’s Juridisch Loket with its own way of referring',
    async () => {
      const session = await openSession('balie@infopunt.example')
      const { page } = session
      expect(await searchNames(page, 'Juridisch Loket')).toContain('Het Juridisch Loket')
      await page.goto(`${server.url}/wegwijzer/het-juridisch-loket`)
      expect(await page.locator('main').textContent()).toContain(
        'Regionale organisatie: Netwerk Versterkt houdt de gegevens bij',
      )
      expect(await page.locator('.referral-box').textContent()).toContain('spreekuur in Bibliotheek Dalfsen')
      expect(await page.locator('.referral-box').textContent()).not.toContain('spreekuur in Den Helder')
      expect(await axeViolations(page)).toEqual([])
      await closeCleanly(session)
    },
    TIMEOUT,
  )

  it(
    'Dalfsen makes one of its organisations regional in the admin; Netwerk Versterkt offers it and its desk refers to it',
    async () => {
      const dalfsen = await openSession('communicatie@infopunt.example')
      const found = await dalfsen.page.request.get(
        `${server.url}/api/organisations?where[slug][equals]=vluchtelingenwerk-oost-nederland&depth=0`,
        // Payload takes its session cookie from a client that says where the request comes from.
        { headers: { 'Sec-Fetch-Site': 'same-origin' } },
      )
      const [organisation] = (await found.json()).docs as { id: number; name: string }[]
      await openAdmin(dalfsen.page, `/collections/organisations/${organisation.id}`)
      await dalfsen.page.getByLabel('Regionale organisatie').check()
      expect(await saveInAdmin(dalfsen.page, 'organisations')).toBe(200)
      await closeCleanly(dalfsen)

      const editor = await openSession('communicatie@netwerkversterkt.example')
      await openAdmin(editor.page, '/collections/regional-offers/create')
      const picker = editor.page.locator('#field-organisation').getByRole('combobox')
      await hydrated(picker)
      await picker.click()
      await picker.fill('Vluchtelingen')
      await editor.page.getByRole('option', { name: organisation.name, exact: true }).click()
      await editor.page
        .locator('#field-referral__instructions')
        .fill('Bel samen met de inwoner het regiokantoor in Alkmaar en vraag naar de statushoudersbegeleiding.')
      expect(await saveInAdmin(editor.page, 'regional-offers')).toBe(201)
      await closeCleanly(editor)

      const desk = await openSession('balie@netwerkversterkt.example')
      expect(await searchNames(desk.page, 'VluchtelingenWerk')).toContain(organisation.name)
      await desk.page.goto(`${server.url}/wegwijzer/vluchtelingenwerk-oost-nederland`)
      expect(await desk.page.locator('.referral-box').textContent()).toContain('regiokantoor in Alkmaar')
      expect(await desk.page.locator('main').textContent()).toContain('Regionale organisatie')
      expect(await axeViolations(desk.page)).toEqual([])
      const byPhone = desk.page.locator('form', {
        has: desk.page.getByRole('button', { name: 'Telefonische doorverwijzing vastleggen' }),
      })
      await hydrated(byPhone.getByRole('button'))
      await byPhone.getByRole('checkbox').check()
      await byPhone.getByRole('button').click()
      await byPhone.getByText('Vastgelegd als telefonische doorverwijzing.').waitFor()
      await closeCleanly(desk)
    },
    TIMEOUT,
  )
})

describe('the admin opening a network’s startpage', () => {
  it(
    'opens the editor’s own network’s, even when the network cookie names another',
    async () => {
      // Dalfsen's id, as a Dalfsen account sees it (ids are opaque).
      const login = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'communicatie@infopunt.example', password: DEMO_PASSWORD }),
      })
      const dalfsen = String((await login.json()).user.networks[0].network)
      const session = await openSession('communicatie@netwerkversterkt.example')
      const { page } = session
      await session.context.addCookies([{ name: 'payload-tenant', value: dalfsen, url: server.url }])
      await page.goto(`${server.url}/admin/collections/startpages`)
      await page.waitForURL(/\/admin\/collections\/startpages\/[^/]+$/)
      expect(await (await hydrated(page.locator('#field-intro'))).inputValue()).toContain(
        'Welkom bij Netwerk Versterkt',
      )
      await closeCleanly(session)
    },
    TIMEOUT,
  )

  it(
    'is not offered to a coordinator, who cannot edit it, and its address leads nowhere in circles',
    async () => {
      const session = await openSession('coordinator@netwerkversterkt.example')
      const { page } = session
      await page.goto(`${server.url}/admin`)
      await hydrated(page.locator('nav').first(), 60_000)
      expect(await page.getByRole('link', { name: 'Startpagina', exact: true }).count()).toBe(0)
      // Before, the admin sent a coordinator back and forth between the startpage and its list.
      const response = await page.goto(`${server.url}/admin/collections/startpages`)
      expect(response?.status()).toBeLessThan(500)
      expect(new URL(page.url()).pathname).not.toMatch(/\/startpages\/[^/]+$/)
      await closeCleanly(session)
    },
    TIMEOUT,
  )
})

describe('someone in both networks', () => {
  it(
    'starts in the first, switches in the header, and the admin follows the same choice and back',
    async () => {
      const session = await openSession(REGIONAL_CONSULTANT)
      const { page } = session
      await page.goto(`${server.url}/`)
      expect(await deskNames(page)).toEqual(DALFSEN_DESKS)
      // In Dalfsen she keeps the content; communications staff register nothing.
      expect(await roleInHeader(page)).toBe('Communicatie')
      expect(await page.getByRole('link', { name: 'Nieuwe registratie' }).count()).toBe(0)
      const choice = page.getByLabel('Netwerk', { exact: true })
      expect(await choice.locator('option').allTextContents()).toEqual(['Infopunten Dalfsen', 'Netwerk Versterkt'])
      expect(await axeViolations(page)).toEqual([])

      // The switch is a plain form: keyboard only, no script needed.
      await choice.focus()
      await choice.selectOption({ label: 'Netwerk Versterkt' })
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await page.waitForURL(`${server.url}/`)
      await page.waitForFunction(
        () => document.querySelector('[data-testid="desk-today"] h3')?.textContent !== 'Infopunt Dalfsen',
      )
      expect(await deskNames(page)).toEqual(NETWERK_VERSTERKT_DESKS)
      // In Netwerk Versterkt she is its administrator: another role, with the switch.
      expect(await roleInHeader(page)).toBe('Beheerder')
      expect((await searchNames(page, 'Noordkopvoorelkaar')).join(' ')).toContain('Noordkopvoorelkaar')
      await page.goto(`${server.url}/admin/account`)
      expect(await (await hydrated(page.locator('#field-role .rs__single-value'), 60_000)).textContent()).toBe(
        'Beheerder',
      )
      // Administrator here, not in Dalfsen: the admin's accounts are Netwerk Versterkt's only.
      await page.goto(`${server.url}/admin/collections/users?limit=100`)
      await page.locator('.table').waitFor()
      expect(await page.locator('.table').textContent()).toContain('Jeroen Kok')
      expect(await page.locator('.table').textContent()).not.toContain('Bram Beheer')
      // The dashboard's roster is Netwerk Versterkt's too: Dalfsen's shifts with someone in training alone are not its.
      await page.goto(`${server.url}/admin`)
      expect(await page.locator('.infopunt-dashboard--roster').textContent()).toMatch(
        /(?<!\d)0 diensten met iemand in opleiding zonder opgeleide collega/,
      )

      // The admin opens the chosen network's startpage.
      await page.goto(`${server.url}/admin/collections/startpages`)
      await page.waitForURL(/\/admin\/collections\/startpages\/[^/]+$/)
      expect(await (await hydrated(page.locator('#field-intro'))).inputValue()).toContain(
        'Welkom bij Netwerk Versterkt',
      )

      // The admin lists the chosen network's organisations, and its own switch changes it back.
      await page.goto(`${server.url}/admin/collections/organisations?limit=100`)
      const table = page.locator('.table')
      await table.waitFor()
      expect(await table.textContent()).toContain('Parlan Kop van Noord-Holland')
      expect(await table.textContent()).not.toContain('Carinova')
      // The navigation, with the admin's network switch in it, opens from its menu button on a laptop screen.
      const navigation = page.locator('aside.nav--nav-hydrated', { has: page.locator('.tenant-selector') })
      await navigation.waitFor({ state: 'attached' })
      if ((await navigation.getAttribute('inert')) !== null) {
        await (await hydrated(page.locator('.nav-toggler').first())).click()
        await page.waitForFunction(() => !document.querySelector('aside.nav')?.hasAttribute('inert'))
      }
      await page.locator('.tenant-selector .rs__control').click()
      await page.locator('.rs__option', { hasText: 'Infopunten Dalfsen' }).click()
      await page.waitForFunction(() => document.querySelector('.table')?.textContent?.includes('Carinova'))
      expect(await page.locator('.table').textContent()).not.toContain('Parlan Kop van Noord-Holland')

      await page.goto(`${server.url}/`)
      expect(await deskNames(page)).toEqual(DALFSEN_DESKS)
      expect(await roleInHeader(page)).toBe('Communicatie')
      expect(await page.getByLabel('Netwerk', { exact: true }).inputValue()).toBe(
        await page.getByRole('option', { name: 'Infopunten Dalfsen' }).getAttribute('value'),
      )
      await closeCleanly(session)
    },
    TIMEOUT,
  )
  it(
    'has her role in Netwerk Versterkt set by its administrator in the admin, and keeps Dalfsen’s',
    async () => {
      const setRole = async (label: string) => {
        const admin = await openSession('beheerder@netwerkversterkt.example')
        const found = await admin.page.request.get(
          `${server.url}/api/users?where[email][equals]=${encodeURIComponent(REGIONAL_CONSULTANT)}&depth=0`,
          { headers: { 'Sec-Fetch-Site': 'same-origin' } },
        )
        const [account] = (await found.json()).docs as { id: number; role: string }[]
        await admin.page.goto(`${server.url}/admin/collections/users/${account.id}`)
        await hydrated(admin.page.locator('form').first(), 60_000)
        await (await hydrated(admin.page.locator('#field-role .rs__control'))).click()
        await admin.page.locator('.rs__option', { hasText: label }).click()
        const answer = admin.page.waitForResponse(
          (response) =>
            new URL(response.url()).pathname === `/api/users/${account.id}` && response.request().method() === 'PATCH',
          { timeout: 120_000 },
        )
        await admin.page.getByRole('button', { name: 'Bewaar', exact: true }).click()
        expect((await answer).status()).toBe(200)
        await closeCleanly(admin)
      }
      const rolesOfConsultant = async () => {
        const session = await openSession(REGIONAL_CONSULTANT)
        const { page } = session
        await page.goto(`${server.url}/`)
        const inDalfsen = await roleInHeader(page)
        await page.getByLabel('Netwerk', { exact: true }).selectOption({ label: 'Netwerk Versterkt' })
        await page.getByRole('button', { name: 'Wisselen' }).click()
        await page.waitForFunction(
          () => document.querySelector('[data-testid="desk-today"] h3')?.textContent !== 'Infopunt Dalfsen',
        )
        const inNetwerkVersterkt = await roleInHeader(page)
        // Back to the first network, as the other tests expect her.
        await page.getByLabel('Netwerk', { exact: true }).selectOption({ label: 'Infopunten Dalfsen' })
        await page.getByRole('button', { name: 'Wisselen' }).click()
        await page.waitForFunction(
          () => document.querySelector('[data-testid="desk-today"] h3')?.textContent === 'Infopunt Dalfsen',
        )
        await closeCleanly(session)
        return { inDalfsen, inNetwerkVersterkt }
      }

      await setRole('Coördinator')
      expect(await rolesOfConsultant()).toEqual({ inDalfsen: 'Communicatie', inNetwerkVersterkt: 'Coördinator' })
      await setRole('Beheerder')
      expect(await rolesOfConsultant()).toEqual({ inDalfsen: 'Communicatie', inNetwerkVersterkt: 'Beheerder' })
    },
    TIMEOUT,
  )

  it(
    'joins Netwerk Versterkt by invitation and leaves it again in the admin, keeping her work in Dalfsen',
    async () => {
      const email = 'balie@infopunt.example'
      const admin = await openSession('beheerder@netwerkversterkt.example')
      const { page } = admin
      const headers = { 'Sec-Fetch-Site': 'same-origin', Origin: server.url }
      const joined = await page.request.post(`${server.url}/api/users/invite`, {
        headers,
        data: { name: 'Balie Dalfsen', email, role: 'baliemedewerker' },
      })
      expect(joined.status()).toBe(201)
      const { name } = (await joined.json()).invited as { name: string }

      // The administrator finds her in the list of the network's people and opens her account.
      await page.goto(`${server.url}/admin/collections/users?limit=100`)
      await (await hydrated(page.getByRole('link', { name, exact: true }))).click()
      await hydrated(page.locator('form').first(), 60_000)
      await (await hydrated(page.getByRole('button', { name: 'Uit dit netwerk halen…' }))).click()
      const confirm = page.getByRole('group', {
        name: 'Geen komende diensten in Netwerk Versterkt. Uit dit netwerk halen?',
      })
      await confirm.getByText(/het account blijft werken in de andere netwerken/).waitFor()
      // The action's own panel: the rest of the screen is Payload's edit view.
      expect(await axeViolations(page, '.deactivate')).toEqual([])
      await confirm.getByRole('button', { name: 'Uit het netwerk halen' }).click()
      await page.getByRole('status').filter({ hasText: 'Uit Netwerk Versterkt gehaald.' }).waitFor()
      await page.getByRole('link', { name: 'Terug naar de gebruikers' }).click()
      await page.waitForURL(/\/admin\/collections\/users(\?|$)/)
      await page.locator('table').waitFor()
      expect(await page.getByRole('link', { name, exact: true }).count()).toBe(0)
      await closeCleanly(admin)

      // In Dalfsen she works on as before, in one network: nothing to switch.
      const desk = await openSession(email)
      await desk.page.goto(`${server.url}/`)
      expect(await deskNames(desk.page)).toEqual(DALFSEN_DESKS)
      expect(await desk.page.getByLabel('Netwerk', { exact: true }).count()).toBe(0)
      await closeCleanly(desk)
    },
    TIMEOUT,
  )
})

describe('the platform administrator', () => {
  it(
    'sees every network in aggregate only, makes a network and invites its first administrator',
    async () => {
      const session = await openSession(PLATFORM_ADMINISTRATOR)
      const { page } = session
      // In no network: the staff pages lead to the platform's.
      await page.waitForURL(`${server.url}/platform`)
      expect((await page.goto(`${server.url}/rapportage`))?.url()).toBe(`${server.url}/platform`)
      const table = page.getByTestId('platform-figures')
      const rowOf = async (name: string) =>
        await table
          .locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) })
          .locator('td')
          .allTextContents()
      expect(await rowOf('Infopunten Dalfsen')).toEqual([
        '3',
        expect.stringMatching(/^\d+$/),
        expect.stringMatching(/^(\d+|<5)$/),
      ])
      expect((await rowOf('Netwerk Versterkt')).slice(0, 2)).toEqual(['4', '5'])
      // Its project year: 35 registrations, counted without naming any Infopunt.
      await page.getByLabel('Van', { exact: true }).fill('2016-05-01')
      await page.getByLabel('Tot en met', { exact: true }).fill('2017-04-30')
      await page.getByRole('button', { name: 'Toon' }).click()
      await page.waitForURL(/from=2016-05-01/)
      expect((await rowOf('Netwerk Versterkt'))[2]).toBe('35')
      expect(await page.locator('main').textContent()).not.toContain('Infopunt Texel')
      expect(await axeViolations(page)).toEqual([])

      const name = `Netwerk Vechtdal ${Date.now()}`
      await (await hydrated(page.getByLabel('Naam van het netwerk'))).fill(name)
      await page.getByRole('button', { name: 'Netwerk aanmaken' }).click()
      await page
        .getByRole('status')
        .filter({ hasText: `Netwerk "${name}" is aangemaakt` })
        .waitFor()
      expect(await rowOf(name)).toEqual(['0', '0', '0'])

      await page.getByLabel('Netwerk', { exact: true }).selectOption({ label: name })
      await page.getByLabel('Naam', { exact: true }).fill('Eerste Beheerder')
      await page.getByLabel('E-mailadres', { exact: true }).fill(`beheerder-${Date.now()}@vechtdal.example`)
      await page.getByRole('button', { name: 'Uitnodiging versturen' }).click()
      await page.getByRole('status').filter({ hasText: 'Eerste Beheerder is uitgenodigd' }).waitFor()
      expect(await axeViolations(page)).toEqual([])
      await closeCleanly(session)
    },
    TIMEOUT,
  )
})
