/**
 * Accounts in the production build (`next start`): the admin's login page for a demo account, a
 * desk worker changing their password on the admin's account page (which asks the current one),
 * and the login rate limit counting a client by the address it connects from, whatever
 * X-Forwarded-For it sends.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { hydrated, launchBrowser } from '../helpers/browser'
import { startNextServer, type NextServer } from '../helpers/nextServer'
import { DEMO_PASSWORD } from '../../src/seed/data/users'

// Room for the logins of the browser tests below; the last test runs the address's count out.
const LOGINS_PER_ADDRESS = 20

let server: NextServer
let browser: Browser

beforeAll(async () => {
  server = await startNextServer({ env: { RATE_LIMIT_LOGIN_IP: `${LOGINS_PER_ADDRESS}/600`, INFOPUNT_JOBS: 'off' } })
  browser = await launchBrowser()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Every answer of 400 and above the page receives, but the ones listed as expected. */
const watchFailures = (page: Page, expected: (url: string, status: number) => boolean = () => false) => {
  const failures: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400 && !expected(response.url(), response.status()))
      failures.push(`${response.status()} ${response.request().method()} ${response.url()}`)
  })
  return failures
}

const adminLogin = async (page: Page, email: string, password: string) => {
  await page.goto(`${server.url}/admin/login`)
  await (await hydrated(page.getByLabel(/E-mail/))).fill(email)
  await page.getByLabel(/Wachtwoord/).fill(password)
  await page.getByRole('button', { name: /Inloggen/ }).click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
}

/**
 * Types into the account form and waits for the form's own check of the input (a form-state
 * request), as a person's move to the save button does: the password fields count as invalid
 * until that check has answered, and a save before it only shows "Gelieve de ongeldige velden te
 * corrigeren." (Payload's account form).
 */
const typed = async (page: Page, type: () => Promise<void>) => {
  const checked = page.waitForResponse(
    (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/admin/account',
  )
  await type()
  await checked
}

const apiLogin = (email: string, password: string) =>
  fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })

describe('the admin', () => {
  it('logs an administrator in and out, without failed requests', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    const failures = watchFailures(page)
    await adminLogin(page, 'beheerder@infopunt.example', DEMO_PASSWORD)
    await page
      .getByRole('heading', { name: /Dashboard|Wegwijzer/ })
      .first()
      .waitFor()
    await page.goto(`${server.url}/admin/logout`)
    await page.waitForURL(/\/admin\/login/)
    expect(failures).toEqual([])
    await context.close()
  }, 120_000)

  it('speaks Dutch to a browser that prefers English', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.getByRole('button', { name: 'Inloggen' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('nl')
    await context.close()
  })

  it('lets a desk worker change their password on the account page, with the current one', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    // The save without the current password is refused (400) on purpose.
    const failures = watchFailures(page, (url, status) => status === 400 && /\/api\/users\/\d+/.test(url))
    const email = 'wilma@infopunt.example'
    const newPassword = 'een nieuw wachtwoord voor de balie'
    await adminLogin(page, email, DEMO_PASSWORD)
    await page.goto(`${server.url}/admin/account`)

    // Staff cannot change their e-mail address; the current password is asked on this page.
    const emailField = page.locator('#field-email')
    await emailField.waitFor()
    expect(await emailField.isDisabled()).toBe(true)
    const current = page.getByLabel('Huidig wachtwoord')
    await current.waitFor()
    expect(await current.getAttribute('type')).toBe('password')
    expect(await current.getAttribute('autocomplete')).toBe('current-password')

    await (await hydrated(page.getByRole('button', { name: 'Wachtwoord wijzigen' }))).click()
    await page.getByLabel('Nieuw wachtwoord').fill(newPassword)
    await typed(page, () => page.getByLabel('Wachtwoord bevestigen').fill(newPassword))
    await page.getByRole('button', { name: 'Bewaar' }).click()
    await page.getByText('Vul je huidige wachtwoord in om je wachtwoord of e-mailadres te wijzigen.').first().waitFor()
    expect((await apiLogin(email, newPassword)).status).toBe(401)

    await typed(page, () => current.fill(DEMO_PASSWORD))
    await page.getByRole('button', { name: 'Bewaar' }).click()
    await page.getByText('Succesvol aangepast.').first().waitFor()
    expect((await apiLogin(email, newPassword)).status).toBe(200)
    expect((await apiLogin(email, DEMO_PASSWORD)).status).toBe(401)
    expect(failures).toEqual([])
    await context.close()
  }, 120_000)
})

describe('the login rate limit', () => {
  it('counts a client by the address it connects from, however it varies X-Forwarded-For', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < LOGINS_PER_ADDRESS + 2; attempt++) {
      const response = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.77.${attempt}.9` },
        body: JSON.stringify({ email: `geraden-${attempt}@infopunt.example`, password: 'fout-wachtwoord-123' }),
      })
      statuses.push(response.status)
    }
    const first429 = statuses.indexOf(429)
    expect(first429).toBeGreaterThan(0)
    expect(statuses.slice(0, first429).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(first429).every((status) => status === 429)).toBe(true)
  }, 60_000)
})
