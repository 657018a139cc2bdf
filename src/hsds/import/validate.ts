import { TABLES, type Field } from '../dataPackage'
import { HsdsImportError, type SourceTables } from './source'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** Faults listed in one message; the rest are counted. */
const LISTED = 8

const fault = (field: Field, raw: string): string | null => {
  if (field.format === 'uuid' && !UUID.test(raw)) return `moet een HSDS-id (UUID) zijn, niet "${raw.slice(0, 60)}"`
  if (field.format === 'email' && !EMAIL.test(raw)) return `moet een e-mailadres zijn, niet "${raw.slice(0, 60)}"`
  if (field.format === 'uri' && !URL.canParse(raw)) return `moet een webadres zijn, niet "${raw.slice(0, 60)}"`
  if (field.type === 'number' && !Number.isFinite(Number(raw))) return `moet een getal zijn, niet "${raw.slice(0, 60)}"`
  if (field.type === 'datetime' && Number.isNaN(Date.parse(raw)))
    return `moet een datum en tijd zijn, zoals 2026-01-31T12:00:00Z, niet "${raw.slice(0, 60)}"`
  if (field.type === 'time' && !/^\d\d:\d\d(:\d\d)?/.test(raw)) return `moet een tijd zijn, zoals 09:00, niet "${raw}"`
  return null
}

/**
 * Checks the rows of every HSDS table we read against the HSDS tabular schema (the fields, types,
 * formats and keys `dataPackage.ts` declares from it): required fields, UUIDs, numbers, dates, unique
 * ids and references to rows that exist. `where` names a row for the message: a CSV line or a number.
 */
export const validateTables = (tables: SourceTables, where: (table: string, index: number) => string) => {
  const faults: string[] = []
  const ids = new Map<string, Set<string>>()
  for (const { name } of TABLES) ids.set(name, new Set((tables[name] ?? []).map((row) => String(row.id ?? ''))))
  for (const { name, fields, references = {} } of TABLES) {
    const seen = new Set<string>()
    ;(tables[name] ?? []).forEach((row, index) => {
      const at = where(name, index)
      for (const field of fields) {
        const raw = row[field.name] === undefined || row[field.name] === null ? '' : String(row[field.name]).trim()
        if (!raw) {
          if (field.constraints?.required) faults.push(`${at}: het veld ${field.name} is leeg, maar verplicht.`)
          continue
        }
        const problem = fault(field, raw)
        if (problem) faults.push(`${at}: ${field.name} ${problem}.`)
        const target = references[field.name]
        if (target !== undefined && !problem && !ids.get(target || name)!.has(raw))
          faults.push(`${at}: ${field.name} verwijst naar ${raw}, maar die staat niet in ${target || name}.`)
      }
      const id = String(row.id ?? '')
      if (id && seen.has(id)) faults.push(`${at}: de id ${id} komt twee keer voor.`)
      seen.add(id)
    })
  }
  if (faults.length)
    throw new HsdsImportError(
      `De gegevens kloppen niet met het Open Referral-schema (HSDS 3.0); er is niets geïmporteerd. ${faults
        .slice(0, LISTED)
        .join(' ')}${faults.length > LISTED ? ` En nog ${faults.length - LISTED} andere fouten.` : ''}`,
    )
}
