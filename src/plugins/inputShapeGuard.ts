import {
  APIError,
  ValidationError,
  type CollectionBeforeOperationHook,
  type Config,
  type FlattenedField,
  type PayloadRequest,
  type Where,
} from 'payload'

import { mayOrderBy, selectPaths, sortPaths } from '@/security/queryFieldAccess'

/**
 * Checks the shape of what a REST client sends before Payload's own validation and the database see
 * it: a text field must hold a string, a number a safe finite number, a relationship an id, an array
 * a list of rows, and so on. Without this, an object where a string belongs reaches the database
 * driver and ends as a 500; an unsafe integer is stored and breaks every later read of the list.
 * The same goes for `where` queries: an operator's value must be a plain value, a date a date.
 *
 * Local API calls from the server's own code are trusted and pass untouched.
 */

type Problem = { path: string; message: string }

const MAX_ROWS = 1000
const MAX_DEPTH = 40
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const validDate = (value: unknown): boolean => {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string' || value.length > 64) return false
  const time = Date.parse(value)
  if (Number.isNaN(time)) return false
  const year = new Date(time).getUTCFullYear()
  return year >= 1900 && year <= 9999
}

const isId = (value: unknown, numericIds: boolean): boolean => {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false
  return numericIds ? /^\d{1,15}$/.test(value) : /^[\w-]+$/.test(value)
}

const isReference = (field: FlattenedField, value: unknown, numericIds: boolean): boolean => {
  const polymorphic = 'relationTo' in field && Array.isArray(field.relationTo)
  if (polymorphic)
    return (
      isPlainObject(value) &&
      typeof value.relationTo === 'string' &&
      (field.relationTo as string[]).includes(value.relationTo) &&
      (isId(value.value, numericIds) || (isPlainObject(value.value) && isId(value.value.id, numericIds)))
    )
  return isId(value, numericIds) || (isPlainObject(value) && isId(value.id, numericIds))
}

const depthOf = (value: unknown, limit: number): number => {
  // Iterative, so that a hostile value cannot overflow the stack while it is measured.
  let deepest = 0
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length) {
    const [current, depth] = stack.pop()!
    if (depth > deepest) deepest = depth
    if (deepest > limit) return deepest
    if (current && typeof current === 'object')
      for (const child of Object.values(current as object)) stack.push([child, depth + 1])
  }
  return deepest
}

const MESSAGES = {
  text: 'Vul hier tekst in.',
  number: 'Vul hier een getal in (geen tekst, niet groter dan 9007199254740991).',
  checkbox: 'Kies hier ja of nee (true of false).',
  date: 'Vul hier een geldige datum in, bijvoorbeeld 2026-01-31T09:00:00Z.',
  select: 'Kies hier een van de mogelijke waarden.',
  reference: 'Deze keuze is ongeldig: kies een bestaand item (een id).',
  array: `Geef hier een lijst van hoogstens ${MAX_ROWS} rijen.`,
  group: 'Geef hier een groep velden (een object).',
  richText: 'Deze opgemaakte tekst heeft geen geldige opbouw.',
  point: 'Geef hier een punt als [lengtegraad, breedtegraad].',
  json: 'Deze gegevens zijn te diep genest.',
}

