import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import type { ApiBody } from '../helpers/api'
import { launchBrowser, loginInBrowser, newDutchContext } from '../helpers/browser'
import { startNextServer, type NextServer } from '../helpers/nextServer'
import { DEMO_PASSWORD } from '../../src/seed/data/users'

// Each payload sets window.__xss (and opens a dialog) if it ever runs.
const SCRIPT = '<script>window.__xss=1;alert(1)</script>'
const IMG = '<img src=x onerror="window.__xss=1;alert(1)">'
const SVG = '"><svg onload="window.__xss=1;alert(1)">'
const JS_URL = 'javascript:window.__xss=1;alert(1)'

let server: NextServer
let browser: Browser
const tokens = {} as Record<'editor' | 'desk' | 'coordinator', string>
const stored = {} as { slugA: string; slugB: string; nameA: string; nameB: string }

const request = async (method: string, path: string, token: string, body?: unknown) => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as ApiBody }
}

const messageOf = (body: unknown) => JSON.stringify(body)

/** The REST address of the editor's network's startpage (one per network). */
const startpagePath = async () => {
  const { body } = await request('GET', '/api/startpages?depth=0&limit=1', tokens.editor)
  return `/api/startpages/${body.docs[0].id}`
}

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (...children: object[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children,
})
const link = (url: string, label: string) => ({
  type: 'link',
  format: '',
  indent: 0,
  version: 3,
  direction: 'ltr',
  fields: { url, linkType: 'custom', newTab: false },
  children: [text(label)],
})
const richText = (...children: object[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children },
})

beforeAll(async () => {
  server = await startNextServer()
  browser = await launchBrowser()
  for (const [role, email] of [
    ['editor', 'communicatie@infopunt.example'],
    ['desk', 'balie@infopunt.example'],
    ['coordinator', 'coordinator@infopunt.example'],
  ] as const) {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    })
    tokens[role] = ((await response.json()) as { token: string }).token
  }
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the server refuses script URLs', () => {
  it.each([
    [
      'an organisation website',
      '/api/organisations',
      { name: 'Stichting Url', shortDescription: 'x', kindOfHelp: 'formal', contact: { website: JS_URL } },
      /https:\/\//,
    ],
    [
      'a rich-text link',
      '/api/organisations',
      {
        name: 'Stichting Link',
        shortDescription: 'x',
        kindOfHelp: 'formal',
        description: richText(paragraph(link(JS_URL, 'klik'))),
      },
      /link in de tekst/,
    ],
    ['a digital source', '/api/digital-sources', { title: 'Bron', url: JS_URL, category: 'other' }, /https:\/\//],
  ])('in %s, with a Dutch reason', async (_case, path, body, reason) => {
    const response = await request('POST', path, tokens.editor, body)
    expect(response.status).toBe(400)
    expect(messageOf(response.body)).toMatch(reason)
  })

  it('in a pinned link of the startpage', async () => {
    const response = await request('PATCH', await startpagePath(), tokens.editor, {
      pinnedLinks: [{ label: 'Klik', url: JS_URL }],
    })
    expect(response.status).toBe(400)
    expect(messageOf(response.body)).toMatch(/https:\/\//)
  })
})

