import { stringify } from 'csv-stringify/sync'
import { strToU8, zipSync } from 'fflate'
import type { Payload } from 'payload'

import type { Id } from '@/lib/relations'
import { neutraliseFormula, safeCsvOptions } from '@/lib/spreadsheetSafety'

import { hsdsTables, type Row, type TableName } from './tables'

/** A Table Schema field: its type (and format) as the HSDS tabular schema declares it. */
export interface Field {
  name: string
  type: 'string' | 'number' | 'datetime' | 'time'
  format?: 'uuid' | 'email' | 'uri'
  constraints?: { required?: boolean; unique?: boolean }
}

export interface TableSpec {
  /** HSDS table name and file, as in the HSDS tabular schema. */
  name: TableName
  path: string
  fields: Field[]
  /** field → the table whose id it names ('' for the table itself, as Table Schema writes it). */
  references?: Record<string, TableName | ''>
}

const id: Field = { name: 'id', type: 'string', format: 'uuid', constraints: { required: true, unique: true } }
const uuid = (name: string): Field => ({ name, type: 'string', format: 'uuid' })
const text = (name: string, required = false): Field => ({
  name,
  type: 'string',
  ...(required ? { constraints: { required } } : {}),
})

/** The HSDS tables our data fills, with the columns we fill. New columns and tables slot in here. */
export const TABLES: TableSpec[] = [
  {
    name: 'organization',
    path: 'organizations.csv',
    fields: [
      id,
      text('name', true),
      text('description', true),
      { name: 'email', type: 'string', format: 'email' },
      { name: 'website', type: 'string', format: 'uri' },
    ],
  },
  {
    name: 'service',
    path: 'services.csv',
    fields: [
      id,
      uuid('organization_id'),
      text('name', true),
      text('description'),
      { name: 'url', type: 'string', format: 'uri' },
      { name: 'email', type: 'string', format: 'email' },
      text('status', true),
      text('application_process'),
      text('eligibility_description'),
      text('fees_description'),
      { name: 'last_modified', type: 'datetime' },
    ],
    references: { organization_id: 'organization' },
  },
  {
    name: 'attribute',
    path: 'attributes.csv',
    // link_id names a row of the table in link_entity, so it has no single foreign key.
    fields: [id, uuid('link_id'), uuid('taxonomy_term_id'), text('link_type'), text('link_entity'), text('value')],
    references: { taxonomy_term_id: 'taxonomy_term' },
  },
  {
    name: 'service_at_location',
    path: 'service_at_location.csv',
    fields: [id, uuid('service_id'), uuid('location_id'), text('description')],
    references: { service_id: 'service', location_id: 'location' },
  },
  {
    name: 'location',
    path: 'locations.csv',
    fields: [
      id,
      text('location_type', true),
      uuid('organization_id'),
      text('name'),
      text('description'),
      { name: 'latitude', type: 'number' },
      { name: 'longitude', type: 'number' },
    ],
    references: { organization_id: 'organization' },
  },
  {
    name: 'phone',
    path: 'phones.csv',
    fields: [
      id,
      uuid('location_id'),
      uuid('service_id'),
      uuid('organization_id'),
      uuid('service_at_location_id'),
      text('number', true),
    ],
    references: {
      location_id: 'location',
      service_id: 'service',
      organization_id: 'organization',
      service_at_location_id: 'service_at_location',
    },
  },
  {
    name: 'schedule',
    path: 'schedules.csv',
    fields: [
      id,
      uuid('service_id'),
      uuid('location_id'),
      uuid('service_at_location_id'),
      text('freq'),
      text('wkst'),
      text('byday'),
      { name: 'opens_at', type: 'time' },
      { name: 'closes_at', type: 'time' },
      text('description'),
    ],
    references: { service_id: 'service', location_id: 'location', service_at_location_id: 'service_at_location' },
  },
  {
    name: 'service_area',
    path: 'service_areas.csv',
    fields: [id, uuid('service_id'), text('name')],
    references: { service_id: 'service' },
  },
  {
    name: 'language',
    path: 'languages.csv',
    fields: [id, uuid('service_id'), uuid('location_id'), text('name'), text('code'), text('note')],
    references: { service_id: 'service', location_id: 'location' },
  },
  {
    name: 'accessibility',
    path: 'accessibility.csv',
    fields: [id, uuid('location_id'), text('description'), text('details')],
    references: { location_id: 'location' },
  },
  {
    name: 'cost_option',
    path: 'cost_options.csv',
    fields: [
      id,
      uuid('service_id'),
      text('option'),
      text('currency'),
      { name: 'amount', type: 'number' },
      text('amount_description'),
    ],
    references: { service_id: 'service' },
  },
  {
    name: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    fields: [
      id,
      text('name', true),
      text('description', true),
      uuid('parent_id'),
      text('taxonomy'),
      uuid('taxonomy_id'),
    ],
    references: { parent_id: '', taxonomy_id: 'taxonomy' },
  },
  {
    name: 'taxonomy',
    path: 'taxonomies.csv',
    fields: [id, text('name', true), text('description', true)],
  },
]

/** A value as the declared Table Schema type reads it in its default format. */
const cell = (field: Field, value: Row[string]) => {
  if (value === undefined || value === '') return ''
  // Table Schema's default datetime is YYYY-MM-DDThh:mm:ssZ: no fractions of a second.
  if (field.type === 'datetime') return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z')
  // …and its default time is hh:mm:ss; ours are hh:mm.
  if (field.type === 'time') return /^\d\d:\d\d$/.test(String(value)) ? `${value}:00` : String(value)
  return neutraliseFormula(value)
}

/**
 * The HSDS tabular data package: one CSV file per table and a Frictionless `datapackage.json`
 * describing them (types, formats, primary and foreign keys), zipped, of one network's directory. The same directory gives the
 * same files (no creation time in them), so an export imported elsewhere exports identically there.
 */
export const hsdsDataPackage = async (payload: Payload, network: Id): Promise<Uint8Array> => {
  const tables = await hsdsTables(payload, network)
  const files: Record<string, Uint8Array> = {}
  for (const { name, path, fields } of TABLES) {
    const csv = stringify(
      tables[name].map((row) => fields.map((field) => cell(field, row[field.name]))),
      { ...safeCsvOptions, header: true, columns: fields.map((field) => field.name) },
    )
    files[path] = strToU8(csv)
  }
  const descriptor = {
    name: 'infopunt-hsds',
    title: 'Infopunt Wegwijzer (Open Referral HSDS 3.0)',
    profile: 'tabular-data-package',
    resources: TABLES.map(({ name, path, fields, references = {} }) => ({
      name,
      path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields,
        primaryKey: 'id',
        ...(Object.keys(references).length && {
          foreignKeys: Object.entries(references).map(([field, resource]) => ({
            fields: field,
            reference: { resource, fields: 'id' },
          })),
        }),
      },
    })),
  }
  files['datapackage.json'] = strToU8(JSON.stringify(descriptor, null, 2))
  return zipSync(files)
}
