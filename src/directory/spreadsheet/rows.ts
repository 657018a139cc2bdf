import { validatePhone, validateWebsite } from '@/fields/contact'
import { toSlug } from '@/fields/slug'
import { parseDutchDecimal } from '@/lib/decimal'
import { restoreFormula } from '@/lib/spreadsheetSafety'

import {
  accessibilityIndex,
  columnByKey,
  costKindIndex,
  domainIndex,
  fold,
  kindOfHelpIndex,
  languageIndex,
  statusIndex,
  targetGroupIndex,
  type ColumnKey,
} from './columns'
import { OPENING_HOURS_EXAMPLE, parseOpeningHours } from './openingHours'
import { FORMULA_MARKER, type Sheet } from './parse'

export interface Lookups {
  /** folded theme name → id */
  themes: Map<string, number | string>
  /** slug → id, and folded name → id, of existing organisations */
  bySlug: Map<string, number | string>
  byName: Map<string, number | string>
}

export interface RowPlan {
  line: number
  name: string
  action: 'create' | 'update'
  existingId?: number | string
  data: Record<string, unknown>
  errors: string[]
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A value exported as text with a leading apostrophe (formula neutralised) reads back as written. */
export const cleanCell = (value: string | undefined): string => restoreFormula(value ?? '').trim()

/**
 * A website as people write it in a spreadsheet ("www.example.nl", "example.nl/hulp"): without a
 * scheme it is read as https://. A value with a scheme, or that is no host name, is left for the
 * validation to judge.
 */
export const completeWebsite = (value: string): string =>
  /^[a-z][a-z0-9+.-]*:/i.test(value) || !/^[a-z0-9-]+(\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$/i.test(value)
    ? value
    : `https://${value}`

const splitList = (value: string) =>
  value
    .split(/\s*[;|\n]\s*/)
    .map((item) => item.trim())
    .filter(Boolean)

const parseDate = (value: string): string | null => {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value)
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dutch
      ? [dutch[3], dutch[2].padStart(2, '0'), dutch[1].padStart(2, '0')]
      : []
  if (!year) return null
  const date = new Date(`${year}-${month}-${day}T12:00:00Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(5, 10) !== `${month}-${day}`
    ? null
    : date.toISOString()
}

const setPath = (target: Record<string, unknown>, path: string[], value: unknown) => {
  let node = target
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>
  node[path[path.length - 1]] = value
}

const fieldPath: Partial<Record<ColumnKey, string[]>> = {
  phone: ['contact', 'phone'],
  email: ['contact', 'email'],
  website: ['contact', 'website'],
  street: ['contact', 'address', 'street'],
  postalCode: ['contact', 'address', 'postalCode'],
  city: ['contact', 'address', 'city'],
  contactPerson: ['referral', 'contactPerson'],
  referralEmail: ['referral', 'email'],
  referralInstructions: ['referral', 'instructions'],
  eligibility: ['eligibility'],
  costNote: ['cost', 'note'],
  applicationProcess: ['applicationProcess'],
  accessibilityNote: ['accessibility', 'note'],
}

/**
 * Turns each row into the organisation it describes, with every problem in Dutch. Nothing is
 * written. An empty cell leaves that field of an existing organisation as it is.
 */
export const planRows = (sheet: Sheet, mapping: (ColumnKey | null)[], lookups: Lookups): RowPlan[] => {
  const seenNames = new Map<string, number>()
  const seenSlugs = new Map<string, number>()
  const mapped = new Set(mapping.filter(Boolean))
  return sheet.rows.map(({ line, cells }) => {
    const errors: string[] = []
    const data: Record<string, unknown> = {}
    const value = (key: ColumnKey) => {
      const index = mapping.indexOf(key)
      return index >= 0 ? cleanCell(cells[index]) : ''
    }
    mapping.forEach((key, index) => {
      if (key && cells[index] === FORMULA_MARKER)
        errors.push(
          `${columnByKey.get(key)!.header}: de cel bevat een formule. Plak de waarde in plaats van de formule.`,
        )
    })

    const name = value('name')
    if (!name) errors.push('Naam ontbreekt.')
    else data.name = name
    const slug = value('slug') ? toSlug(value('slug')) : name ? toSlug(name) : ''
    if (value('slug')) data.slug = slug

    if (name) {
      const earlier = seenNames.get(fold(name))
      if (earlier) errors.push(`Dubbele naam: "${name}" staat ook op regel ${earlier}.`)
      else seenNames.set(fold(name), line)
    }
    if (slug && value('slug')) {
      const earlier = seenSlugs.get(slug)
      if (earlier) errors.push(`Dubbele slug: "${slug}" staat ook op regel ${earlier}.`)
      else seenSlugs.set(slug, line)
    }

    const existingId =
      (value('slug') ? lookups.bySlug.get(slug) : undefined) ?? (name ? lookups.byName.get(fold(name)) : undefined)
    const action = existingId !== undefined ? 'update' : 'create'

    const shortDescription = value('shortDescription')
    if (shortDescription) {
      if (shortDescription.length > 300)
        errors.push(`Korte omschrijving is ${shortDescription.length} tekens; hoogstens 300.`)
      data.shortDescription = shortDescription
    } else if (action === 'create') errors.push('Korte omschrijving ontbreekt.')

    const kind = value('kindOfHelp')
    if (kind) {
      const known = kindOfHelpIndex.get(fold(kind))
      if (known) data.kindOfHelp = known
      else errors.push(`Soort hulp "${kind}" is onbekend: kies formeel, informeel of beide.`)
    }

    const themes = value('themes')
    if (themes) {
      const ids: (number | string)[] = []
      for (const theme of splitList(themes)) {
        const id = lookups.themes.get(fold(theme))
        if (id === undefined) errors.push(`Onbekend thema: "${theme}".`)
        else if (!ids.includes(id)) ids.push(id)
      }
      data.themes = ids
    }
    for (const [key, index, label] of [
      ['targetGroups', targetGroupIndex, 'Doelgroep'],
      ['domains', domainIndex, 'Domein'],
    ] as const) {
      const raw = value(key)
      if (!raw) continue
      const values: string[] = []
      for (const item of splitList(raw)) {
        const known = index.get(fold(item))
        if (known) values.push(known)
        else errors.push(`${label} "${item}" is onbekend.`)
      }
      data[key] = [...new Set(values)]
    }
    const areas = value('areasServed')
    if (areas) data.areasServed = splitList(areas)

    for (const key of Object.keys(fieldPath) as ColumnKey[]) {
      const cell = key === 'website' ? completeWebsite(value(key)) : value(key)
      if (!cell) continue
      if (key === 'phone' && validatePhone(cell) !== true) errors.push(`Telefoon "${cell}": ${validatePhone(cell)}`)
      if ((key === 'email' || key === 'referralEmail') && !EMAIL.test(cell))
        errors.push(`${columnByKey.get(key)!.header} "${cell}" is geen geldig e-mailadres.`)
      if (key === 'website' && validateWebsite(cell) !== true)
        errors.push(`Website "${cell}": ${validateWebsite(cell)}`)
      setPath(data, fieldPath[key]!, cell)
    }

    const costKind = value('costKind')
    if (costKind) {
      const known = costKindIndex.get(fold(costKind))
      if (known) setPath(data, ['cost', 'kind'], known)
      else errors.push(`Kosten "${costKind}" is onbekend: kies gratis, eigen bijdrage of betaald.`)
    }
    const amount = value('costAmount')
    if (amount) {
      const number = parseDutchDecimal(amount)
      if (number === null || number < 0) errors.push(`Bedrag "${amount}" is geen bedrag in euro (bijvoorbeeld 21,80).`)
      else setPath(data, ['cost', 'amount'], number)
    }
    for (const [key, index, label, path] of [
      ['languages', languageIndex, 'Taal', ['languages']],
      ['accessibility', accessibilityIndex, 'Toegankelijkheid', ['accessibility', 'features']],
    ] as const) {
      const raw = value(key)
      if (!raw) continue
      const values: string[] = []
      for (const item of splitList(raw)) {
        const known = index.get(fold(item))
        if (known) values.push(known)
        else errors.push(`${label} "${item}" is onbekend.`)
      }
      setPath(data, [...path], [...new Set(values)])
    }
    const hours = value('openingHours')
    if (hours) {
      const parsed = parseOpeningHours(hours)
      if ('error' in parsed)
        errors.push(
          `Openingstijden "${hours}": ${parsed.error}. Schrijf dagen en tijden, bijvoorbeeld ${OPENING_HOURS_EXAMPLE}, of gesloten.`,
        )
      else data.openingHours = parsed.periods
    }
    for (const [key, limit] of [
      ['latitude', 90],
      ['longitude', 180],
    ] as const) {
      const raw = value(key)
      if (!raw) continue
      const number = parseDutchDecimal(raw)
      if (number === null || Math.abs(number) > limit)
        errors.push(`${columnByKey.get(key)!.header} "${raw}" is geen getal tussen -${limit} en ${limit}.`)
      else setPath(data, ['contact', 'address', key], number)
    }

    const status = value('status')
    if (status) {
      const known = statusIndex.get(fold(status))
      if (known) data.status = known
      else errors.push(`Status "${status}" is onbekend: kies actief of inactief.`)
    }
    const verified = value('lastVerifiedAt')
    if (verified) {
      const date = parseDate(verified)
      if (date) data.lastVerifiedAt = date
      else errors.push(`Laatst gecontroleerd "${verified}" is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ).`)
    }
    if (action === 'create' && !mapped.has('kindOfHelp')) data.kindOfHelp ??= 'formal'

    return { line, name, action, existingId, data, errors }
  })
}
