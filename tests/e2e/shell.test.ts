import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { axeViolations, launchBrowser, loginInBrowser, newDutchContext } from '../helpers/browser'
import { startNextServer, type NextServer } from '../helpers/nextServer'
import { DEMO_PASSWORD } from '../../src/seed/data/users'

let server: NextServer
let browser: Browser
// A data folder that does not exist yet, two levels deep, named only by INFOPUNT_DATA_DIR.
const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'infopunt-e2e-')), 'nog', 'niet-aangemaakt')

beforeAll(async () => {
  server = await startNextServer({ dataDir, env: { DATABASE_URL: '' } })
  browser = await launchBrowser()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('production start on an empty SQLite file', () => {
  it('applies the committed migrations and seeds the demo data', () => {
    expect(server.output()).toMatch(/Migrat(ed|ing)/)
  })

  it('creates its data folder, the database in it and the upload folders', () => {
    for (const created of ['infopunt.db', 'uploads/media', 'uploads/work-documents'])
      expect(existsSync(path.join(dataDir, created))).toBe(true)
  })

  it('sends anyone not logged in to the Dutch login page', async () => {
    const response = await fetch(`${server.url}/`, { redirect: 'manual' })
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toContain('/inloggen')
  })

  it('refuses the REST API to anonymous visitors', async () => {
    const response = await fetch(`${server.url}/api/organisations`)
    expect(response.status).toBe(403)
  })
})

describe('production safeguards', () => {
  it.each([
    ['without PAYLOAD_SECRET', '', /PAYLOAD_SECRET is not set/],
    ['with the example secret', 'change-me-to-a-long-random-string', /example value/],
    ['with a short secret', 'kort', /at least 32 characters/],
  ])('refuses to start %s', async (_case, secret, reason) => {
    await expect(startNextServer({ env: { PAYLOAD_SECRET: secret }, timeoutMs: 60_000 })).rejects.toThrow(reason)
  })

  it('creates no demo accounts in production unless demo mode is asked for', async () => {
    const production = await startNextServer({ env: { INFOPUNT_DEMO: 'false' }, readyPath: '/api/health' })
    try {
      const health = await fetch(`${production.url}/api/health`).then((res) => res.json())
      // 'ok' only with every migration applied; the details are for administrators.
      expect(health).toEqual({ status: 'ok' })
      const login = await fetch(`${production.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'beheerder@infopunt.example', password: DEMO_PASSWORD }),
      })
      expect(login.status).toBe(401)
    } finally {
      await production.stop()
    }
  })
})

describe('login and the first startpage', () => {
  it('shows a Dutch error for a wrong password and keeps the e-mail address', async () => {
    const context = await newDutchContext(browser)
    const page = await context.newPage()
    await page.goto(`${server.url}/inloggen`)
    await page.getByLabel('E-mailadres').fill('balie@infopunt.example')
    await page.getByLabel('Wachtwoord').fill('verkeerd-wachtwoord')
    await page.getByRole('button', { name: 'Inloggen' }).click()
    const error = page.getByRole('alert').filter({ hasText: 'klopt niet' })
    await error.waitFor()
    expect(await error.textContent()).toContain('Het e-mailadres of wachtwoord klopt niet.')
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe('balie@infopunt.example')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('logs a desk worker in, shows the Infopunten and their sources, and logs out again', async () => {
    const context = await newDutchContext(browser)
    const page = await context.newPage()
    await loginInBrowser(page, server.url, 'balie@infopunt.example', DEMO_PASSWORD)
    expect(new URL(page.url()).pathname).toBe('/')
    await expect(page.getByRole('heading', { name: 'Vandaag op de balie' }).isVisible()).resolves.toBe(true)
    for (const kern of ['Dalfsen', 'Nieuwleusen', 'Lemelerveld'])
      await expect(page.getByRole('heading', { name: `Infopunt ${kern}` }).isVisible()).resolves.toBe(true)
    await expect(page.getByRole('heading', { name: 'Digitale bronnen' }).isVisible()).resolves.toBe(true)
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Uitloggen' }).click()
    await page.waitForURL(/\/inloggen/)
    const response = await page.goto(`${server.url}/`)
    expect(new URL(page.url()).pathname).toBe('/inloggen')
    expect(response?.status()).toBe(200)
    await context.close()
  })

  it('stays on its own site after a login asked to return elsewhere, and so does the preview', async () => {
    const context = await newDutchContext(browser)
    const page = await context.newPage()
    const elsewhere: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== server.url) elsewhere.push(request.url())
    })
    // A tab inside the path makes "//evil.example" to a browser that does not strip it first.
    await page.goto(`${server.url}/inloggen?terug=%2F%09%2Fevil.example`)
    await page.getByLabel('E-mailadres').fill('balie@infopunt.example')
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'))
    expect(new URL(page.url()).origin).toBe(server.url)

    await page.goto(`${server.url}/voorbeeld?pad=%2F%09%2Fevil.example`)
    expect(new URL(page.url()).origin).toBe(server.url)
    expect(elsewhere).toEqual([])
    await context.close()
  })

  it('uses the same session for the Dutch admin', async () => {
    const context = await newDutchContext(browser)
    const page = await context.newPage()
    await loginInBrowser(page, server.url, 'communicatie@infopunt.example', DEMO_PASSWORD)
    await page.goto(`${server.url}/admin`)
    await page.getByRole('link', { name: 'Organisaties' }).first().waitFor()
    const navText = await page.locator('nav').first().textContent()
    for (const group of ['Wegwijzer', 'Aan de balie', 'Beheer']) expect(navText).toContain(group)
    await context.close()
  })
})
