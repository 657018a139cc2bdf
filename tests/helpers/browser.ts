import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

/**
 * Waits until React has hydrated the element (it then carries React's props) and returns it. Input
 * given to a server-rendered element before that is lost or reset, which a busy machine makes likely.
 */
export const hydrated = async (locator: Locator, timeoutMs = 30_000): Promise<Locator> => {
  const element = await locator.elementHandle({ timeout: timeoutMs })
  await locator
    .page()
    .waitForFunction((node) => Object.keys(node as object).some((key) => key.startsWith('__reactProps$')), element, {
      timeout: timeoutMs,
    })
  return locator
}

/** A Dutch browser, as at the desk. axe-core is injected into pages, so the page's CSP is bypassed. */
export const newDutchContext = (
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> =>
  browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', bypassCSP: true, ...options })

export const loginInBrowser = async (page: Page, baseURL: string, email: string, password: string) => {
  await page.goto(`${baseURL}/inloggen`)
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Wachtwoord').fill(password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'))
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * WCAG 2.1 A and AA checks by axe-core on the current page, or on the part of it that `within` selects
 * (a control of ours inside a screen of Payload's admin).
 */
export const axeViolations = async (page: Page, within?: string): Promise<AxeViolation[]> => {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async (selector) => {
    const result = await (
      window as unknown as {
        axe: { run: (ctx: Document | { include: string[][] }, opts: object) => Promise<{ violations: AxeViolation[] }> }
      }
    ).axe.run(selector ? { include: [[selector]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target as string[] })),
    }))
  }, within)
}
