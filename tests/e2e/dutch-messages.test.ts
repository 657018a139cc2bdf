/**
 * Refusals in Dutch on the production build, where Payload's answer for an error can lose its
 * details (see src/security/errorDetails.ts): Payload's own upload checks, fields named by their
 * Dutch label, and the admin's toast for a refused upload.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { DEMO_PASSWORD } from '../../src/seed/data/users'
import { hydrated, launchBrowser, loginInBrowser, newDutchContext } from '../helpers/browser'
import { startNextServer, type NextServer } from '../helpers/nextServer'
import { uploadForm } from '../helpers/uploads'

let server: NextServer
let browser: Browser
let token: string

beforeAll(async () => {
  server = await startNextServer()
  browser = await launchBrowser()
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'communicatie@infopunt.example', password: DEMO_PASSWORD }),
  })
  token = ((await response.json()) as { token: string }).token
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Payload's own English wording for uploads and validation. */
const ENGLISH = /following field|invalid|not allowed|limit|something went wrong|file type|could not|uploaded/i

const send = async (method: string, path: string, body?: FormData | object) => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      Authorization: `JWT ${token}`,
      ...(body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body instanceof FormData || body === undefined ? body : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

describe('Dutch refusals on the production build', () => {
  it('gives Payload’s own refusal of a damaged PDF in Dutch, with the file labelled "Bestand"', async () => {
    const damaged = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n')
    const res = await send(
      'POST',
      '/api/work-documents',
      uploadForm(
        { data: damaged, name: 'kapot.pdf', mimetype: 'application/pdf' },
        { title: 'Kapot', category: 'protocol', versionDate: '2026-01-05T00:00:00.000Z' },
      ),
    )
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('Dit PDF-bestand is beschadigd of ongeldig.')
    expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'file', label: 'Bestand' })
    expect(JSON.stringify(res.body)).not.toMatch(ENGLISH)
  })

  it('names a refused field by its Dutch label, with the reason', async () => {
    const organisations = await send('GET', '/api/organisations?limit=1&depth=0')
    const id = organisations.body.docs[0].id
    const res = await send('PATCH', `/api/organisations/${id}`, { openingHours: 'elke dag' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('Het volgende veld is ongeldig: Openingstijden')
    expect(res.body.errors[0].data.errors[0]).toMatchObject({
      path: 'openingHours',
      label: 'Openingstijden',
      message: expect.stringMatching(/lijst/),
    })
  })

  it("shows an upload the server refuses in Dutch in the admin's toast", async () => {
    const context = await newDutchContext(browser)
    const page = await context.newPage()
    await loginInBrowser(page, server.url, 'communicatie@infopunt.example', DEMO_PASSWORD)
    await page.goto(`${server.url}/admin/collections/media/create`)
    // A web page saved as "logo.png": the browser calls it a PNG, the server reads what it is.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<!doctype html><html><body><p>Geen afbeelding</p></body></html>'),
    })
    await (await hydrated(page.getByLabel('Alternatieve tekst'))).fill('Logo')
    await page.locator('#action-save').click()
    const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'geen PNG-, JPEG- of WebP-afbeelding' })
    await toast.waitFor()
    expect(await toast.textContent()).not.toMatch(ENGLISH)
    await context.close()
  }, 90_000)
})
