import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { axeViolations, hydrated, launchBrowser, loginInBrowser, newDutchContext } from '../helpers/browser'
import { startMailCatcher, type MailCatcher } from '../helpers/mailCatcher'
import { startNextServer, type NextServer } from '../helpers/nextServer'
import { DEMO_PASSWORD } from '../../src/seed/data/users'

let server: NextServer
let browser: Browser
let page: Page
let smtp: MailCatcher

beforeAll(async () => {
  // Mail goes to a local SMTP server, so that the referral loop can follow the links in it.
  smtp = await startMailCatcher()
  server = await startNextServer({ env: smtp.env })
  browser = await launchBrowser()
  page = await (await newDutchContext(browser)).newPage()
  await loginInBrowser(page, server.url, 'balie@infopunt.example', DEMO_PASSWORD)
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.close()
})

const resultNames = () => page.locator('.results .result-card h3').allTextContents()
const resultCount = async () => Number((await page.locator('#resultaten-titel').textContent())?.match(/\d+/)?.[0])

describe('the Wegwijzer', () => {
  it('shows the intended organisation first while a misspelled name is typed, without reloading', async () => {
    await page.goto(`${server.url}/wegwijzer`)
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'))
    const search = await hydrated(page.getByLabel('Zoek een organisatie, dienst of onderwerp'))
    await search.pressSequentially('humantias', { delay: 40 })
    await page.waitForURL(/q=humantias/)
    await page.locator('#resultaten-titel', { hasText: 'humantias' }).waitFor()
    expect((await resultNames())[0]).toBe('Humanitas Dalfsen')
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page')
  })

  it('narrows by a facet whose count matches, kept in the URL', async () => {
    await page.goto(`${server.url}/wegwijzer?q=mantelzorg`)
    const before = await resultCount()
    const facet = page.locator('#facet-kind + ul a', { hasText: 'Informele hulp' })
    const count = Number((await facet.locator('.count').textContent())?.replace(/\D/g, ''))
    await facet.click()
    await page.waitForURL(/kind=informal/)
    await page.locator('#resultaten-titel', { hasText: `${count} resultat` }).waitFor()
    expect(await resultCount()).toBe(count)
    expect(count).toBeLessThan(before)
    await page.goBack()
    await page.waitForURL((url) => !url.search.includes('kind='))
    await page.locator('#resultaten-titel', { hasText: `${before} resultat` }).waitFor()
  })

  it('works as a plain GET form without JavaScript', async () => {
    const context = await newDutchContext(browser, { javaScriptEnabled: false })
    const noScript = await context.newPage()
    await loginInBrowser(noScript, server.url, 'balie@infopunt.example', DEMO_PASSWORD).catch(() => undefined)
    await noScript.goto(`${server.url}/wegwijzer`)
    if (new URL(noScript.url()).pathname === '/inloggen') {
      // The login form is a server action: without JavaScript, log in through the API instead.
      await context.request.post(`${server.url}/api/users/login`, {
        data: { email: 'balie@infopunt.example', password: DEMO_PASSWORD },
      })
      await noScript.goto(`${server.url}/wegwijzer`)
    }
    await noScript.getByLabel('Zoek een organisatie, dienst of onderwerp').fill('mozaiek')
    await noScript.getByRole('button', { name: 'Zoeken' }).click()
    await noScript.waitForURL(/q=mozaiek/)
    expect(await noScript.locator('.results .result-card h3').first().textContent()).toBe('Kulturhus de Mozaïek')
    await context.close()
  })

  it('opens the detail page with everything needed to refer', async () => {
    await page.goto(`${server.url}/wegwijzer?q=humanitas`)
    await page.locator('.results .result-card h3 a', { hasText: 'Humanitas Dalfsen' }).click()
    await page.waitForURL(/\/wegwijzer\/humanitas-dalfsen$/)
    await expect(page.getByRole('heading', { name: 'Warm doorverwijzen' }).isVisible()).resolves.toBe(true)
    const text = await page.locator('main').textContent()
    expect(text).toContain('verwijzen@humanitas.example.org')
    expect(text).toContain('infopunt.nieuwleusen@infopunt.example.org')
    expect(text).toContain('Home-Start')
  })

  it('shows for whom, the area served, costs, languages, how to apply and the location on the result card and the organisation page', async () => {
    await page.goto(`${server.url}/wegwijzer?q=taalpunt`)
    const card = page.locator('.results .result-card', { has: page.locator('h3', { hasText: /^Taalpunt$/ }) })
    const text = await card.textContent()
    expect(text).toContain('Volwassenen die beter willen leren lezen')
    // The service's organisation serves the whole municipality.
    expect(text).toMatch(/Werkgebied\s*gemeente Dalfsen, Dalfsen, Nieuwleusen, Lemelerveld/)
    expect(text).toMatch(/Kosten\s*Gratis/)
    expect(text).toContain('Arabisch')
    expect(text).toContain('Loop binnen tijdens het spreekuur')
    expect(text).toContain('Toegankelijkheid: Rolstoeltoegankelijk')
    // The desk's internal referral notes are there too, apart from the public way to apply.
    expect(text).toContain('Maak met de inwoner een afspraak voor een intakegesprek')
    expect(await card.locator('.badge').textContent()).toMatch(/^Nu (open|gesloten)$/)

    await page.goto(`${server.url}/wegwijzer/humanitas-dalfsen`)
    await page.getByRole('heading', { name: 'Voor wie en hoe' }).waitFor()
    const homeStart = await page.locator('#dienst-home-start').textContent()
    expect(homeStart).toContain('Gezinnen met ten minste één kind tot en met 6 jaar')
    expect(homeStart).toContain('Engels')
    expect(homeStart).toMatch(/Werkgebied\s*gemeente Dalfsen/)
  })

  it('filters on a language and on open now, both kept in the URL', async () => {
    await page.goto(`${server.url}/wegwijzer`)
    const arabic = page.locator('#facet-language + ul a', { hasText: 'Arabisch' })
    const count = Number((await arabic.locator('.count').textContent())?.replace(/\D/g, ''))
    await arabic.click()
    await page.waitForURL(/language=ar/)
    await page.locator('#resultaten-titel', { hasText: `${count} resultat` }).waitFor()
    for (const languages of await page.locator('.results .service-details div', { hasText: 'Talen' }).allTextContents())
      expect(languages).toContain('Arabisch')
    expect(await page.locator('.results .result-card').count()).toBe(Math.min(count, 20))

    await page.locator('#facet-open + ul a', { hasText: 'Nu open' }).click()
    await page.waitForURL(/open=nu/)
    expect(page.url()).toContain('language=ar')
    await page.locator('.active-filters .filter-chip', { hasText: 'Nu open' }).waitFor()
    // Whatever the hour, every result shown is open now (in Amsterdam time).
    const badges = await page.locator('.results .result-card .badge').allTextContents()
    expect(badges.length).toBe(await page.locator('.results .result-card').count())
    expect(badges.every((badge) => badge === 'Nu open')).toBe(true)
  })

  it("sorts by distance from the desk worker's own Infopunt", async () => {
    await page.goto(`${server.url}/wegwijzer`)
    await page
      .getByRole('navigation', { name: 'Sorteren' })
      .getByRole('link', { name: /afstand tot Infopunt Nieuwleusen/ })
      .click()
    await page.waitForURL(/sortering=afstand/)
    await page.locator('.sort-order a[aria-current="true"]', { hasText: 'afstand' }).waitFor()
    const distances = (await page.locator('.results .result-card .service-details').allTextContents()).map((text) =>
      Number(text.match(/([\d,]+) km/)?.[1].replace(',', '.') ?? Infinity),
    )
    expect(distances.length).toBeGreaterThan(5)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    // Kulturhus de Spil houses the Infopunt Nieuwleusen.
    expect(distances[0]).toBeLessThan(1)
    expect(await axeViolations(page)).toEqual([])
  })

  it('has no axe violations on the search and detail pages', async () => {
    await page.goto(`${server.url}/wegwijzer?q=schulden`)
    expect(await axeViolations(page)).toEqual([])
    await page.goto(`${server.url}/wegwijzer?language=ar&open=nu`)
    expect(await axeViolations(page)).toEqual([])
    await page.goto(`${server.url}/wegwijzer/bibliotheek-dalfsen`)
    expect(await axeViolations(page)).toEqual([])
    await page.goto(`${server.url}/wegwijzer/kern-maatschappelijke-dienstverlening`)
    expect(await axeViolations(page)).toEqual([])
  })

  it('fits a 360 px wide screen and works by keyboard alone', async () => {
    const context = await newDutchContext(browser, { viewport: { width: 360, height: 740 } })
    const mobile = await context.newPage()
    await loginInBrowser(mobile, server.url, 'balie@infopunt.example', DEMO_PASSWORD)
    await mobile.goto(`${server.url}/wegwijzer`)
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await mobile.keyboard.type('carinova')
    await mobile.keyboard.press('Enter')
    await mobile.waitForURL(/q=carinova/)
    await mobile.locator('.results .result-card h3', { hasText: 'Carinova' }).first().waitFor()
    // Tab from the search box to the first result link and open it with Enter.
    const firstLink = mobile.locator('.results .result-card h3 a').first()
    for (let step = 0; step < 60 && !(await firstLink.evaluate((link) => link === document.activeElement)); step++)
      await mobile.keyboard.press('Tab')
    await mobile.keyboard.press('Enter')
    await mobile.waitForURL(/\/wegwijzer\/carinova$/)
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await context.close()
  })

  it('prints the referral card on one A5 page', async () => {
    await page.goto(`${server.url}/wegwijzer/humanitas-dalfsen/verwijskaart`)
    await expect(page.getByRole('heading', { name: 'Humanitas Dalfsen', exact: true }).isVisible()).resolves.toBe(true)
    expect(await page.locator('main').textContent()).toContain('Infopunt Nieuwleusen')
    expect(await axeViolations(page)).toEqual([])
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1)
    const [, width, height] = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/)!.map(Number)
    // A5 is 148 × 210 mm: 419.5 × 595.3 points
    expect(Math.round(width)).toBe(420)
    expect(Math.round(height)).toBe(595)
  })

  it('lets a desk worker report wrong details, which communications staff then see', async () => {
    await page.goto(`${server.url}/wegwijzer/carinova`)
    await (await hydrated(page.getByLabel('Openingstijden'))).check()
    await page.getByLabel(/Toelichting/).fill('Op vrijdag is het wijkteam gesloten.')
    await page.getByRole('button', { name: 'Melding versturen' }).click()
    await page.getByText('je melding is ontvangen').waitFor()
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'communicatie@infopunt.example', password: DEMO_PASSWORD }),
    }).then((res) => res.json())
    const reports = await fetch(`${server.url}/api/incorrect-info-reports?where[status][equals]=open&depth=1`, {
      headers: { Authorization: `JWT ${login.token}` },
    }).then((res) => res.json())
    expect(
      reports.docs.map((report: { note: string; kind: string; organisation: { name: string } }) => [
        report.organisation.name,
        report.kind,
        report.note,
      ]),
    ).toContainEqual(['Carinova', 'hours', 'Op vrijdag is het wijkteam gesloten.'])
  })

  it('closes the referral loop: refer → mail to the organisation → it confirms → the desk worker and the report see it', async () => {
    // The coordinator's count before, through the report API.
    const coordinator = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'coordinator@infopunt.example', password: DEMO_PASSWORD }),
    }).then((res) => res.json())
    const receivedCount = async () => {
      const report = await fetch(`${server.url}/api/registrations/report?groupBy=referralStatus`, {
        headers: { Authorization: `JWT ${coordinator.token}` },
      }).then((res) => res.json())
      return report.rows.find((row: { key: string }) => row.key === 'received').count as number
    }
    const before = await receivedCount()

    // The desk worker refers, only after ticking consent; the server sends the mail.
    await page.goto(`${server.url}/wegwijzer/humanitas-dalfsen`)
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Verwijzen per e-mail' }) })
    await (await hydrated(form.getByRole('button', { name: 'Verwijzen per e-mail' }))).click()
    // the browser's own validation stops the form until consent is ticked
    expect(await form.getByLabel(/toestemming/).evaluate((box: HTMLInputElement) => box.validity.valueMissing)).toBe(
      true,
    )
    await form.getByLabel(/toestemming/).check()
    // Sent with the letter's blanks still empty: refused, and the form says what is missing.
    await form.getByRole('button', { name: 'Verwijzen per e-mail' }).click()
    await form
      .getByRole('alert')
      .filter({ hasText: 'Vul in het bericht nog in: de vraag en hoe de inwoner bereikbaar is.' })
      .waitFor()
    const letter = form.getByLabel('Bericht aan de organisatie')
    await letter.fill(
      (await letter.inputValue())
        .replace('De vraag: ', 'De vraag: hulp bij het ordenen van de post')
        .replace('bereikbaar via: ', 'bereikbaar via: de balie van het Infopunt'),
    )
    const recorded = page.waitForResponse((response) => response.url().endsWith('/api/directory/referrals'))
    await form.getByRole('button', { name: 'Verwijzen per e-mail' }).click()
    const response = await recorded
    expect(response.status()).toBe(201)
    const { code } = await response.json()
    await expect(form.getByTestId('referral-code').textContent()).resolves.toBe(code)

    // "Deze vraag registreren": the registration form offers the referral, pre-selected, and links it.
    await form.getByRole('link', { name: 'Deze vraag registreren' }).click()
    await hydrated(page.getByRole('button', { name: 'Registreren', exact: true }))
    await page.getByRole('button', { name: 'Eenzaamheid', exact: true }).click()
    await page.getByRole('button', { name: 'Warm doorverwezen' }).click()
    const link = page.getByRole('checkbox', { name: `${code} · Humanitas Dalfsen` })
    expect(await link.isChecked()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Registreren', exact: true }).click()
    await page.getByRole('status').filter({ hasText: 'De registratie is opgeslagen.' }).waitFor()
    await page.getByTestId('own-list').getByText(`(${code})`).first().waitFor()

    // The organisation's mail carries the code and the two links.
    const mail = smtp.received.find((caught) => caught.to.includes('verwijzen@humanitas.example.org'))!
    const text = mail.raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
    expect(text).toContain(`Verwijscode: ${code}`)
    const received = /Ontvangen: (\S+)/.exec(text)![1]
    expect(received.startsWith(`${server.url}/verwijzing/`)).toBe(true)

    // The organisation confirms, without an account.
    const partner = await (await newDutchContext(browser)).newPage()
    await partner.goto(received)
    await partner.getByRole('heading', { name: `Doorverwijzing ${code}` }).waitFor()
    expect(await axeViolations(partner)).toEqual([])
    await (await hydrated(partner.getByRole('button', { name: 'Ja, ontvangen' }))).click()
    await partner.getByText('Dank u.').waitFor()
    // Used once; a tampered link says so too, and neither changes anything.
    await partner.goto(received)
    await partner.getByRole('heading', { name: 'Deze link is al gebruikt' }).waitFor()
    await partner.goto(received.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')))
    await partner.getByRole('heading', { name: 'Deze link werkt niet' }).waitFor()
    expect(await axeViolations(partner)).toEqual([])
    await partner.context().close()

    // The desk worker sees "ontvangen" on Mijn doorverwijzingen.
    await page.goto(`${server.url}/doorverwijzingen`)
    const item = page.locator(`[data-code="${code}"]`)
    await expect(item.getByTestId('referral-status').textContent()).resolves.toBe('ontvangen')
    expect(await axeViolations(page)).toEqual([])

    // The coordinator's report counts it: the API and the page.
    expect(await receivedCount()).toBe(before + 1)
    const report = await (await newDutchContext(browser)).newPage()
    await loginInBrowser(report, server.url, 'coordinator@infopunt.example', DEMO_PASSWORD)
    await report.goto(`${server.url}/rapportage`)
    const row = report.locator('table[aria-labelledby="rapport-referralStatus"] tr', { hasText: 'Ontvangen' })
    await expect(row.locator('td').textContent()).resolves.toBe(String(before + 1))
    await expect(report.getByTestId('referral-outcomes').textContent()).resolves.toContain('Humanitas Dalfsen')
    await report.context().close()
  })
})
