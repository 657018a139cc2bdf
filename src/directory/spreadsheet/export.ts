import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'

import { domainOptions, targetGroupOptions } from '@/fields/directory'
import { accessibilityOptions, costKindOptions, languageOptions } from '@/fields/serviceDetails'
import { formatDecimal } from '@/lib/decimal'
import { localParts } from '@/lib/localTime'
import { labelOf } from '@/lib/options'
import { dutchCsvOptions, neutraliseFormula } from '@/lib/spreadsheetSafety'
import type { Organisation, Theme, User } from '@/payload-types'

import { ownOrganisations } from '@/directory/regional'

import { columns, kindOfHelpWords, type ColumnKey } from './columns'
import { formatOpeningHours } from './openingHours'

const list = (values: (string | null | undefined)[] | null | undefined) => (values ?? []).filter(Boolean).join('; ')

const coordinate = (value?: number | null) => (typeof value === 'number' ? String(value).replace('.', ',') : '')

/** The Dutch day of the last check, as the Wegwijzer shows it (00:30 in December is the day before in UTC). */
const verifiedDay = (organisation: Organisation): string =>
  organisation.lastVerifiedAt ? localParts(new Date(organisation.lastVerifiedAt)).date : ''

const cellsOf = (organisation: Organisation): Record<ColumnKey, string> => ({
  name: organisation.name,
  slug: organisation.slug ?? '',
  shortDescription: organisation.shortDescription ?? '',
  kindOfHelp: kindOfHelpWords[organisation.kindOfHelp] ?? organisation.kindOfHelp,
  themes: list((organisation.themes ?? []).map((theme) => (typeof theme === 'object' ? (theme as Theme).name : null))),
  targetGroups: list((organisation.targetGroups ?? []).map((value) => labelOf(targetGroupOptions, value))),
  domains: list((organisation.domains ?? []).map((value) => labelOf(domainOptions, value))),
  areasServed: list(organisation.areasServed),
  phone: organisation.contact?.phone ?? '',
  email: organisation.contact?.email ?? '',
  website: organisation.contact?.website ?? '',
  street: organisation.contact?.address?.street ?? '',
  postalCode: organisation.contact?.address?.postalCode ?? '',
  city: organisation.contact?.address?.city ?? '',
  contactPerson: organisation.referral?.contactPerson ?? '',
  referralEmail: organisation.referral?.email ?? '',
  referralInstructions: organisation.referral?.instructions ?? '',
  eligibility: organisation.eligibility ?? '',
  costKind: organisation.cost?.kind ? labelOf(costKindOptions, organisation.cost.kind) : '',
  // With a decimal comma, as Dutch spreadsheets write amounts (and the import reads them).
  costAmount: typeof organisation.cost?.amount === 'number' ? formatDecimal(organisation.cost.amount, 2) : '',
  costNote: organisation.cost?.note ?? '',
  languages: list((organisation.languages ?? []).map((value) => labelOf(languageOptions, value))),
  applicationProcess: organisation.applicationProcess ?? '',
  accessibility: list(
    (organisation.accessibility?.features ?? []).map((value) => labelOf(accessibilityOptions, value)),
  ),
  accessibilityNote: organisation.accessibility?.note ?? '',
  openingHours: formatOpeningHours(organisation.openingHours),
  latitude: coordinate(organisation.contact?.address?.latitude),
  longitude: coordinate(organisation.contact?.address?.longitude),
  status: organisation.status === 'inactive' ? 'inactief' : 'actief',
  lastVerifiedAt: verifiedDay(organisation),
})

/**
 * In XLSX, the cells a spreadsheet counts and sorts with are numbers and dates, shown the Dutch way
 * (2,50 and 06-12-2026 in Dutch Excel); the import reads them back as it reads the CSV's text.
 */
const typedCellsOf = (organisation: Organisation): Partial<Record<ColumnKey, number | Date>> => {
  const cells: Partial<Record<ColumnKey, number | Date>> = {}
  if (typeof organisation.cost?.amount === 'number') cells.costAmount = organisation.cost.amount
  if (typeof organisation.contact?.address?.latitude === 'number')
    cells.latitude = organisation.contact.address.latitude
  if (typeof organisation.contact?.address?.longitude === 'number')
    cells.longitude = organisation.contact.address.longitude
  // The Dutch day, as a date without a time (exceljs writes a Date as its UTC calendar day).
  const day = verifiedDay(organisation)
  if (day) cells.lastVerifiedAt = new Date(`${day}T00:00:00Z`)
  return cells
}
const numberFormats: Partial<Record<ColumnKey, string>> = {
  costAmount: '#,##0.00',
  latitude: '0.0#####',
  longitude: '0.0#####',
  lastVerifiedAt: 'dd-mm-yyyy',
}

export type ExportFormat = 'csv' | 'xlsx'

/** Every organisation of the user's network (not the regional ones of others), as CSV (UTF-8 with BOM, semicolons, for Dutch Excel) or XLSX. */
export const exportOrganisations = async (
  payload: Payload,
  user: User,
  format: ExportFormat,
): Promise<{ body: Uint8Array; contentType: string; filename: string }> => {
  const { docs } = await payload.find({
    collection: 'organisations',
    where: ownOrganisations(user),
    user,
    overrideAccess: false,
    depth: 1,
    pagination: false,
    sort: 'name',
    populate: { themes: { name: true } },
    select: {
      name: true,
      slug: true,
      shortDescription: true,
      kindOfHelp: true,
      themes: true,
      targetGroups: true,
      domains: true,
      areasServed: true,
      contact: true,
      referral: true,
      eligibility: true,
      cost: true,
      languages: true,
      applicationProcess: true,
      accessibility: true,
      openingHours: true,
      status: true,
      lastVerifiedAt: true,
    },
  })
  const header = columns.map((column) => column.header)
  const rows = (docs as Organisation[]).map((doc) => {
    const cells = cellsOf(doc)
    return columns.map((column) => neutraliseFormula(cells[column.key]))
  })
  const date = new Date().toISOString().slice(0, 10)
  if (format === 'csv') {
    const text = '\uFEFF' + stringify([header, ...rows], dutchCsvOptions)
    return {
      body: new TextEncoder().encode(text),
      contentType: 'text/csv; charset=utf-8',
      filename: `organisaties-${date}.csv`,
    }
  }
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Infopunt'
  const sheet = workbook.addWorksheet('Organisaties')
  sheet.addRow(header).font = { bold: true }
  ;(docs as Organisation[]).forEach((doc, index) => {
    const typed = typedCellsOf(doc)
    sheet.addRow(columns.map((column, at) => typed[column.key] ?? rows[index][at]))
  })
  sheet.columns.forEach((column, at) => {
    column.width = 24
    const format = numberFormats[columns[at].key]
    if (format) column.numFmt = format
  })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  const buffer = await workbook.xlsx.writeBuffer()
  return {
    body: new Uint8Array(buffer as ArrayBuffer),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: `organisaties-${date}.xlsx`,
  }
}
