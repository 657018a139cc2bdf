import { createHash } from 'node:crypto'

import { fold } from '@/directory/spreadsheet/columns'
import { domainOptions } from '@/fields/directory'
import { localInstant } from '@/lib/localTime'
import { restoreFormula } from '@/lib/spreadsheetSafety'

import { exportColumns } from '../export'
import { ageBandOptions, answerTypeOptions, channelOptions, referralAnswerTypes } from '../options'
import { validateSummary } from '../privacyGuard'
import { FORMULA, type Cell, type SheetRow } from './read'

type Key = (typeof exportColumns)[number]['key']

/** Other names people give the columns, folded; the export's own headers always match. */
const aliases: Partial<Record<Key, string[]>> = {
  id: ['nummer', 'id', 'registratie'],
  location: ['locatie', 'infopunt naam'],
  themes: ['thema', 'themas'],
  answerType: ['antwoord', 'afhandeling'],
  referredOrganisations: ['doorverwezen', 'doorverwijzing'],
  followUp: ['vervolg'],
  durationMinutes: ['duur', 'duur in minuten'],
  summary: ['korte samenvatting', 'omschrijving'],
}

const headerIndex = new Map<string, Key>(
  exportColumns.flatMap((column) => [
    [fold(column.header), column.key] as const,
    ...(aliases[column.key] ?? []).map((alias) => [fold(alias), column.key] as const),
  ]),
)

export const requiredColumns: Key[] = ['date', 'location', 'themes', 'answerType']
const headerOf = (key: Key) => exportColumns.find((column) => column.key === key)!.header

/** Which field each column of the file holds (null: ignored), or the Dutch reason the columns do not fit. */
export const mapColumns = (headers: string[]): { mapping: (Key | null)[] } | { error: string } => {
  const mapping = headers.map((header) => headerIndex.get(fold(header)) ?? null)
  const twice = mapping.find((key, index) => key && mapping.indexOf(key) !== index)
  if (twice) return { error: `De kolom "${headerOf(twice)}" staat twee keer in het bestand.` }
  const missing = requiredColumns.filter((key) => !mapping.includes(key))
  if (missing.length > 0)
    return {
      error: `Deze kolommen ontbreken: ${missing.map(headerOf).join(', ')}. Gebruik de kolommen van de export van registraties (${exportColumns.map((column) => column.header).join(', ')}).`,
    }
  return { mapping }
}

type Id = number | string
export interface Lookups {
  /** folded name → id */
  locations: Map<string, Id>
  themes: Map<string, Id>
  organisations: Map<string, Id>
  users: Map<string, Id>
}

export interface PlannedRow {
  line: number
  errors: string[]
  /** The row's registration number (the export's first column), when it has one. */
  number?: string
  /** The registration, when there are no errors. */
  data?: {
    occurredAt: string
    location: Id
    channel: string
    themes: Id[]
    domain: string | null
    ageBand: string
    answerType: string
    referredOrganisations: Id[]
    followUp: boolean
    durationMinutes: number | null
    summary: string | null
    registeredBy?: Id
    idempotencyKey: string
  }
}

/** The values of a select a cell may hold (its stored values and Dutch labels), and the labels to suggest. */
const choicesOf = (options: { value: string; label: { nl: string } }[]) => ({
  index: new Map(
    options.flatMap((option) => [
      [fold(option.value), option.value] as const,
      [fold(option.label.nl), option.value] as const,
    ]),
  ),
  labels: options.map((option) => option.label.nl).join(', '),
})
type Choices = ReturnType<typeof choicesOf>
const channels = choicesOf(channelOptions)
const domains = choicesOf(domainOptions)
const ageBands = choicesOf(ageBandOptions)
const answerTypes = choicesOf(answerTypeOptions)
const yes = new Set(['ja', 'j', 'yes', 'true', 'waar', '1', 'x'])
const no = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', ''])

/** fold, remembered: a file names the same few places, themes and options on every row. */
const foldedCells = new Map<string, string>()
const foldCell = (value: string) => {
  let folded = foldedCells.get(value)
  if (folded === undefined) {
    if (foldedCells.size >= 10_000) foldedCells.clear()
    folded = fold(value)
    foldedCells.set(value, folded)
  }
  return folded
}

const text = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return cell.toISOString()
  return restoreFormula(String(cell)).trim()
}

/** A date cell (exceljs reads a date as that day, midnight UTC) or Dutch or ISO date text → YYYY-MM-DD. */
const dateOf = (cell: Cell | undefined): string | null => {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10)
  const value = text(cell)
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value)
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value)
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : []
  if (!year) return null
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`
  const parsed = new Date(`${date}T12:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : null
}

/** A time cell (a Date on Excel's day 0, or a fraction of a day) or "9:30", "09:30:00" → HH:MM. */
const timeOf = (cell: Cell | undefined): string | null => {
  if (cell instanceof Date) return cell.toISOString().slice(11, 16)
  if (typeof cell === 'number' && cell >= 0 && cell < 1) {
    const minutes = Math.round(cell * 1440)
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
  }
  const match = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(text(cell))
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return null
  return `${match[1].padStart(2, '0')}:${match[2]}`
}

/**
 * Names in a list cell ("A, B"): names may hold a comma themselves ("Humanitas, afdeling Dalfsen"),
 * so the longest run of parts that is a known name is taken first.
 */
