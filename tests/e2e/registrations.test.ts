import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'

import { axeViolations, hydrated, launchBrowser, loginInBrowser, newDutchContext } from '../helpers/browser'
import { startNextServer, type NextServer } from '../helpers/nextServer'
import { DEMO_PASSWORD } from '../../src/seed/data/users'

const DESK = 'balie@infopunt.example'
const COORDINATOR = 'coordinator@infopunt.example'
// One secret for both starts, so sessions survive the restart like in production.
const env = { PAYLOAD_SECRET: randomBytes(24).toString('hex') }

let server: NextServer
let browser: Browser

beforeAll(async () => {
  server = await startNextServer({ env })
  browser = await launchBrowser()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** A token for REST checks from the test itself. */
const tokenOf = async (email: string) => {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}

const countRegistrations = async (query: string) => {
  const response = await fetch(`${server.url}/api/registrations?limit=1&depth=0&${query}`, {
    headers: { Authorization: `JWT ${await tokenOf(COORDINATOR)}` },
  })
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

const deskPage = async (): Promise<Page> => {
  const page = await (await newDutchContext(browser)).newPage()
  await loginInBrowser(page, server.url, DESK, DEMO_PASSWORD)
  await page.goto(`${server.url}/registreren`)
  await page.getByRole('heading', { name: 'Hulpvraag registreren' }).waitFor()
  await hydrated(page.getByRole('button', { name: 'Registreren', exact: true }))
  return page
}

describe('registering at the desk', () => {
  it('takes three interactions for a plain question and five with a referral', async () => {
    const page = await deskPage()
    expect(await page.getByLabel('Infopunt').inputValue()).toBe(
      await page.getByLabel('Infopunt').locator('option', { hasText: 'Infopunt Nieuwleusen' }).getAttribute('value'),
    )
    const before = await countRegistrations('')
    let interactions = 0
    const act = async (action: Promise<unknown>) => {
      interactions++
      await action
    }

    await act(page.getByRole('button', { name: 'Schuldhulp', exact: true }).click())
    await act(page.getByRole('button', { name: 'Informatie gegeven' }).click())
    await act(page.getByRole('button', { name: 'Registreren', exact: true }).click())
    await page.getByRole('status').filter({ hasText: 'De registratie is opgeslagen.' }).waitFor()
    expect(interactions).toBeLessThanOrEqual(6)
    expect(await countRegistrations('')).toBe(before + 1)
    await page.getByTestId('own-list').getByText('Schuldhulp').first().waitFor()

    // "Nog een vraag": the form is empty again, with a referral through the type-ahead this time.
    await page.getByRole('button', { name: 'Nog een vraag' }).click()
    expect(await page.getByRole('button', { name: 'Schuldhulp', exact: true }).getAttribute('aria-pressed')).toBe(
      'false',
    )
    interactions = 0
    await act(page.getByRole('button', { name: 'Eenzaamheid', exact: true }).click())
    await act(page.getByRole('button', { name: 'Warm doorverwezen' }).click())
    await act(page.getByRole('combobox', { name: 'Doorverwezen naar' }).fill('humanitas'))
    await act(page.getByRole('option', { name: 'Humanitas Dalfsen' }).click())
    await act(page.getByRole('button', { name: 'Registreren', exact: true }).click())
    await page.getByRole('status').filter({ hasText: 'De registratie is opgeslagen.' }).waitFor()
    expect(interactions).toBeLessThanOrEqual(6)
    expect(
      await countRegistrations(
        'where[answerType][equals]=warm-referral&where[createdAt][greater_than]=' +
          new Date(Date.now() - 60_000).toISOString(),
      ),
    ).toBe(1)
    await page.context().close()
  })

  it('registers a referral by keyboard alone', async () => {
    const page = await deskPage()
    const before = await countRegistrations('where[answerType][equals]=informal-referral')
    /** Tab (never the mouse) until `target` has the focus. */
    const tabTo = async (target: ReturnType<Page['getByRole']>) => {
      for (let step = 0; step < 80; step++) {
        if (await target.evaluate((element) => element === document.activeElement)) return
        await page.keyboard.press('Tab')
      }
      throw new Error(`could not reach ${target} with Tab`)
    }
    // Themes and answers are toolbars: one tab stop each, a letter moves to the button it starts.
    await tabTo(page.getByRole('toolbar', { name: "Thema's" }).getByRole('button').first())
    await page.keyboard.press('v')
    await page.keyboard.press('Space')
    expect(await page.getByRole('button', { name: 'Vervoer', exact: true }).getAttribute('aria-pressed')).toBe('true')
    await page.keyboard.press('Tab')
    await page.keyboard.press('d')
    await page.keyboard.press('Enter')
    expect(
      await page.getByRole('button', { name: 'Doorverwezen naar informele hulp' }).getAttribute('aria-pressed'),
    ).toBe('true')
    await tabTo(page.getByRole('combobox', { name: 'Doorverwezen naar' }))
    await page.keyboard.type('humanitas')
    await page.getByRole('listbox').getByRole('option').first().waitFor()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.getByText('Humanitas Dalfsen').first().waitFor()
    await tabTo(page.getByRole('button', { name: 'Registreren', exact: true }))
    await page.keyboard.press('Enter')
    await page.getByRole('status').filter({ hasText: 'De registratie is opgeslagen.' }).waitFor()
    expect(await countRegistrations('where[answerType][equals]=informal-referral')).toBe(before + 1)
    await page.context().close()
  })

  it('offers "Overlegd met achterwacht" as an answer, counted in the report', async () => {
    const page = await deskPage()
    const before = await countRegistrations('where[answerType][equals]=backup-consulted')
    await page.getByRole('button', { name: 'Huiselijk geweld', exact: true }).click()
    await page.getByRole('button', { name: 'Overlegd met achterwacht' }).click()
    await page.getByRole('button', { name: 'Registreren', exact: true }).click()
    await page.getByRole('status').filter({ hasText: 'De registratie is opgeslagen.' }).waitFor()
    expect(await countRegistrations('where[answerType][equals]=backup-consulted')).toBe(before + 1)
    const year = new Date().getFullYear()
    const report = await fetch(
      `${server.url}/api/registrations/report?from=${year}-01-01&to=${year}-12-31&groupBy=answerType`,
      { headers: { Authorization: `JWT ${await tokenOf(COORDINATOR)}` } },
    )
    const rows = ((await report.json()) as { rows: { key: string; label: string; count: number }[] }).rows
    expect(rows.find((row) => row.key === 'backup-consulted')).toMatchObject({ label: 'Overlegd met achterwacht' })
    expect(rows.find((row) => row.key === 'backup-consulted')!.count).toBeGreaterThanOrEqual(1)
    await page.context().close()
  })

  it('shows what the privacy guard found, next to the summary, and stores nothing', async () => {
    const page = await deskPage()
    const before = await countRegistrations('')
    await page.getByRole('button', { name: 'Wonen', exact: true }).click()
    await page.getByRole('button', { name: 'Advies gegeven' }).click()
    await page.getByLabel('Korte samenvatting (optioneel)').fill('Mevrouw Jansen belt terug op 06-12345678')
    await page.getByRole('button', { name: 'Registreren', exact: true }).click()
    const message = page.locator('.field-error', { hasText: 'een telefoonnummer en een naam' })
    await message.waitFor()
    expect(await page.getByLabel('Korte samenvatting (optioneel)').getAttribute('aria-describedby')).toContain(
      await message.getAttribute('id'),
    )
    expect(await countRegistrations('')).toBe(before)
    await page.context().close()
  })

  it('keeps a registration whose answer was lost, retries after a restart and stores it exactly once', async () => {
    const page = await deskPage()
    const port = Number(new URL(server.url).port)
    await page.getByRole('button', { name: 'Mantelzorg', exact: true }).click()
    await page.getByRole('button', { name: 'Ter plekke geholpen' }).click()

    // The request reaches the server and is stored; the server then goes down before answering.
    let cut = false
    let stopped: Promise<void> | undefined
    await page.route('**/api/registrations?depth=0', async (route) => {
      // Only the first submit is cut off; a retry while the server stops simply fails to connect.
      if (cut) return route.continue().catch(() => undefined)
      cut = true
      await route.fetch()
      stopped = server.stop()
      await stopped
      // On a slow machine the browser may have given up on the request already.
      await route.abort('connectionreset').catch(() => undefined)
    })
    await page.getByRole('button', { name: 'Registreren', exact: true }).click()
    await page.getByTestId('pending').filter({ hasText: '1 registratie wacht' }).waitFor()
    await page.unroute('**/api/registrations?depth=0')
    const queued = JSON.parse(
      (await page.evaluate(() => localStorage.getItem('infopunt.registrations.pending'))) ?? '[]',
    )
    expect(queued).toHaveLength(1)
    const key = queued[0].idempotencyKey as string

    // The page may give up on the request before the server has finished stopping: wait for it, or
    // the restart would find the port still taken.
    await stopped
    server = await startNextServer({ env, dataDir: server.dataDir, port })
    // The page retries by itself (backoff of at most 15 s) and gets the stored registration back.
    await page.getByTestId('pending').waitFor({ state: 'detached', timeout: 45_000 })
    expect(await page.evaluate(() => localStorage.getItem('infopunt.registrations.pending'))).toBe('[]')
    expect(await countRegistrations(`where[idempotencyKey][equals]=${key}`)).toBe(1)
    await page.context().close()
  }, 120_000)

  it('has no axe violations on /registreren, with a referral open', async () => {
    const page = await deskPage()
    await page.getByRole('button', { name: 'Warm doorverwezen' }).click()
    await page.getByRole('combobox', { name: 'Doorverwezen naar' }).fill('humanitas')
    await page.getByRole('listbox').getByRole('option').first().waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})

describe('reports for coordinators', () => {
  it('filters a report, downloads CSV and XLSX with the same rows, and passes axe', async () => {
    const context = await newDutchContext(browser, { acceptDownloads: true })
    const page = await context.newPage()
    await loginInBrowser(page, server.url, COORDINATOR, DEMO_PASSWORD)
    await page.getByRole('navigation').getByRole('link', { name: 'Rapportage', exact: true }).click()
    await page.waitForURL(/\/rapportage/)
    await page.getByLabel('Periode').selectOption('year')
    await page.getByLabel('Infopunt', { exact: true }).selectOption({ label: 'Infopunt Dalfsen' })
    await page.getByRole('button', { name: 'Toon rapportage' }).click()
    await page.waitForURL(/infopunt=/)
    const total = Number(await page.getByTestId('total').textContent())
    expect(total).toBeGreaterThan(0)

    const location = new URL(page.url()).searchParams.get('infopunt')!
    const year = new Date().getFullYear()
    const api = await fetch(
      `${server.url}/api/registrations/report?from=${year}-01-01&to=${year}-12-31&location=${location}&groupBy=answerType`,
      { headers: { Authorization: `JWT ${await tokenOf(COORDINATOR)}` } },
    )
    expect(((await api.json()) as { total: number }).total).toBe(total)
    const byLocation = page.locator('#rapport-location ~ table tbody tr')
    expect(await byLocation.count()).toBe(1)
    expect(await byLocation.locator('td').textContent()).toBe(String(total))

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ])
    const csv = readFileSync((await csvDownload.path())!)
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records: string[][] = parse(csv.subarray(3).toString('utf8'), { delimiter: ';' })
    expect(records[0][0]).toBe('Registratienummer')
    expect(records.length - 1).toBe(total)
    expect(new Set(records.slice(1).map((record) => record[3]))).toEqual(new Set(['Infopunt Dalfsen']))

    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download Excel (XLSX)' }).click(),
    ])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile((await xlsxDownload.path())!)
    expect(workbook.getWorksheet('Registraties')!.rowCount - 1).toBe(total)
    expect(workbook.getWorksheet('Rapportage')).toBeDefined()

    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('imports registrations from another system: preview with the errors per row, then once only, and passes axe', async () => {
    const page = await (await newDutchContext(browser)).newPage()
    await loginInBrowser(page, server.url, COORDINATOR, DEMO_PASSWORD)
    await page.goto(`${server.url}/rapportage`)
    await page.getByRole('link', { name: 'Registraties importeren uit een ander systeem' }).click()
    await page.getByRole('heading', { name: 'Registraties importeren' }).waitFor()
    const input = page.getByLabel('Bestand (.csv of .xlsx)')
    await hydrated(input)
    // As Dutch Excel saves it: semicolons, Windows-1252 ("één"), CRLF.
    const file = Buffer.from(
      [
        "Datum;Tijd;Infopunt;Thema's;Hoe beantwoord;Samenvatting",
        '03-03-2025;10:00;Infopunt Dalfsen;Schuldhulp;Informatie gegeven;Vraag over één toeslag',
        '04-03-2025;11:30;Infopunt Dalfsen;Schuldhulp;Advies gegeven;',
        '05-03-2025;09:00;Infopunt Dalfsen;Schuldhulp;Advies gegeven;Mevrouw Jansen, 06-12345678',
        '',
      ].join('\r\n'),
      'latin1',
    )
    const before = await countRegistrations('where[occurredAt][less_than]=2025-04-01')
    await input.setInputFiles({ name: 'oud-systeem.csv', mimeType: 'text/csv', buffer: file })
    await page.getByTestId('import-preview').filter({ hasText: '3 regels — 2 nieuw, 0 al aanwezig' }).waitFor()
    const errorRow = page.getByRole('table', { name: /Regels met fouten/ }).getByRole('row', { name: /^4 / })
    await errorRow.getByText('een telefoonnummer en een naam').waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(await countRegistrations('where[occurredAt][less_than]=2025-04-01')).toBe(before)

    await page.getByRole('button', { name: 'Importeer 2 registraties' }).click()
    await page
      .getByTestId('import-result')
      .filter({ hasText: 'Klaar: 2 registraties toegevoegd, 1 regel met fouten overgeslagen.' })
      .waitFor()
    expect(await countRegistrations('where[occurredAt][less_than]=2025-04-01')).toBe(before + 2)

    // The same file again adds nothing.
    await input.setInputFiles({ name: 'oud-systeem.csv', mimeType: 'text/csv', buffer: file })
    await page.getByTestId('import-preview').filter({ hasText: '0 nieuw, 2 al aanwezig' }).waitFor()
    expect(await page.getByRole('button', { name: 'Niets te importeren' }).isDisabled()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('sends desk workers who open /rapportage to the startpage, saying why, and refuses them the export', async () => {
    const page = await deskPage()
    await page.goto(`${server.url}/rapportage`)
    expect(new URL(page.url()).pathname).toBe('/')
    await page.getByRole('alert').getByText('Je hebt geen toegang tot Rapportage').waitFor()
    const response = await fetch(`${server.url}/api/registrations/export?format=csv`, {
      headers: { Authorization: `JWT ${await tokenOf(DESK)}` },
    })
    expect(response.status).toBe(403)
    await page.context().close()
  })
})
