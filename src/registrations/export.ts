import { PassThrough, Readable } from 'node:stream'

import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import type { Payload, Where } from 'payload'

import { domainOptions } from '@/fields/directory'
import type { Registration } from '@/payload-types'
import { localParts } from '@/lib/localTime'
import { labelOf } from '@/lib/options'
import { idOf, type Id, type Relation } from '@/lib/relations'
import { dutchCsvOptions, neutraliseFormula } from '@/lib/spreadsheetSafety'

import { filterWhere, type RegistrationFilter } from './filters'
import { namesOf } from './names'
import { ageBandOptions, answerTypeOptions, channelOptions } from './options'
import { buildAllReports, groupByLabels, groupByValues } from './report'

export type ExportFormat = 'csv' | 'xlsx'

/** Rows fetched per database round trip: large enough to be quick, small enough to keep memory flat. */
export const EXPORT_BATCH_SIZE = 2000

export const exportColumns = [
  { key: 'id', header: 'Registratienummer', width: 14 },
  { key: 'date', header: 'Datum', width: 12, numFmt: 'dd-mm-yyyy' },
  { key: 'time', header: 'Tijd', width: 8, numFmt: 'hh:mm' },
  { key: 'location', header: 'Infopunt', width: 24 },
  { key: 'municipality', header: 'Gemeente', width: 14 },
  { key: 'channel', header: 'Kanaal', width: 10 },
  { key: 'themes', header: "Thema's", width: 36 },
  { key: 'domain', header: 'Domein', width: 14 },
  { key: 'ageBand', header: 'Doelgroep', width: 22 },
  { key: 'answerType', header: 'Hoe beantwoord', width: 30 },
  { key: 'referredOrganisations', header: 'Doorverwezen naar', width: 36 },
  { key: 'followUp', header: 'Vervolg nodig', width: 8 },
  { key: 'durationMinutes', header: 'Duur (minuten)', width: 10, numFmt: '0' },
  { key: 'summary', header: 'Samenvatting', width: 60 },
  { key: 'registeredBy', header: 'Geregistreerd door', width: 24 },
] as const

type Column = (typeof exportColumns)[number]['key']

/**
 * A registration as the export writes it, typed as a spreadsheet cell: the id and the duration as
 * numbers (the id stays text where the database's ids are not numbers), the local date and time as
 * dates. A date cell holds no time zone, so both carry the Dutch local wall clock as if it were UTC,
 * which is how exceljs writes a date.
 */
export type ExportRow = Record<Column, string | number | Date | null> & { date: Date; time: Date }

/** Texts people typed or named: a spreadsheet could run them as a formula when read from CSV. */
const typedText: readonly Column[] = [
  'location',
  'municipality',
  'themes',
  'referredOrganisations',
  'summary',
  'registeredBy',
]

/** The id of a relationship as the key of a label map ('' when empty). */
const keyOf = (value: Relation | null | undefined) => String(idOf(value) ?? '')

/** Names and labels for the ids and values in registrations, loaded once per export. */
const loadLabels = async (payload: Payload, network: Id | null) => {
  const [locations, themes, organisations, users] = await Promise.all([
    namesOf(payload, 'locations', network),
    namesOf(payload, 'themes', network),
    namesOf(payload, 'organisations', network),
    namesOf(payload, 'users', network),
  ])
  return { locations, themes, organisations, users }
}
type Labels = Awaited<ReturnType<typeof loadLabels>>

const toRow = (registration: Registration, labels: Labels): ExportRow => {
  const local = localParts(new Date(registration.occurredAt))
  const location = labels.locations.get(keyOf(registration.location))
  const list = (values: Relation[] | null | undefined, map: Map<string, { name: string }>) =>
    (values ?? []).map((value) => map.get(keyOf(value))?.name ?? keyOf(value)).join(', ')
  const id = registration.id as number | string
  return {
    id: typeof id === 'number' ? id : String(id),
    date: new Date(`${local.date}T00:00:00Z`),
    // Excel's time of day is a fraction of its day 0, 30 December 1899.
    time: new Date(`1899-12-30T${local.time}:00Z`),
    location: location?.name ?? keyOf(registration.location),
    municipality: location?.municipality?.name ?? '',
    channel: labelOf(channelOptions, registration.channel),
    themes: list(registration.themes, labels.themes),
    domain: registration.domain ? labelOf(domainOptions, registration.domain) : '',
    ageBand: labelOf(ageBandOptions, registration.ageBand),
    answerType: labelOf(answerTypeOptions, registration.answerType),
    referredOrganisations: list(registration.referredOrganisations, labels.organisations),
    followUp: registration.followUp ? 'ja' : 'nee',
    durationMinutes: registration.durationMinutes ?? null,
    summary: registration.summary ?? '',
    registeredBy: labels.users.get(keyOf(registration.registeredBy))?.name ?? '',
  }
}

/** A row as CSV text: ISO date, 24-hour time, and every typed text neutralised against formulas. */
const csvRecord = (row: ExportRow): string[] =>
  exportColumns.map(({ key }) => {
    const value = row[key]
    if (key === 'date') return row.date.toISOString().slice(0, 10)
    if (key === 'time') return row.time.toISOString().slice(11, 16)
    if (value === null) return ''
    return typedText.includes(key) ? neutraliseFormula(value) : String(value)
  })