const checkFields = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  prefix: string,
  numericIds: boolean,
  problems: Problem[],
) => {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    if (value === null || value === undefined) continue
    // The admin's form state holds a list as its row count and sends an empty list as 0.
    if ((field.type === 'array' || field.type === 'blocks') && value === 0) {
      data[field.name] = []
      continue
    }
    const path = `${prefix}${field.name}`
    const fail = (message: string) => problems.push({ path, message })
    const hasMany = 'hasMany' in field && field.hasMany === true
    const each = (check: (item: unknown) => boolean, message: string) => {
      if (hasMany) {
        if (!Array.isArray(value) || value.length > MAX_ROWS || !value.every(check)) fail(message)
      } else if (!check(value)) fail(message)
    }
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        each((item) => typeof item === 'string', MESSAGES.text)
        break
      case 'number': {
        // A field that shows how its numbers are written (the admin's decimal input) is named by that example.
        const example = (field.admin?.custom as { example?: string } | undefined)?.example
        each(
          (item) => {
            const number = typeof item === 'string' && item.trim() !== '' ? Number(item) : item
            return typeof number === 'number' && Number.isFinite(number) && Math.abs(number) <= Number.MAX_SAFE_INTEGER
          },
          example ? `Vul hier een getal in, zoals ${example}.` : MESSAGES.number,
        )
        break
      }
      case 'checkbox':
        if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') fail(MESSAGES.checkbox)
        break
      case 'date':
        if (!validDate(value)) fail(MESSAGES.date)
        break
      case 'select':
      case 'radio':
        each((item) => typeof item === 'string' && item.length <= 200, MESSAGES.select)
        break
      case 'relationship':
      case 'upload':
        each((item) => isReference(field, item, numericIds), MESSAGES.reference)
        break
      case 'array':
        if (!Array.isArray(value) || value.length > MAX_ROWS || !value.every(isPlainObject)) fail(MESSAGES.array)
        else
          value.forEach((row, index) =>
            checkFields(field.flattenedFields, row, `${path}.${index}.`, numericIds, problems),
          )
        break
      case 'blocks':
        if (
          !Array.isArray(value) ||
          value.length > MAX_ROWS ||
          !value.every((row) => isPlainObject(row) && typeof row.blockType === 'string')
        )
          fail(MESSAGES.array)
        else
          value.forEach((row, index) => {
            const block = (field.blocks ?? []).find(
              (candidate) => candidate.slug === (row as { blockType: string }).blockType,
            )
            if (!block) problems.push({ path: `${path}.${index}.blockType`, message: MESSAGES.select })
            else
              checkFields(
                block.flattenedFields,
                row as Record<string, unknown>,
                `${path}.${index}.`,
                numericIds,
                problems,
              )
          })
        break
      case 'group':
      case 'tab':
        if (!isPlainObject(value)) fail(MESSAGES.group)
        else checkFields(field.flattenedFields, value, `${path}.`, numericIds, problems)
        break
      case 'richText':
        if (
          !isPlainObject(value) ||
          !isPlainObject(value.root) ||
          !Array.isArray(value.root.children) ||
          !value.root.children.every(isPlainObject) ||
          depthOf(value, MAX_DEPTH) > MAX_DEPTH
        )
          fail(MESSAGES.richText)
        break
      case 'point':
        if (
          !Array.isArray(value) ||
          value.length !== 2 ||
          !value.every((n) => typeof n === 'number' && Number.isFinite(n))
        )
          fail(MESSAGES.point)
        break
      case 'json':
        if (depthOf(value, MAX_DEPTH) > MAX_DEPTH) fail(MESSAGES.json)
        break
      default:
        break
    }
  }
}

const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const COMPARISONS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const isPrimitive = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** Walks a `where` query: every operator's value a plain value (or a list of them), dates real dates. */
const checkWhere = (where: unknown, dateFields: Set<string>, problems: Problem[], depth = 0) => {
  if (depth > MAX_DEPTH) {
    problems.push({ path: 'where', message: 'Deze zoekvraag (where) is te diep genest.' })
    return
  }
  if (!isPlainObject(where)) {
    problems.push({ path: 'where', message: 'Een zoekvraag (where) moet een object zijn.' })
    return
  }
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition) && !isPlainObject(condition))
        problems.push({ path: `where.${key}`, message: 'Geef bij and/or een lijst van voorwaarden.' })
      else for (const part of Object.values(condition)) checkWhere(part, dateFields, problems, depth + 1)
      continue
    }
    if (!isPlainObject(condition)) {
      problems.push({
        path: `where.${key}`,
        message: 'Geef bij elk veld een voorwaarde, bijvoorbeeld [equals]=waarde.',
      })
      continue
    }
    for (const [operator, value] of Object.entries(condition)) {
      if (GEO_OPERATORS.has(operator)) continue
      if (isPlainObject(value) || (Array.isArray(value) && !value.every(isPrimitive))) {
        problems.push({
          path: `where.${key}.${operator}`,
          message: 'De waarde in een zoekvraag moet tekst, een getal of een lijst daarvan zijn.',
        })
        continue
      }
      if (dateFields.has(key) && COMPARISONS.has(operator) && value !== null && value !== '' && !validDate(value))
        problems.push({ path: `where.${key}.${operator}`, message: MESSAGES.date })
    }
  }
}