describe('stored XSS payloads render as text', () => {
  beforeAll(async () => {
    const themes = await request('GET', '/api/themes?limit=1&depth=0', tokens.editor)
    const locations = await request('GET', '/api/locations?limit=1&depth=0', tokens.editor)
    stored.nameA = `Stichting Xss A ${SCRIPT}`
    stored.nameB = `Stichting Xss B ${SVG}`
    const a = await request('POST', '/api/organisations', tokens.editor, {
      name: stored.nameA,
      shortDescription: `Korte tekst ${IMG}`,
      kindOfHelp: 'formal',
      themes: [themes.body.docs[0].id],
      description: richText(paragraph(text(`Omschrijving ${SVG} ${SCRIPT}`), link('https://example.org/', 'website'))),
      referral: { instructions: `Bel eerst ${IMG} ${SVG}`, contactPerson: `Mevrouw ${SCRIPT}` },
      contact: { website: `https://example.org/?q="><svg onload=window.__xss=1>` },
    })
    expect(a.status).toBe(201)
    const b = await request('POST', '/api/organisations', tokens.editor, {
      name: stored.nameB,
      shortDescription: SCRIPT,
      kindOfHelp: 'informal',
      contact: { website: 'https://example.org/b' },
    })
    expect(b.status).toBe(201)
    stored.slugA = a.body.doc.slug
    stored.slugB = b.body.doc.slug

    const source = await request('POST', '/api/digital-sources', tokens.editor, {
      title: `Bron ${SCRIPT}`,
      url: 'https://example.org/bron',
      description: `Uitleg ${IMG}`,
      category: 'other',
      pinned: true,
    })
    expect(source.status).toBe(201)

    // Data that got past validation some other way (an old import, a direct database edit): the
    // pages must still not turn a script URL into a link.
    const db = createClient({ url: `file:${path.join(server.dataDir, 'infopunt.db')}` })
    await db.execute({
      sql: 'UPDATE organisations SET contact_website = ? WHERE id = ?',
      args: [JS_URL, b.body.doc.id],
    })
    await db.execute({ sql: 'UPDATE digital_sources SET url = ? WHERE id = ?', args: [JS_URL, source.body.doc.id] })
    db.close()
    // A change through the API, so the Wegwijzer's index is rebuilt with the edited row.
    expect(
      (await request('PATCH', `/api/organisations/${a.body.doc.id}`, tokens.editor, { areasServed: ['Dalfsen'] }))
        .status,
    ).toBe(200)

    const startpage = await request('PATCH', `${await startpagePath()}?draft=false`, tokens.editor, {
      _status: 'published',
      announcements: [{ title: `Mededeling ${IMG}`, body: `Tekst ${SCRIPT} ${SVG}`, important: true }],
      pinnedLinks: [{ label: `Link ${SVG}`, url: 'https://example.org/link' }],
    })
    expect(startpage.status).toBe(200)

    const registration = await request('POST', '/api/registrations', tokens.desk, {
      location: locations.body.docs[0].id,
      themes: [themes.body.docs[0].id],
      answerType: 'warm-referral',
      referredOrganisations: [a.body.doc.id],
      summary: `Vraag ${SCRIPT} ${IMG}`,
    })
    expect(registration.status).toBe(201)
  }, 60_000)

  let context: BrowserContext
  let page: Page
  let dialogs: string[]

  /** A fresh context per role; CSP bypassed, so this tests the rendering itself, not the CSP. */
  const openAs = async (email: string) => {
    await context?.close()
    context = await newDutchContext(browser)
    page = await context.newPage()
    dialogs = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    await loginInBrowser(page, server.url, email, DEMO_PASSWORD)
  }
  afterAll(async () => {
    await context?.close()
  })

  /** Nothing ran, nothing active was created from the payloads, and the expected texts are visible as text. */
  const expectInert = async (where: string, texts: string[]) => {
    await page.waitForLoadState('networkidle')
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss,
      images: document.querySelectorAll('img[src="x"], [onerror], [onload], svg[onload]').length,
      // Next.js's own data scripts carry the stored texts as escaped JSON strings; any other script
      // holding a payload would be one that the page let through.
      inlineScripts: [...document.querySelectorAll('script')].filter(
        (script) => script.textContent?.includes('__xss') && !/^\s*\(?self\.__next_f/.test(script.textContent),
      ).length,
      scriptLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
        /^\s*(javascript|data|vbscript):/i.test(a.getAttribute('href') ?? ''),
      ).length,
      text: document.body.innerText,
    }))
    expect({
      where,
      xss: state.xss,
      images: state.images,
      inlineScripts: state.inlineScripts,
      scriptLinks: state.scriptLinks,
      dialogs,
    }).toEqual({
      where,
      xss: undefined,
      images: 0,
      inlineScripts: 0,
      scriptLinks: 0,
      dialogs: [],
    })
    for (const expected of texts)
      expect({ where, found: state.text.includes(expected) }).toEqual({ where, found: true })
  }

  it('on the startpage: announcements, sources and pinned links', async () => {
    await openAs('balie@infopunt.example')
    await page.goto(`${server.url}/`)
    await expectInert('/', [
      `Mededeling ${IMG}`,
      `Tekst ${SCRIPT} ${SVG}`,
      `Link ${SVG}`,
      `Bron ${SCRIPT}`,
      `Uitleg ${IMG}`,
    ])
    // The source with a script URL is shown, but not as a link.
    expect(await page.getByRole('link', { name: `Bron ${SCRIPT}` }).count()).toBe(0)
  })

  it('in the Wegwijzer results', async () => {
    await page.goto(`${server.url}/wegwijzer?q=${encodeURIComponent('Stichting Xss')}`)
    await expectInert('/wegwijzer', [stored.nameA, `Korte tekst ${IMG}`, stored.nameB, SCRIPT])
  })

  it('on the organisation pages and their print view', async () => {
    await page.goto(`${server.url}/wegwijzer/${stored.slugA}`)
    await expectInert(`/wegwijzer/${stored.slugA}`, [
      stored.nameA,
      `Omschrijving ${SVG} ${SCRIPT}`,
      `Bel eerst ${IMG} ${SVG}`,
    ])
    await page.goto(`${server.url}/wegwijzer/${stored.slugA}/verwijskaart`)
    await expectInert('verwijskaart A', [stored.nameA])
    await page.goto(`${server.url}/wegwijzer/${stored.slugB}`)
    await expectInert(`/wegwijzer/${stored.slugB}`, [stored.nameB])
    await page.goto(`${server.url}/wegwijzer/${stored.slugB}/verwijskaart`)
    await expectInert('verwijskaart B', [stored.nameB])
  })

  it('in the desk worker’s own registrations, also when correcting one', async () => {
    await page.goto(`${server.url}/registreren`)
    await expectInert('/registreren', [])
    await page
      .getByTestId('own-list')
      .getByRole('button', { name: /Corrigeren/ })
      .first()
      .click()
    expect(await page.getByLabel(/Korte samenvatting/).inputValue()).toBe(`Vraag ${SCRIPT} ${IMG}`)
    await expectInert('/registreren (corrigeren)', [])
  })

  it('in the coordinator’s report', async () => {
    await openAs('coordinator@infopunt.example')
    await page.goto(`${server.url}/rapportage`)
    await expectInert('/rapportage', [])
    expect(await page.content()).toContain('Stichting Xss A &lt;script&gt;')
  })
})