const namesIn = (value: string, known: Map<string, Id>, label: string, errors: string[]): Id[] => {
  const parts = value.split(/[,;]/)
  const ids: Id[] = []
  for (let start = 0; start < parts.length;) {
    let end = parts.length
    for (; end > start; end--) {
      const id = known.get(foldCell(parts.slice(start, end).join(',')))
      if (id === undefined) continue
      if (!ids.includes(id)) ids.push(id)
      break
    }
    if (end === start) {
      const name = parts[start].trim()
      if (name) errors.push(`${label} "${name}" is onbekend.`)
      end = start + 1
    }
    start = end
  }
  return ids
}

const option = (value: string, choices: Choices, label: string, errors: string[]) => {
  const known = choices.index.get(foldCell(value))
  if (!known) errors.push(`${label} "${value}" is onbekend; kies uit: ${choices.labels}.`)
  return known
}

/**
 * Turns each row into the registration it describes, with every problem in Dutch, as the
 * registration form would check it (the privacy guard on the summary included). Each row gets a
 * key made from what it holds, so importing the same file again finds the rows already there.
 */
export const rowPlanner = (mapping: (Key | null)[], lookups: Lookups, now = new Date()) => {
  const index = new Map(mapping.flatMap((key, position) => (key ? [[key, position] as const] : [])))
  const occurrences = new Map<string, number>()
  return ({ line, cells }: SheetRow): PlannedRow => {
    const errors: string[] = []
    mapping.forEach((key, position) => {
      if (key && cells[position] === FORMULA)
        errors.push(`${headerOf(key)}: de cel bevat een formule. Plak de waarde in plaats van de formule.`)
    })
    const cell = (key: Key) => {
      const position = index.get(key)
      const value = position === undefined ? undefined : cells[position]
      return value === FORMULA ? undefined : value
    }
    const value = (key: Key) => text(cell(key))

    const date = dateOf(cell('date'))
    if (!date)
      errors.push(value('date') ? `Datum "${value('date')}" is geen datum (gebruik DD-MM-JJJJ).` : 'Datum ontbreekt.')
    // Without a time the question counts at noon, so it stays on its day in every time zone.
    const time = index.has('time') && value('time') ? timeOf(cell('time')) : '12:00'
    if (!time) errors.push(`Tijd "${value('time')}" is geen tijd (gebruik UU:MM).`)
    const occurredAt = date && time ? localInstant(date, time).toISOString() : ''
    if (occurredAt && Date.parse(occurredAt) > now.getTime() + 60 * 60 * 1000)
      errors.push('De datum van een vraag kan niet in de toekomst liggen.')

    const locationName = value('location')
    const location = locationName ? lookups.locations.get(foldCell(locationName)) : undefined
    if (!locationName) errors.push('Infopunt ontbreekt.')
    else if (location === undefined) errors.push(`Infopunt "${locationName}" is onbekend.`)

    const channel = value('channel') ? option(value('channel'), channels, 'Kanaal', errors) : 'desk'
    const themes = namesIn(value('themes'), lookups.themes, 'Thema', errors)
    if (!value('themes')) errors.push("Thema's ontbreken: kies ten minste één thema.")
    const domain = value('domain') ? (option(value('domain'), domains, 'Domein', errors) ?? null) : null
    const ageBand = value('ageBand') ? option(value('ageBand'), ageBands, 'Doelgroep', errors) : 'unknown'
    const answerType = value('answerType')
      ? option(value('answerType'), answerTypes, 'Hoe beantwoord', errors)
      : undefined
    if (!value('answerType')) errors.push('Hoe beantwoord ontbreekt.')
    const organisations = namesIn(value('referredOrganisations'), lookups.organisations, 'Organisatie', errors)
    if (
      answerType &&
      referralAnswerTypes.includes(answerType) &&
      organisations.length === 0 &&
      !value('referredOrganisations')
    )
      errors.push('Kies de organisatie waarnaar is doorverwezen (Doorverwezen naar).')

    const followUpText = foldCell(value('followUp'))
    if (!yes.has(followUpText) && !no.has(followUpText))
      errors.push(`Vervolg nodig "${value('followUp')}": vul ja of nee in.`)
    const durationText = value('durationMinutes')
    const duration = durationText ? Number(durationText.replace(',', '.')) : null
    if (duration !== null && (!Number.isFinite(duration) || duration < 0 || duration > 480))
      errors.push(`Duur "${durationText}" moet een aantal minuten zijn van 0 tot en met 480.`)

    const summary = value('summary') || null
    const guard = validateSummary(summary)
    if (guard !== true) errors.push(guard)

    if (errors.length > 0) return { line, errors }
    const registeredBy = value('registeredBy') ? lookups.users.get(foldCell(value('registeredBy'))) : undefined
    const data = {
      occurredAt,
      location: location!,
      channel: channel!,
      themes,
      domain,
      ageBand: ageBand!,
      answerType: answerType!,
      referredOrganisations: organisations,
      followUp: yes.has(followUpText),
      durationMinutes: duration,
      summary,
    }
    const number = value('id')
    const digest = createHash('sha256')
      .update(JSON.stringify([number, data]))
      .digest('hex')
      .slice(0, 40)
    // Rows without a number of their own may be the same twice (two like questions in a minute): the
    // second of them is the second occurrence, not a duplicate.
    const occurrence = number ? 0 : (occurrences.get(digest) ?? 0)
    if (!number) occurrences.set(digest, occurrence + 1)
    return {
      line,
      errors,
      number: number || undefined,
      data: { ...data, registeredBy, idempotencyKey: `import-${digest}-${occurrence}` },
    }
  }
}
