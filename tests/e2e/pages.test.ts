import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, hydrated, launchBrowser, loginInBrowser, newDutchContext } from '../helpers/browser'
import { startNextServer, type NextServer } from '../helpers/nextServer'
import { DEMO_PASSWORD } from '../../src/seed/data/users'
import { PLATFORM_ADMINISTRATOR, REGIONAL_CONSULTANT } from '../../src/seed/regional'

const DESK = 'balie@infopunt.example'
const COORDINATOR = 'coordinator@infopunt.example'
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }

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

type SessionState = Awaited<ReturnType<BrowserContext['storageState']>>
/** Each person logs in once through the login page; later pages start from that session. */
const sessions = new Map<string, SessionState>()

const pageAs = async (email: string | null, viewport = PHONE): Promise<Page> => {
  const storageState = email ? sessions.get(email) : undefined
  const context = await newDutchContext(browser, { viewport, storageState })
  const page = await context.newPage()
  if (email && !storageState) {
    await loginInBrowser(page, server.url, email, DEMO_PASSWORD)
    sessions.set(email, await context.storageState())
  }
  return page
}

const sidewaysOverflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)

/** Every frontend page, as the person who uses it opens it. */
const frontendPages: { path: string; as: string | null; heading: string | RegExp }[] = [
  { path: '/inloggen', as: null, heading: 'Inloggen' },
  { path: '/', as: DESK, heading: /Goedendag/ },
  { path: '/wegwijzer', as: DESK, heading: 'Wegwijzer' },
  { path: '/wegwijzer?q=schulden', as: DESK, heading: 'Wegwijzer' },
  { path: '/wegwijzer?q=mantelzorg&kind=informal', as: DESK, heading: 'Wegwijzer' },
  { path: '/wegwijzer/humanitas-dalfsen', as: DESK, heading: 'Humanitas Dalfsen' },
  { path: '/wegwijzer/humanitas-dalfsen/verwijskaart', as: DESK, heading: 'Humanitas Dalfsen' },
  { path: '/registreren', as: DESK, heading: 'Hulpvraag registreren' },
  { path: '/doorverwijzingen', as: DESK, heading: 'Mijn doorverwijzingen' },
  { path: '/rooster', as: DESK, heading: /Rooster/ },
  { path: '/rapportage', as: COORDINATOR, heading: 'Rapportage hulpvragen' },
  { path: '/rooster', as: COORDINATOR, heading: /Rooster/ },
  { path: '/trainingen', as: COORDINATOR, heading: 'Trainingen' },
  { path: '/trainingen', as: DESK, heading: 'Mijn trainingen' },
  { path: '/uitnodiging/verlopen-of-onbekend', as: null, heading: 'Welkom bij het digitale Infopunt' },
  { path: '/gegevens-controleren/onbekende-link', as: null, heading: 'Kloppen uw gegevens nog?' },
  { path: '/verwijzing/verlopen-of-onbekend', as: null, heading: 'Deze link werkt niet' },
  { path: '/iets-dat-niet-bestaat', as: DESK, heading: 'Pagina niet gevonden' },
  { path: '/rapportage', as: DESK, heading: 'Geen toegang' },
  // With the network switch in the header.
  { path: '/', as: REGIONAL_CONSULTANT, heading: /Goedendag/ },
  { path: '/rooster', as: REGIONAL_CONSULTANT, heading: /Rooster/ },
  { path: '/platform', as: PLATFORM_ADMINISTRATOR, heading: 'Platform: alle netwerken' },
]

