import { parse as parseCsv } from 'csv-parse/sync'
import ExcelJS from 'exceljs'

import { MAX_IMPORT_BYTES } from '@/security/fileLimits'

export const MAX_IMPORT_ROWS = 100_000

export interface Sheet {
  headers: string[]
  /** Data rows with their line number in the file (1 = the header line). */
  rows: { line: number; cells: string[] }[]
  format: 'csv' | 'xlsx'
  encoding?: 'utf-8' | 'windows-1252'
  delimiter?: ',' | ';'
}

export class ImportFileError extends Error {}

/** UTF-8 when the bytes are valid UTF-8 (BOM or not), otherwise Windows-1252 (Excel's "CSV" on Dutch Windows). */
export const decodeText = (bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } => {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  }
}

/** The delimiter of the header line: whichever of ; and , occurs more often outside quotes. */
export const detectDelimiter = (text: string): ',' | ';' => {
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && char === ',') commas++
    else if (!quoted && char === ';') semicolons++
  }
  return semicolons > commas ? ';' : ','
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

const isBlank = (cells: string[]) => cells.every((cell) => !cell || !cell.trim())

/** Cell text of an XLSX cell; formulas are refused (their cached result could be anything). */
const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return `\u0000formula`
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('text' in value) return String(value.text)
    if ('error' in value) return ''
    return ''
  }
  return String(value)
}

export const FORMULA_MARKER = '\u0000formula'

/** Reads a CSV (comma or semicolon, UTF-8 or Windows-1252) or XLSX file into a header and rows. */
export const readSheet = async (bytes: Uint8Array, filename = ''): Promise<Sheet> => {
  if (bytes.byteLength === 0) throw new ImportFileError('Het bestand is leeg.')
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw new ImportFileError(`Het bestand is groter dan ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Splits het in delen.`)
  let sheet: Sheet
  if (isZip(bytes) || /\.xlsx$/i.test(filename)) {
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(Buffer.from(bytes) as never)
    } catch {
      throw new ImportFileError('Dit is geen geldig Excel-bestand (.xlsx). Sla het op als .xlsx of .csv.')
    }
    const worksheet = workbook.worksheets[0]
    if (!worksheet) throw new ImportFileError('Het Excel-bestand heeft geen werkblad.')
    const all: { line: number; cells: string[] }[] = []
    const width = worksheet.columnCount
    worksheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells = Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1).value))
      all.push({ line, cells })
    })
    const [header, ...rows] = all
    sheet = { headers: header?.cells ?? [], rows, format: 'xlsx' }
  } else {
    const { text, encoding } = decodeText(bytes)
    if (text.includes('\u0000'))
      throw new ImportFileError('Dit lijkt geen tekstbestand (CSV). Kies een .csv- of .xlsx-bestand.')
    const delimiter = detectDelimiter(text)
    let records: { record: string[]; info: { lines: number } }[]
    try {
      records = parseCsv(text, {
        delimiter,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        info: true,
      }) as never
    } catch (error) {
      throw new ImportFileError(`Het CSV-bestand kan niet worden gelezen: ${(error as Error).message}`)
    }
    const [header, ...rows] = records
    sheet = {
      headers: header?.record ?? [],
      rows: rows.map((entry) => ({ line: entry.info.lines, cells: entry.record })),
      format: 'csv',
      encoding,
      delimiter,
    }
  }
  sheet.headers = sheet.headers.map((header) => (header ?? '').trim())
  while (sheet.headers.length && !sheet.headers[sheet.headers.length - 1]) sheet.headers.pop()
  if (sheet.headers.length === 0) throw new ImportFileError('De eerste regel moet de kolomnamen bevatten.')
  sheet.rows = sheet.rows.filter((row) => !isBlank(row.cells))
  if (sheet.rows.length > MAX_IMPORT_ROWS)
    throw new ImportFileError(
      `Het bestand heeft meer dan ${MAX_IMPORT_ROWS.toLocaleString('nl-NL')} regels. Splits het in delen.`,
    )
  return sheet
}