/** `sort`, `select` and `populate` only on fields the caller may read (see mayOrderBy). */
const checkOrdering = async (
  req: PayloadRequest,
  fields: FlattenedField[],
  { sort, select, populate }: { sort?: unknown; select?: unknown; populate?: unknown },
  problems: Problem[],
) => {
  for (const path of sortPaths(sort))
    if (!(await mayOrderBy(req, fields, path)))
      problems.push({ path: 'sort', message: `Sorteren op „${path}” kan niet: dat veld mag je niet lezen.` })
  for (const path of selectPaths(select))
    if (!(await mayOrderBy(req, fields, path)))
      problems.push({ path: 'select', message: `Opvragen van „${path}” kan niet: dat veld mag je niet lezen.` })
  for (const [slug, fieldsOfSlug] of Object.entries(populate && typeof populate === 'object' ? populate : {})) {
    const related = req.payload.collections[slug as keyof typeof req.payload.collections]?.config
    if (!related) continue
    for (const path of selectPaths(fieldsOfSlug))
      if (!(await mayOrderBy(req, related.flattenedFields, path)))
        problems.push({
          path: 'populate',
          message: `Opvragen van „${slug}.${path}” kan niet: dat veld mag je niet lezen.`,
        })
  }
}

/** /api/<collection>/versions and /versions/<id>: read operations to the hooks, like find itself. */
const isVersionsRoute = (req: PayloadRequest, slug: string) =>
  Boolean(req.url) && new RegExp(`/${slug}/versions(/[^/]*)?/?$`).test(new URL(req.url!, 'http://x').pathname)

const guard: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (req.payloadAPI !== 'REST') return args
  // Payload serves these for a collection without versions too, and its database adapter then fails.
  if (!collection.versions && (operation === 'restoreVersion' || isVersionsRoute(req, collection.slug)))
    throw new APIError('Deze verzameling houdt geen versies bij.', 404, undefined, true)
  const problems: Problem[] = []
  const numericIds = req.payload.db.defaultIDType === 'number'
  const { data, where, limit, page, id } = args as {
    data?: unknown
    where?: unknown
    limit?: unknown
    page?: unknown
    id?: unknown
  }
  const query = args as { overrideAccess?: boolean; sort?: unknown; select?: unknown; populate?: unknown }
  if (!query.overrideAccess) await checkOrdering(req, collection.flattenedFields, query, problems)
  // A by-id request with an id that cannot exist (on SQLite: not a whole number) is simply not found.
  if (id !== undefined && id !== null && !isId(id, numericIds))
    throw new APIError('Dit document bestaat niet (ongeldig id).', 404, undefined, true)

  if ((operation === 'create' || operation === 'update') && data === undefined && !req.file)
    throw new APIError('Stuur de gegevens als één JSON-object.', 400, undefined, true)
  if ((operation === 'create' || operation === 'update') && data !== undefined) {
    if (!isPlainObject(data)) throw new APIError('Stuur de gegevens als één JSON-object.', 400, undefined, true)
    if (depthOf(data, MAX_DEPTH * 2) > MAX_DEPTH * 2)
      throw new APIError('De gegevens zijn te diep genest.', 400, undefined, true)
    // The id is the server's to choose (or comes from the URL on update), unless the collection defines its own.
    if ('id' in data && !collection.flattenedFields.some((field) => field.name === 'id')) delete data.id
    checkFields(collection.flattenedFields, data, '', numericIds, problems)
  }
  if (where !== undefined && where !== null) {
    const dateFields = new Set(
      collection.flattenedFields.filter((field) => field.type === 'date').map((field) => field.name),
    )
    checkWhere(where as Where, dateFields, problems)
  }
  for (const [name, value] of [
    ['limit', limit],
    ['page', page],
  ] as const)
    if (
      value !== undefined &&
      value !== null &&
      !(Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 1_000_000)
    )
      problems.push({ path: name, message: `${name} moet een geheel getal van 0 tot en met 1000000 zijn.` })

  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems, req }, req.t)
  return args
}

/** Puts the guard first in every collection's beforeOperation hooks. */
export const inputShapeGuard = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [guard, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
