import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'

import { domainOptions, targetGroupOptions } from '@/fields/directory'
import { accessibilityOptions, costKindOptions, languageOptions } from '@/fields/serviceDetails'
import { localParts } from '@/lib/localTime'
import { labelOf } from '@/lib/options'
import { dutchCsvOptions, neutraliseFormula } from '@/lib/spreadsheetSafety'
import type { Organisation, Theme, User } from '@/payload-types'

import { columns, kindOfHelpWords, type ColumnKey } from './columns'
import { formatOpeningHours } from './openingHours'

const list = (values: (string | null | undefined)[] | null | undefined) => (values ?? []).filter(Boolean).join('; ')

/** Amounts with a decimal comma, as Dutch spreadsheets write them (and the import reads them). */
const decimal = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
})
const coordinate = (value?: number | null) => (typeof value === 'number' ? String(value).replace('.', ',') : '')

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
  costAmount: typeof organisation.cost?.amount === 'number' ? decimal.format(organisation.cost.amount) : '',
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
  // The Dutch day, as the Wegwijzer shows it (a check at 00:30 in December is the day before in UTC).
  lastVerifiedAt: organisation.lastVerifiedAt ? localParts(new Date(organisation.lastVerifiedAt)).date : '',
})

export type ExportFormat = 'csv' | 'xlsx'

/** Every organisation the user may read, as CSV (UTF-8 with BOM, semicolons, for Dutch Excel) or XLSX. */
export const exportOrganisations = async (
  payload: Payload,
  user: User,
  format: ExportFormat,
): Promise<{ body: Uint8Array; contentType: string; filename: string }> => {
  const { docs } = await payload.find({
    collection: 'organisations',
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
  for (const row of rows) sheet.addRow(row)
  sheet.columns.forEach((column) => (column.width = 24))
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  const buffer = await workbook.xlsx.writeBuffer()
  return {
    body: new Uint8Array(buffer as ArrayBuffer),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: `organisaties-${date}.xlsx`,
  }
}
