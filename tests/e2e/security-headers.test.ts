import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { sendChunked } from '../helpers/api'
import { launchBrowser, loginInBrowser } from '../helpers/browser'
import { startNextServer, type NextServer } from '../helpers/nextServer'
import { DEMO_PASSWORD } from '../../src/seed/data/users'

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

const login = async (email: string) => {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}

const expectSecurityHeaders = (headers: Headers, what: string) => {
  const csp = headers.get('content-security-policy') ?? ''
  expect({ what, csp }).toEqual({
    what,
    csp: expect.stringMatching(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/),
  })
  expect(csp).toContain("frame-ancestors 'self'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  expect(csp).not.toMatch(/'unsafe-eval'/)
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(headers.get('permissions-policy')).toContain('camera=()')
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
  // next start runs in production mode.
  expect(headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/)
}

describe('security headers', () => {
  it('are on pages, API answers, errors, downloads and static files', async () => {
    const token = await login('beheerder@infopunt.example')
    const auth = { Authorization: `JWT ${token}` }
    const documents = (await (
      await fetch(`${server.url}/api/work-documents?limit=1&depth=0`, { headers: auth })
    ).json()) as { docs: { url: string }[] }
    const home = await fetch(`${server.url}/inloggen`)
    const script = (await home.text()).match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1]
    expect(script).toBeDefined()
    const targets: [string, RequestInit?][] = [
      ['/inloggen'],
      ['/', { redirect: 'manual' }],
      ['/wegwijzer', { headers: auth }],
      ['/admin/login'],
      ['/api/health'],
      ['/api/directory/search?q=geld', { headers: auth }],
      ['/api/registrations'],
      ['/api/bestaat-niet'],
      [new URL(documents.docs[0].url, server.url).pathname, { headers: auth }],
      [script!],
    ]
    for (const [path, init] of targets) {
      const response = await fetch(`${server.url}${path}`, init)
      expect({ path, status: response.status < 500 }).toEqual({ path, status: true })
      expectSecurityHeaders(response.headers, path)
    }
  })

  it('asks for the colour-scheme client hint on the admin only, so a first navigation elsewhere is not restarted', async () => {
    // Critical-CH makes Chrome retry a first navigation (a 307 to itself) before it shows anything.
    const token = await login('balie@infopunt.example')
    for (const [path, headers] of [
      ['/', { Authorization: `JWT ${token}` }],
      ['/inloggen', {}],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, { headers, redirect: 'manual' })
      expect({ path, status: response.status, criticalCH: response.headers.get('critical-ch') }).toEqual({
        path,
        status: 200,
        criticalCH: null,
      })
      expect(response.headers.get('accept-ch')).toBeNull()
    }
    const admin = await fetch(`${server.url}/admin/login`)
    expect(admin.headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
    expect(admin.headers.get('accept-ch')).toBe('Sec-CH-Prefers-Color-Scheme')

    // In a real browser: the first navigation to each page is answered at once, without a redirect.
    const context = await browser.newContext({ locale: 'nl-NL' })
    try {
      const page = await context.newPage()
      const first = await page.goto(`${server.url}/inloggen`)
      expect({ status: first?.status(), redirectedFrom: first?.request().redirectedFrom()?.url() }).toEqual({
        status: 200,
        redirectedFrom: undefined,
      })
      await loginInBrowser(page, server.url, 'balie@infopunt.example', DEMO_PASSWORD)
      const fresh = await context.newPage()
      const home = await fresh.goto(`${server.url}/`)
      expect({ status: home?.status(), redirectedFrom: home?.request().redirectedFrom()?.url() }).toEqual({
        status: 200,
        redirectedFrom: undefined,
      })
      const adminPage = await fresh.goto(`${server.url}/admin`)
      expect(adminPage?.headers()['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
    } finally {
      await context.close()
    }
  }, 60_000)

  it('gives every response its own nonce, and Next.js puts it on its scripts', async () => {
    const [first, second] = await Promise.all([fetch(`${server.url}/inloggen`), fetch(`${server.url}/inloggen`)])
    const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy')!)![1]
    expect(nonceOf(first)).not.toBe(nonceOf(second))
    const html = await first.text()
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(first)}"`)
  })
})

describe('request bodies', () => {
  it.each(['/api/registrations', '/api/organisations', '/api/users/login'])(
    'refuses a 20 MB JSON body to %s with 413 and a Dutch reason',
    async (path) => {
      const token = await login('beheerder@infopunt.example')
      const body = JSON.stringify({ summary: 'x'.repeat(20 * 1024 * 1024) })
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body,
      })
      expect(response.status).toBe(413)
      expect(((await response.json()) as { error: string }).error).toMatch(/te groot: hoogstens 1 MB/)
      expectSecurityHeaders(response.headers, path)
    },
  )

  it('refuses a 1.2 MB body sent chunked, without Content-Length, with 413', async () => {
    const token = await login('balie@infopunt.example')
    const body = JSON.stringify({ summary: 'x', padding: 'x'.repeat(1_200_000) })
    const response = await sendChunked(server.url, 'POST', '/api/registrations', { token, body })
    expect(response.status).toBe(413)
    expect(JSON.stringify(response.body)).toMatch(/te groot: hoogstens 1 MB/)
  })

  it('still accepts a normal body', async () => {
    const token = await login('beheerder@infopunt.example')
    const response = await fetch(`${server.url}/api/organisations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        name: `Stichting Klein ${Date.now()}`,
        shortDescription: 'Past ruim.',
        kindOfHelp: 'formal',
      }),
    })
    expect(response.status).toBe(201)
  })
})

describe('the admin under the CSP', () => {
  /**
   * Collects CSP violations as the browser reports them (the console and the DOM event), and its
   * complaints about the Permissions-Policy header (a feature it does not know).
   */
  const watch = async (page: Page) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Content-Security-Policy|Permissions-Policy/i.test(message.text()))
        violations.push(message.text())
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    return violations
  }

  it('logs in, edits an organisation, live-previews the startpage and opens the import view without violations', async () => {
    // No bypassCSP here: the browser enforces the policy as it would for a real editor.
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1600, height: 1000 } })
    const page = await context.newPage()
    const violations = await watch(page)

    await page.goto(`${server.url}/admin/login`)
    await page.getByLabel(/E-mail/).fill('communicatie@infopunt.example')
    await page.getByLabel(/Wachtwoord/).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: /Inloggen/ }).click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await page
      .getByRole('heading', { name: /Dashboard|Wegwijzer/ })
      .first()
      .waitFor()

    await page.goto(`${server.url}/admin/collections/organisations`)
    await page.locator('table tbody tr a').first().click()
    await page.waitForURL(/\/admin\/collections\/organisations\/[^/]+$/)
    await page.locator('#field-name').waitFor()
    // The rich-text editor (Lexical) is up.
    await page.locator('[contenteditable="true"]').first().waitFor()

    await page.goto(`${server.url}/admin/collections/startpages`)
    await page.waitForURL(/\/admin\/collections\/startpages\/[^/]+$/)
    await page.getByLabel('Introductietekst').fill(`Voorbeeld onder CSP ${Date.now()}`)
    await page.locator('#live-preview-toggler').click()
    await page.frameLocator('iframe').locator('[data-testid="intro"]').waitFor({ timeout: 30_000 })

    await page.goto(`${server.url}/admin/organisaties-importeren`)
    await page.getByLabel('Bestand').waitFor()

    expect(violations).toEqual([])
    await context.close()
  }, 120_000)

  it('a desk worker’s pages run their scripts under the CSP without violations', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    const violations = await watch(page)
    await loginInBrowser(page, server.url, 'balie@infopunt.example', DEMO_PASSWORD)
    await page.goto(`${server.url}/wegwijzer`)
    await page.getByRole('searchbox').first().fill('schulden')
    await page.waitForURL(/q=schulden/)
    await page.goto(`${server.url}/registreren`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(violations).toEqual([])
    // The control: an injected inline event handler is blocked and reported, so the watch above can
    // see a violation when there is one.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:," onerror="window.__inline = 1">')
    })
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined()
    expect(violations.join('\n')).toMatch(/script-src/)
    await context.close()
  }, 60_000)
})

describe('the login form under a rate limit', () => {
  it('refuses further attempts with a Dutch reason, also with the right password', async () => {
    const limited = await startNextServer({ env: { RATE_LIMIT_LOGIN: '2/600', INFOPUNT_JOBS: 'off' } })
    const context = await browser.newContext({ locale: 'nl-NL' })
    try {
      const page = await context.newPage()
      const attempt = async (password: string) => {
        await page.goto(`${limited.url}/inloggen`)
        await page.getByLabel('E-mailadres').fill('balie@infopunt.example')
        await page.getByLabel('Wachtwoord').fill(password)
        await page.getByRole('button', { name: 'Inloggen' }).click()
        await page.locator('#login-fout').waitFor()
        return (await page.locator('#login-fout').textContent()) ?? ''
      }
      expect(await attempt('fout-wachtwoord-1')).toMatch(/klopt niet/)
      expect(await attempt('fout-wachtwoord-2')).toMatch(/klopt niet/)
      expect(await attempt(DEMO_PASSWORD)).toMatch(/Te veel inlogpogingen\. Probeer het over \d+ seconden opnieuw\./)
      expect(new URL(page.url()).pathname).toBe('/inloggen')
    } finally {
      await context.close()
      await limited.stop()
    }
  }, 240_000)
})