const exportSelect = {
  occurredAt: true,
  location: true,
  channel: true,
  themes: true,
  domain: true,
  ageBand: true,
  answerType: true,
  referredOrganisations: true,
  followUp: true,
  durationMinutes: true,
  summary: true,
  registeredBy: true,
} as const

/**
 * The registrations of a filter in batches, by keyset on the id (in order of registration): each
 * batch is one indexed query at the database adapter, and only one batch is in memory at a time.
 */
export async function* registrationBatches(
  payload: Payload,
  filter: RegistrationFilter,
  batchSize = EXPORT_BATCH_SIZE,
) {
  const base = await filterWhere(payload, filter)
  const labels = await loadLabels(payload, filter.network)
  let after: number | string | undefined
  for (;;) {
    const where: Where = after === undefined ? base : { and: [base, { id: { greater_than: after } }] }
    const { docs } = await payload.db.find<Registration>({
      collection: 'registrations',
      where,
      sort: 'id',
      limit: batchSize,
      pagination: false,
      select: exportSelect,
    })
    if (docs.length === 0) return
    yield docs.map((doc) => toRow(doc, labels))
    if (docs.length < batchSize) return
    after = docs[docs.length - 1].id
  }
}

export interface ExportResult {
  stream: ReadableStream<Uint8Array>
  /** Resolves with the number of registrations written once the last byte has been produced. */
  done: Promise<number>
}

/** CSV for Dutch Excel: UTF-8 with BOM, semicolons, Dutch headers. */
export const exportCsv = (payload: Payload, filter: RegistrationFilter): ExportResult => {
  let resolveDone: (count: number) => void
  let rejectDone: (error: unknown) => void
  const done = new Promise<number>((resolve, reject) => ((resolveDone = resolve), (rejectDone = reject)))
  async function* generate() {
    let count = 0
    try {
      yield Buffer.from(`\uFEFF${stringify([exportColumns.map((column) => column.header)], dutchCsvOptions)}`)
      for await (const rows of registrationBatches(payload, filter)) {
        count += rows.length
        yield Buffer.from(stringify(rows.map(csvRecord), dutchCsvOptions))
      }
      resolveDone(count)
    } catch (error) {
      rejectDone(error)
      throw error
    }
  }
  return { stream: Readable.toWeb(Readable.from(generate())) as ReadableStream<Uint8Array>, done }
}

/**
 * Printed as people print a list: landscape, as wide as the page, with the header row on every page.
 * A4 is Excel's paper size 9.
 */
const pageSetup = {
  orientation: 'landscape',
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
} as const

/**
 * XLSX through exceljs's streaming writer: header row, autofilter, column widths, typed cells with
 * Dutch number formats, and a sheet with the report tables. Text stays text: a text cell never runs
 * as a formula, so nothing is neutralised here (that is for CSV).
 */
export const exportXlsx = (payload: Payload, filter: RegistrationFilter): ExportResult => {
  const output = new PassThrough()
  const write = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: true,
      useSharedStrings: false,
    })
    workbook.creator = 'Infopunt'
    const sheet = workbook.addWorksheet('Registraties', { views: [{ state: 'frozen', ySplit: 1 }], pageSetup })
    sheet.columns = exportColumns.map((column) => ({
      header: column.header,
      key: column.key,
      width: column.width,
      style: 'numFmt' in column ? { numFmt: column.numFmt } : {},
    }))
    sheet.getRow(1).font = { bold: true }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: exportColumns.length } }
    let count = 0
    for await (const rows of registrationBatches(payload, filter)) {
      for (const row of rows) sheet.addRow(row).commit()
      count += rows.length
      // Let the response drain before the next batch, so memory stays flat on a slow client.
      if (output.writableNeedDrain) await new Promise((resolve) => output.once('drain', resolve))
    }
    sheet.commit()

    const reportSheet = workbook.addWorksheet('Rapportage', { pageSetup })
    reportSheet.columns = [{ width: 40 }, { width: 12 }]
    const reports = await buildAllReports(payload, filter)
    reportSheet.addRow([`Registraties van ${filter.from} tot en met ${filter.to}`]).font = { bold: true }
    reportSheet.addRow(['Totaal', reports.location.total])
    for (const groupBy of groupByValues) {
      reportSheet.addRow([])
      reportSheet.addRow([groupByLabels[groupBy], 'Aantal']).font = { bold: true }
      for (const row of reports[groupBy].rows) reportSheet.addRow([row.label, row.count])
    }
    reportSheet.addRow([])
    reportSheet.addRow([
      'Uitkomst doorverwijzingen per organisatie',
      'Doorverwijzingen',
      '% bevestigd',
      'Mediaan werkdagen tot eerste antwoord',
      '% afgerond',
    ]).font = { bold: true }
    for (const outcome of reports.referralStatus.organisations ?? [])
      reportSheet.addRow([
        neutraliseFormula(outcome.label),
        outcome.referrals,
        outcome.confirmedPercent,
        outcome.medianWorkingDays ?? '',
        outcome.completedPercent,
      ])
    reportSheet.commit()
    await workbook.commit()
    return count
  }
  const done = write()
  done.catch((error) => output.destroy(error))
  return { stream: Readable.toWeb(output) as ReadableStream<Uint8Array>, done }
}