describe.each([
  ['a phone (390 px)', PHONE],
  ['a desktop', DESKTOP],
])('every frontend page on %s', (_name, viewport) => {
  it.each(frontendPages)('$path as $as: no sideways scrolling and no axe violations', async ({ path, as, heading }) => {
    const page = await pageAs(as, viewport)
    await page.goto(`${server.url}${path}`)
    await page.getByRole('heading', { name: heading }).first().waitFor()
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})

/**
 * Who may open the pages of the desk's people and the admin's own views, role by role, over plain
 * HTTP with each role's session (cheap: no browser). A string is text the page must show; `login` a
 * redirect to a login.
 */
// prettier-ignore
const GUARDED_PAGES: Record<string, { beheerder: string; communicatie: string; coordinator: string; balie: string; anonymous: string }> = {
  '/rooster':                    { beheerder: 'Aandacht nodig', communicatie: 'Rooster in je eigen agenda', coordinator: 'Aandacht nodig', balie: 'Rooster in je eigen agenda', anonymous: 'login' },
  '/trainingen':                 { beheerder: 'Nieuwe collega uitnodigen', communicatie: 'Mijn trainingen', coordinator: 'Nieuwe collega uitnodigen', balie: 'Mijn trainingen', anonymous: 'login' },
  '/uitnodiging/onbekend':       { beheerder: 'verlopen of al gebruikt', communicatie: 'verlopen of al gebruikt', coordinator: 'verlopen of al gebruikt', balie: 'verlopen of al gebruikt', anonymous: 'verlopen of al gebruikt' },
  '/admin/collega-uitnodigen':   { beheerder: 'Uitnodiging versturen', communicatie: 'Alleen coördinatoren en beheerders', coordinator: 'Uitnodiging versturen', balie: 'Alleen coördinatoren en beheerders', anonymous: 'login' },
  '/admin/organisaties-importeren': { beheerder: 'Download Excel (.xlsx)', communicatie: 'Download Excel (.xlsx)', coordinator: 'Alleen communicatiemedewerkers en beheerders', balie: 'Alleen communicatiemedewerkers en beheerders', anonymous: 'login' },
  '/admin/open-referral-importeren': { beheerder: 'Bron kiezen', communicatie: 'Bron kiezen', coordinator: 'Alleen communicatiemedewerkers en beheerders', balie: 'Alleen communicatiemedewerkers en beheerders', anonymous: 'login' },
  // Everyone on the staff reads the list; only those who may import and export see the links to it.
  '/admin/collections/organisations': { beheerder: 'Importeren uit CSV of Excel', communicatie: 'Importeren uit CSV of Excel', coordinator: 'Organisaties', balie: 'Organisaties', anonymous: 'login' },
}
/** Text only the roles that may use that page see on it. */
const ONLY_FOR_ALLOWED: Record<string, string> = {
  '/rooster': 'Aandacht nodig',
  '/trainingen': 'Nieuwe collega uitnodigen',
  '/admin/collega-uitnodigen': 'Uitnodiging versturen',
  '/admin/organisaties-importeren': 'Download Excel (.xlsx)',
  '/admin/open-referral-importeren': 'Bron kiezen',
  '/admin/collections/organisations': 'Importeren uit CSV of Excel',
}

describe("who may open the pages of the desk's people and the admin's own views", () => {
  const emails = {
    beheerder: 'beheerder@infopunt.example',
    communicatie: 'communicatie@infopunt.example',
    coordinator: COORDINATOR,
    balie: DESK,
  }
  const cookies: Partial<Record<keyof typeof emails, string>> = {}
  beforeAll(async () => {
    for (const [actor, email] of Object.entries(emails) as [keyof typeof emails, string][]) {
      const res = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      })
      cookies[actor] = `payload-token=${(await res.json()).token}`
    }
  })

  it.each(
    Object.entries(GUARDED_PAGES).flatMap(([path, row]) =>
      Object.entries(row).map(([actor, expected]) => ({ path, actor: actor as keyof typeof row, expected })),
    ),
  )('$path as $actor: $expected', async ({ path, actor, expected }) => {
    const cookie = actor === 'anonymous' ? undefined : cookies[actor]
    // A browser's navigation: Payload takes the session cookie only with Sec-Fetch-Site (or Origin).
    const headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin' }
    if (cookie) headers.Cookie = cookie
    const res = await fetch(`${server.url}${path}`, { redirect: 'manual', headers })
    if (expected === 'login') {
      // A redirect; inside the admin's streamed page it comes as Next.js's in-page redirect.
      const to = res.status === 200 ? (await res.text()).match(/NEXT_REDIRECT;[a-z]+;([^;"]+)/)?.[1] : undefined
      expect(to ?? res.headers.get('location')).toMatch(/^(https?:\/\/[^/]+)?\/(inloggen|admin\/login)/)
      return
    }
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain(expected)
    const allowedOnly = ONLY_FOR_ALLOWED[path]
    if (allowedOnly && allowedOnly !== expected) expect(html).not.toContain(allowedOnly)
  })
})

describe('the Wegwijzer on a phone', () => {
  it('shows the first result within the first screen, with the filters in a panel that opens on request', async () => {
    const page = await pageAs(DESK)
    await page.goto(`${server.url}/wegwijzer?q=mantelzorg&kind=informal`)
    const first = page.locator('.results .result-card').first()
    await first.waitFor()
    const top = await first.evaluate((card) => card.getBoundingClientRect().top)
    expect(top).toBeLessThan(1.25 * PHONE.height)

    const toggle = page.locator('summary', { hasText: 'Filters (1)' })
    expect(await toggle.isVisible()).toBe(true)
    expect(await page.locator('#facet-kind').isVisible()).toBe(false)
    // The active filter stays in view, with a way to remove it.
    expect(await page.getByRole('link', { name: /Informele hulp.*filter uitzetten/ }).isVisible()).toBe(true)
    await toggle.focus()
    await page.keyboard.press('Enter')
    await page.locator('#facet-kind').waitFor()
    expect(await page.locator('#facet-kind').isVisible()).toBe(true)
    await page.context().close()
  })

  it('opens the filter panel without JavaScript', async () => {
    const context = await newDutchContext(browser, { viewport: PHONE, javaScriptEnabled: false })
    await context.request.post(`${server.url}/api/users/login`, { data: { email: DESK, password: DEMO_PASSWORD } })
    const page = await context.newPage()
    await page.goto(`${server.url}/wegwijzer?q=mantelzorg`)
    await page.locator('summary', { hasText: 'Filters' }).click()
    await page.locator('#facet-kind + ul a', { hasText: 'Informele hulp' }).click()
    await page.waitForURL(/kind=informal/)
    expect(await page.locator('summary', { hasText: 'Filters (1)' }).count()).toBe(1)
    await context.close()
  })
})

describe('pages that do not exist', () => {
  it.each(['/iets', '/wegwijzer/bestaat-niet', '/wegwijzer/bestaat-niet/verwijskaart'])(
    '%s answers 404 with a Dutch page inside the app, with the header and a way back',
    async (path) => {
      const page = await pageAs(DESK, DESKTOP)
      const response = await page.goto(`${server.url}${path}`)
      expect(response?.status()).toBe(404)
      await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor()
      expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(true)
      const main = page.locator('main')
      expect(await main.getByRole('link', { name: 'Naar de startpagina' }).getAttribute('href')).toBe('/')
      expect(await main.getByRole('link', { name: 'Zoeken in de Wegwijzer' }).getAttribute('href')).toBe('/wegwijzer')
      expect(await page.locator('body').innerText()).not.toContain('could not be found')
      await page.context().close()
    },
  )

  it('shows the Dutch page without the header to someone not logged in', async () => {
    const page = await pageAs(null, DESKTOP)
    const response = await page.goto(`${server.url}/iets`)
    expect(response?.status()).toBe(404)
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor()
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0)
    await page.context().close()
  })
})

describe('a page someone may not open', () => {
  it.each([
    [DESK, '/rapportage', 'Je hebt geen toegang tot Rapportage; die is voor coördinatoren en beheerders.'],
    [COORDINATOR, '/registreren', 'Je hebt geen toegang tot Registreren; dat is voor baliemedewerkers en beheerders.'],
  ])('%s opening %s is told why, on the startpage, with the focus on the message', async (email, path, message) => {
    const page = await pageAs(email, DESKTOP)
    await page.goto(`${server.url}${path}`)
    expect(new URL(page.url()).pathname).toBe('/')
    const notice = page.getByRole('alert')
    await notice.getByText(message).waitFor()
    await page.waitForFunction(() => document.activeElement?.textContent === 'Geen toegang')
    await page.context().close()
  })
})

describe('an admin page someone may not open', () => {
  it.each([
    [DESK, '/admin/collections/services/create'],
    [COORDINATOR, '/admin/collections/themes/create'],
  ])('%s opening %s is told there is no access, not that they must log in', async (email, path) => {
    const page = await pageAs(email, DESKTOP)
    await page.goto(`${server.url}${path}`)
    const notice = page.locator('div.unauthorized:not(.gutter)')
    await notice.getByText('Je hebt geen toegang tot deze pagina.').waitFor()
    expect(await notice.innerText()).toContain('Geen toegang: log in met een account dat dit mag.')
    expect(await page.locator('body').innerText()).not.toMatch(/moet ingelogd zijn/)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})

describe('icons and the referral card', () => {
  it('serves the favicon, the app icons and the manifest the pages name', async () => {
    const page = await pageAs(DESK, DESKTOP)
    await page.goto(`${server.url}/`)
    const hrefs = await page
      .locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
    expect(hrefs.some((href) => href.endsWith('/favicon.svg'))).toBe(true)
    expect(hrefs.some((href) => href.includes('apple-touch-icon'))).toBe(true)
    for (const href of [...hrefs, `${server.url}/favicon.ico`]) {
      const response = await fetch(href)
      expect([href, response.status]).toEqual([href, 200])
    }
    const svg = await (await fetch(`${server.url}/favicon.svg`)).text()
    expect(svg).toContain('<svg')
    await page.context().close()
  })

  it('has the logo, a way back (not printed) and a line for the appointment', async () => {
    const page = await pageAs(DESK, DESKTOP)
    await page.goto(`${server.url}/wegwijzer/humanitas-dalfsen/verwijskaart`)
    const main = page.locator('main')
    expect(await main.getByRole('img', { name: 'Infopunt' }).isVisible()).toBe(true)
    const back = page.getByRole('link', { name: /Terug/ })
    expect(await back.getAttribute('href')).toBe('/wegwijzer/humanitas-dalfsen')
    expect(await main.textContent()).toMatch(/Uw afspraak.*op.*om/)
    await page.emulateMedia({ media: 'print' })
    expect(await back.isVisible()).toBe(false)
    expect(await page.getByText(/Uw afspraak/).isVisible()).toBe(true)
    await page.context().close()
  })
})

describe('the report on a phone and a desktop', () => {
  it('draws full labels and no months after this one', async () => {
    const page = await pageAs(COORDINATOR, DESKTOP)
    await page.goto(`${server.url}/rapportage?periode=year`)
    const chartOf = (heading: string) =>
      page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) }).locator('.chart img')
    const chartText = async (heading: string) => {
      const src = await chartOf(heading).getAttribute('src')
      // Fetched as the page fetches it (the same session), read as the browser parses SVG.
      return page.evaluate(async (url) => {
        const svg = new DOMParser().parseFromString(await (await fetch(url!)).text(), 'image/svg+xml')
        return [...svg.querySelectorAll('text')].map((text) => text.textContent).join(' ')
      }, src)
    }
    const labelsOf = async (heading: string) =>
      page
        .locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) })
        .locator('tbody th')
        .allTextContents()
    const sources: string[] = []
    for (const heading of ['Per Infopunt', 'Per thema', 'Doorverwezen naar']) {
      const text = (await chartText(heading)).replace(/\s+/g, ' ')
      for (const label of (await labelsOf(heading)).slice(0, 15))
        for (const word of label.split(/\s+/)) expect([label, text.includes(word)]).toEqual([label, true])
      expect(text).not.toContain('…')
      sources.push((await chartOf(heading).getAttribute('src'))!)
    }
    // Every chart has loaded as a picture, at the size the page reserved for it.
    const images = await page.locator('.chart img').evaluateAll(async (imgs) => {
      for (const img of imgs as HTMLImageElement[]) {
        img.loading = 'eager'
        await img.decode().catch(() => undefined)
      }
      return (imgs as HTMLImageElement[]).map((img) => ({
        loaded: img.complete && img.naturalWidth > 0,
        reserved: Number(img.getAttribute('height')),
        drawn: img.naturalHeight,
      }))
    })
    expect(images.length).toBeGreaterThan(5)
    for (const image of images) expect(image).toEqual({ loaded: true, reserved: image.drawn, drawn: image.drawn })
    // Bars are drawn inside the picture: no label starts left of it (measured in the rendered SVG).
    const drawn = await page.context().newPage()
    for (const src of sources) {
      await drawn.goto(`${server.url}${src}`)
      const outside = await drawn
        .locator('svg')
        .first()
        .evaluate((svg) => {
          const box = svg.getBoundingClientRect()
          return [...svg.querySelectorAll('text')]
            .map((text) => text.getBoundingClientRect())
            .filter((rect) => rect.left < box.left - 1 || rect.right > box.right + 1)
            .map((rect) => rect.left)
        })
      expect([src, outside]).toEqual([src, []])
    }
    await drawn.close()
    const thisMonth = new Date().toISOString().slice(0, 7)
    // The months are labelled in Dutch ("mei 2026"): read back as YYYY-MM.
    const months = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']
    const monthKeys = [...(await chartText('Verloop per maand')).matchAll(/\b([a-z]{3}) (\d{4})\b/g)].map(
      ([, month, year]) => `${year}-${String(months.indexOf(month) + 1).padStart(2, '0')}`,
    )
    expect(monthKeys.length).toBeGreaterThan(0)
    expect(monthKeys.every((key) => !key.endsWith('-00'))).toBe(true)
    expect(monthKeys.filter((key) => key > thisMonth)).toEqual([])
    await page.context().close()
  })
})

