import { parse } from 'csv-parse/sync'
import { strFromU8, unzipSync } from 'fflate'

import { restoreFormula } from '@/lib/spreadsheetSafety'
import { MAX_HSDS_UNPACKED_BYTES, megabytes } from '@/security/fileLimits'

import { TABLES } from '../dataPackage'
import { HsdsImportError, type SourceTables } from './source'

/** HSDS table names by file name without .csv: ours, and those other tabular packages use. */
const TABLE_OF_FILE: Record<string, string> = {
  ...Object.fromEntries(TABLES.map((table) => [table.path.replace(/\.csv$/, ''), table.name])),
  ...Object.fromEntries(TABLES.map((table) => [table.name, table.name])),
  organizations: 'organization',
  services: 'service',
  locations: 'location',
  phones: 'phone',
  schedules: 'schedule',
  languages: 'language',
  addresses: 'address',
  address: 'address',
  attributes: 'attribute',
  taxonomies: 'taxonomy',
  taxonomy_terms: 'taxonomy_term',
  service_areas: 'service_area',
  service_at_locations: 'service_at_location',
  cost_options: 'cost_option',
  accessibility_for_disabilities: 'accessibility',
  accessibilities: 'accessibility',
}

const isZip = (bytes: Uint8Array) => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b

/** The base name of a file in the zip, lower case: packages made elsewhere often put a folder around. */
const baseName = (path: string) => path.split('/').pop()!.toLowerCase()

/**
 * Reads an HSDS tabular data package: a zip with CSV files named after the HSDS tables (and
 * optionally a Frictionless datapackage.json naming them). Only the CSV files of HSDS tables are
 * unpacked, and only when their declared sizes together stay within the limit.
 */
export const readPackage = (bytes: Uint8Array): SourceTables => {
  if (!isZip(bytes))
    throw new HsdsImportError(
      'Dit is geen zip-bestand. Kies een Open Referral-datapakket (.zip met datapackage.json en CSV-bestanden).',
    )
  let unpacked = 0
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const name = baseName(file.name)
        const wanted = name === 'datapackage.json' || (name.endsWith('.csv') && name.slice(0, -4) in TABLE_OF_FILE)
        if (!wanted) return false
        unpacked += file.originalSize
        if (unpacked > MAX_HSDS_UNPACKED_BYTES)
          throw new HsdsImportError(
            `Het datapakket is uitgepakt groter dan ${megabytes(MAX_HSDS_UNPACKED_BYTES)}; zo groot kan de Wegwijzer het niet inlezen.`,
            413,
          )
        return true
      },
    })
  } catch (error) {
    if (error instanceof HsdsImportError) throw error
    throw new HsdsImportError('Het zip-bestand is beschadigd of onvolledig en kan niet worden uitgepakt.')
  }

  // A datapackage.json may name the files of the tables differently.
  const pathOf = new Map<string, string>()
  const descriptorPath = Object.keys(files).find((path) => baseName(path) === 'datapackage.json')
  if (descriptorPath) {
    try {
      const descriptor = JSON.parse(strFromU8(files[descriptorPath])) as {
        resources?: { name?: unknown; path?: unknown }[]
      }
      for (const resource of descriptor.resources ?? [])
        if (typeof resource.name === 'string' && typeof resource.path === 'string')
          pathOf.set(baseName(resource.path), resource.name)
    } catch {
      throw new HsdsImportError('datapackage.json in het zip-bestand is geen geldige JSON.')
    }
  }

  const tables: SourceTables = {}
  for (const [path, content] of Object.entries(files)) {
    const name = baseName(path)
    if (!name.endsWith('.csv')) continue
    const table = pathOf.get(name) ?? TABLE_OF_FILE[name.slice(0, -4)]
    let records: Record<string, string>[]
    try {
      records = parse(strFromU8(content), { columns: true, bom: true, skip_empty_lines: true, trim: false })
    } catch (error) {
      const line = (error as { lines?: number }).lines
      throw new HsdsImportError(`${name} is geen geldig CSV-bestand${line ? ` (regel ${line})` : ''}.`)
    }
    tables[table] = [
      ...(tables[table] ?? []),
      ...records.map((record) =>
        Object.fromEntries(Object.entries(record).map(([field, value]) => [field, restoreFormula(value)])),
      ),
    ]
  }
  if (!tables.organization)
    throw new HsdsImportError(
      'Dit zip-bestand is geen Open Referral-datapakket: organizations.csv ontbreekt. Exporteer het datapakket opnieuw uit de bron.',
    )
  return tables
}
