import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { isValidationError } from '@/lib/validationError'
import type { User } from '@/payload-types'

import { ownOrganisations } from '@/directory/regional'

import { changedColumns } from './changes'
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
  totals: { rows: number; create: number; update: number; unchanged: number; errors: number }
  rows: (Pick<RowPlan, 'line' | 'name' | 'errors'> & { action: Action; changes?: string[] })[]
}

/** What importing a row does: `unchanged` is an existing organisation the row would not change. */
type Action = RowPlan['action'] | 'unchanged'

/** A row's plan, with what it would change in the organisation it updates. */
type ComparedPlan = RowPlan & { changes?: string[] }

const actionOf = (plan: ComparedPlan): Action =>
  plan.action === 'update' && plan.changes?.length === 0 ? 'unchanged' : plan.action

export interface ImportResult {
  created: number
  updated: number
  unchanged: number
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
      where: ownOrganisations(user),
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
  const plans = await compareWithExisting(payload, user, planRows(sheet, mapping, await loadLookups(payload, user)))
  return { sheet, mapping, plans } as const
}

/** Adds to each update what it would change, read from the organisations as they are now. */
const compareWithExisting = async (payload: Payload, user: User, plans: RowPlan[]): Promise<ComparedPlan[]> => {
  const ids = plans.flatMap((plan) => (plan.action === 'update' && !plan.errors.length ? [plan.existingId!] : []))
  if (!ids.length) return plans
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { and: [{ id: { in: ids } }, ownOrganisations(user)] },
    user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as unknown as Record<string, unknown>]))
  return plans.map((plan) => {
    const existing = plan.existingId === undefined ? undefined : byId.get(String(plan.existingId))
    return existing && !plan.errors.length ? { ...plan, changes: changedColumns(plan.data, existing) } : plan
  })
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
  const valid = plans.filter((plan) => !plan.errors.length)
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
      create: valid.filter((plan) => actionOf(plan) === 'create').length,
      update: valid.filter((plan) => actionOf(plan) === 'update').length,
      unchanged: valid.filter((plan) => actionOf(plan) === 'unchanged').length,
      errors: withErrors.length,
    },
    rows: shown
      .sort((a, b) => a.line - b.line)
      .map((plan) => ({
        line: plan.line,
        name: plan.name,
        action: actionOf(plan),
        changes: plan.changes,
        errors: plan.errors,
      })),
  }
}

/**
 * Imports every row without errors: creates new organisations, updates those matched by slug or
 * name. Each row is one document write, so a row that fails writes nothing; rows with errors in
 * the preview are skipped and reported. A row that would change nothing is not written (no new
 * version, no new "updated by").
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
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0, failed: [] }
  for (const plan of prepared.plans) {
    if (plan.errors.length) {
      result.failed.push({ line: plan.line, name: plan.name, errors: plan.errors })
      continue
    }
    if (actionOf(plan) === 'unchanged') {
      result.unchanged++
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
          data: plan.data as RequiredDataFromCollectionSlug<'organisations'>,
          user,
          overrideAccess: false,
          depth: 0,
        })
        result.created++
      }
    } catch (error) {
      const errors = isValidationError(error)
        ? error.data.errors.map((item) => item.message)
        : [error instanceof Error ? error.message : String(error)]
      result.failed.push({ line: plan.line, name: plan.name, errors })
    }
  }
  return result
}