describe('registering by keyboard', () => {
  it('takes at most 15 keypresses for a plain registration from the top of the page', async () => {
    const page = await pageAs(DESK, DESKTOP)
    await page.goto(`${server.url}/registreren`)
    await hydrated(page.getByRole('button', { name: 'Registreren', exact: true }))
    let presses = 0
    const press = async (key: string) => {
      presses++
      await page.keyboard.press(key)
    }
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')

    await press('Tab') // skip link
    await press('Enter')
    await press('Tab') // Infopunt
    await press('Tab') // Tijdstip
    await press('Tab') // the themes: one stop
    await press('s') // Schuldhulp, the first theme starting with s
    await press('Space')
    expect(await page.getByRole('button', { name: 'Schuldhulp', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    await press('Tab') // the answers: one stop, on the first
    await press('ArrowRight') // Advies gegeven
    await press('Space')
    expect(await page.getByRole('button', { name: 'Advies gegeven' }).getAttribute('aria-pressed')).toBe('true')
    while ((await focused()) !== 'Registreren' && presses < 40) await press('Tab')
    await press('Enter')
    await page.getByRole('status').filter({ hasText: 'De registratie is opgeslagen.' }).waitFor()
    expect(presses).toBeLessThanOrEqual(15)
    await page.context().close()
  })

  it('moves through the themes with the arrow keys as one tab stop, and Space toggles', async () => {
    const page = await pageAs(DESK, DESKTOP)
    await page.goto(`${server.url}/registreren`)
    await hydrated(page.getByRole('button', { name: 'Registreren', exact: true }))
    const chips = page.getByRole('toolbar', { name: "Thema's" }).getByRole('button')
    expect(await chips.count()).toBeGreaterThan(5)
    // One chip in the tab order at a time.
    expect(await chips.evaluateAll((buttons) => buttons.filter((button) => button.tabIndex === 0).length)).toBe(1)
    await chips.first().focus()
    await page.keyboard.press('ArrowRight')
    expect(await chips.nth(1).evaluate((chip) => chip === document.activeElement)).toBe(true)
    await page.keyboard.press('End')
    expect(await chips.last().evaluate((chip) => chip === document.activeElement)).toBe(true)
    await page.keyboard.press('Home')
    await page.keyboard.press('Space')
    expect(await chips.first().getAttribute('aria-pressed')).toBe('true')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Shift+Tab')
    // Back into the group where it was left.
    expect(await chips.first().evaluate((chip) => chip === document.activeElement)).toBe(true)
    await page.context().close()
  })

  it('lands the first ArrowDown in the type-ahead on the first option', async () => {
    const page = await pageAs(DESK, DESKTOP)
    await page.goto(`${server.url}/registreren`)
    await hydrated(page.getByRole('button', { name: 'Registreren', exact: true }))
    await page.getByRole('button', { name: 'Warm doorverwezen' }).click()
    const combobox = page.getByRole('combobox', { name: 'Doorverwezen naar' })
    await combobox.fill('hu')
    const options = page.getByRole('listbox').getByRole('option')
    await options.nth(1).waitFor()
    expect(await combobox.getAttribute('aria-activedescendant')).toBeNull()
    await page.keyboard.press('ArrowDown')
    expect(await combobox.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'))
    expect(await options.first().getAttribute('aria-selected')).toBe('true')
    await page.context().close()
  })

  it('"Nog een vraag" clears the confirmation and puts the focus on the first field', async () => {
    const page = await pageAs(DESK, DESKTOP)
    await page.goto(`${server.url}/registreren`)
    await hydrated(page.getByRole('button', { name: 'Registreren', exact: true }))
    await page.getByRole('button', { name: 'Wonen', exact: true }).click()
    await page.getByRole('button', { name: 'Advies gegeven' }).click()
    await page.getByRole('button', { name: 'Registreren', exact: true }).click()
    await page.getByRole('status').filter({ hasText: 'De registratie is opgeslagen.' }).waitFor()
    await page.getByRole('button', { name: 'Nog een vraag' }).click()
    expect(await page.getByText('De registratie is opgeslagen.').count()).toBe(0)
    expect(await page.getByLabel('Infopunt').evaluate((select) => select === document.activeElement)).toBe(true)
    await page.context().close()
  })

  it('takes a typed time in "dd-mm-jjjj uu:mm" and refuses a malformed one with a Dutch reason', async () => {
    const page = await pageAs(DESK, DESKTOP)
    await page.goto(`${server.url}/registreren`)
    await hydrated(page.getByRole('button', { name: 'Registreren', exact: true }))
    const time = page.getByLabel('Tijdstip')
    expect(await time.inputValue()).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/)
    await page.getByRole('button', { name: 'Vervoer', exact: true }).click()
    await page.getByRole('button', { name: 'Advies gegeven' }).click()
    await time.fill('31-02-2026 25:00')
    await page.getByRole('button', { name: 'Registreren', exact: true }).click()
    await page.locator('.field-error', { hasText: 'dd-mm-jjjj uu:mm' }).waitFor()
    expect(await time.evaluate((input) => input === document.activeElement)).toBe(true)
    await time.fill('02-11-2026 09:30')
    await page.getByRole('button', { name: 'Registreren', exact: true }).click()
    await page.getByRole('status').filter({ hasText: 'De registratie is opgeslagen.' }).waitFor()
    await page.getByTestId('own-list').getByText(/2 nov/).first().waitFor()
    await page.context().close()
  })
})
