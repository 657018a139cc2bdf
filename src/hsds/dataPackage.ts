import { stringify } from 'csv-stringify/sync'
import { strToU8, zipSync } from 'fflate'
import type { Payload } from 'payload'

import { neutraliseFormula, safeCsvOptions } from '@/lib/spreadsheetSafety'
import type { Theme } from '@/payload-types'

import { loadDirectory, organisationSummary, serviceSummary, taxonomyTerm } from './mapping'

interface Table {
  name: string
  fields: { name: string; type: 'string' | 'datetime' }[]
  rows: Record<string, unknown>[]
}

const table = (name: string, columns: string[], rows: Record<string, unknown>[], datetimes: string[] = []): Table => ({
  name,
  fields: columns.map((column) => ({ name: column, type: datetimes.includes(column) ? 'datetime' : 'string' })),
  rows,
})

/**
 * The HSDS tabular data package: one CSV file per table and a Frictionless `datapackage.json`
 * describing them, zipped.
 */
export const hsdsDataPackage = async (payload: Payload): Promise<Uint8Array> => {
  const directory = await loadDirectory(payload)
  const themes = await payload.find({ collection: 'themes', depth: 0, pagination: false, sort: 'name' })
  const tables = [
    table(
      'organizations',
      ['id', 'name', 'description', 'email', 'website'],
      directory.map(({ organisation }) => organisationSummary(organisation)),
    ),
    table(
      'services',
      [
        'id',
        'organization_id',
        'name',
        'description',
        'url',
        'email',
        'status',
        'application_process',
        'last_modified',
      ],
      directory.flatMap(({ organisation, services }) =>
        (services.length ? services : [null]).map((service) => serviceSummary(service, organisation)),
      ),
      ['last_modified'],
    ),
    table(
      'taxonomy_terms',
      ['id', 'name', 'description', 'parent_id', 'taxonomy'],
      (themes.docs as Theme[]).map(taxonomyTerm),
    ),
  ]
  const files: Record<string, Uint8Array> = {}
  for (const { name, fields, rows } of tables) {
    const csv = stringify(
      rows.map((row) => fields.map((field) => neutraliseFormula(row[field.name]))),
      { ...safeCsvOptions, header: true, columns: fields.map((field) => field.name) },
    )
    files[`${name}.csv`] = strToU8(csv)
  }
  const descriptor = {
    name: 'infopunt-hsds',
    title: 'Infopunt Wegwijzer (Open Referral HSDS 3.0)',
    profile: 'tabular-data-package',
    created: new Date().toISOString(),
    resources: tables.map(({ name, fields }) => ({
      name,
      path: `${name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields, primaryKey: 'id' },
    })),
  }
  files['datapackage.json'] = strToU8(JSON.stringify(descriptor, null, 2))
  return zipSync(files)
}
