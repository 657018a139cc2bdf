import { ValidationError, type Payload } from 'payload'

import type { User } from '@/payload-types'

import { columnKeys, columns, fold, guessMapping, type ColumnKey } from './columns'
import { readSheet, type Sheet } from './parse'
import { planRows, type Lookups, type RowPlan } from './rows'

const PREVIEW_ROWS = 200

export interface ImportPreview {
  format: Sheet['format']
  encoding?: Sheet['encoding']
  delimiter?: Sheet['delimiter']
  headers: string[]
  mapping: (ColumnKey | null)[]
  fields: { key: ColumnKey; label: string }[]
  totals: { rows: number; create: number; update: number; errors: number }
  rows: Pick<RowPlan, 'line' | 'name' | 'action' | 'errors'>[]
}

export interface ImportResult {
  created: number
  updated: number
  failed: { line: number; name: string; errors: string[] }[]
}

const loadLookups = async (payload: Payload, user: User): Promise<Lookups> => {
  const [themes, organisations] = await Promise.all([
    payload.find({
      collection: 'themes',
      user,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      select: { name: true },
    }),
    payload.find({
      collection: 'organisations',
      user,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      select: { name: true, slug: true },
    }),
  ])
  return {
    themes: new Map(themes.docs.map((theme) => [fold(theme.name), theme.id])),
    bySlug: new Map(organisations.docs.filter((doc) => doc.slug).map((doc) => [doc.slug as string, doc.id])),
    byName: new Map(organisations.docs.map((doc) => [fold(doc.name), doc.id])),
  }
}

/** A mapping sent by the browser: one field key (or empty) per column, each field at most once. */
export const parseMapping = (raw: unknown, width: number): (ColumnKey | null)[] | string => {
  if (raw === undefined || raw === null || raw === '') return 'auto'
  let list: unknown = raw
  if (typeof raw === 'string') {
    try {
      list = JSON.parse(raw)
    } catch {
      return 'De kolomindeling is geen geldige JSON.'
    }
  }
  if (!Array.isArray(list) || list.length > width + 50)
    return 'De kolomindeling moet een lijst zijn, één veld per kolom.'
  const known = new Set<string>(columnKeys)
  const used = new Set<string>()
  const mapping: (ColumnKey | null)[] = []
  for (let index = 0; index < width; index++) {
    const key = list[index]
    if (key === null || key === undefined || key === '') mapping.push(null)
    else if (typeof key !== 'string' || !known.has(key)) return `Onbekend veld in de kolomindeling: ${String(key)}.`
    else if (used.has(key))
      return `Het veld ${columns.find((column) => column.key === key)!.header} is aan twee kolommen gekoppeld.`
    else {
      used.add(key)
      mapping.push(key as ColumnKey)
    }
  }
  return mapping
}

const prepare = async (payload: Payload, user: User, bytes: Uint8Array, filename: string, rawMapping: unknown) => {
  const sheet = await readSheet(bytes, filename)
  const parsed = parseMapping(rawMapping, sheet.headers.length)
  if (typeof parsed === 'string' && parsed !== 'auto') return { error: parsed } as const
  const mapping = parsed === 'auto' ? guessMapping(sheet.headers) : parsed
  if (!mapping.includes('name'))
    return { error: 'Koppel een kolom aan Naam: daaraan herkennen we de organisatie.' } as const
  const plans = planRows(sheet, mapping, await loadLookups(payload, user))
  return { sheet, mapping, plans } as const
}

/** Reads the file and checks every row; writes nothing. */
export const previewImport = async (
  payload: Payload,
  user: User,
  bytes: Uint8Array,
  filename: string,
  rawMapping?: unknown,
): Promise<ImportPreview | { error: string }> => {
  const prepared = await prepare(payload, user, bytes, filename, rawMapping)
  if ('error' in prepared) return { error: prepared.error as string }
  const { sheet, mapping, plans } = prepared
  const withErrors = plans.filter((plan) => plan.errors.length)
  // The preview lists rows with errors first (all of them, up to the limit), then the others.
  const shown = [...withErrors, ...plans.filter((plan) => !plan.errors.length)].slice(0, PREVIEW_ROWS)
  return {
    format: sheet.format,
    encoding: sheet.encoding,
    delimiter: sheet.delimiter,
    headers: sheet.headers,
    mapping,
    fields: columns.map((column) => ({ key: column.key, label: column.header })),
    totals: {
      rows: plans.length,
      create: plans.filter((plan) => !plan.errors.length && plan.action === 'create').length,
      update: plans.filter((plan) => !plan.errors.length && plan.action === 'update').length,
      errors: withErrors.length,
    },
    rows: shown
      .sort((a, b) => a.line - b.line)
      .map(({ line, name, action, errors }) => ({ line, name, action, errors })),
  }
}

/**
 * Imports every row without errors: creates new organisations, updates those matched by slug or
 * name. Each row is one document write, so a row that fails writes nothing; rows with errors in
 * the preview are skipped and reported.
 */
export const commitImport = async (
  payload: Payload,
  user: User,
  bytes: Uint8Array,
  filename: string,
  rawMapping?: unknown,
): Promise<ImportResult | { error: string }> => {
  const prepared = await prepare(payload, user, bytes, filename, rawMapping)
  if ('error' in prepared) return { error: prepared.error as string }
  const result: ImportResult = { created: 0, updated: 0, failed: [] }
  for (const plan of prepared.plans) {
    if (plan.errors.length) {
      result.failed.push({ line: plan.line, name: plan.name, errors: plan.errors })
      continue
    }
    try {
      if (plan.action === 'update') {
        await payload.update({
          collection: 'organisations',
          id: plan.existingId!,
          data: plan.data,
          user,
          overrideAccess: false,
          depth: 0,
        })
        result.updated++
      } else {
        await payload.create({
          collection: 'organisations',
          data: plan.data as never,
          user,
          overrideAccess: false,
          depth: 0,
        })
        result.created++
      }
    } catch (error) {
      const errors =
        error instanceof ValidationError
          ? error.data.errors.map((item) => item.message)
          : [error instanceof Error ? error.message : String(error)]
      result.failed.push({ line: plan.line, name: plan.name, errors })
    }
  }
  return result
}
