import { pipeline, Readable } from 'node:stream'

import { parse as parseCsv } from 'csv-parse'
import ExcelJS from 'exceljs'

import { detectDelimiter, ImportFileError } from '@/directory/spreadsheet/parse'

/** A cell as read: text from CSV; text, number, date or boolean from XLSX; FORMULA for a formula. */
export type Cell = string | number | boolean | Date | null
export const FORMULA = Symbol('formula')

export interface SheetRow {
  /** The line in the file (1 = the header line). */
  line: number
  cells: (Cell | typeof FORMULA)[]
}

export interface SheetReader {
  format: 'csv' | 'xlsx'
  encoding?: 'utf-8' | 'windows-1252'
  delimiter?: ',' | ';'
  headers: string[]
  /** The data rows, read as they are asked for: only one batch is in memory at a time. */
  rows: AsyncGenerator<SheetRow>
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
const CHUNK = 256 * 1024

/** UTF-8 (with or without BOM) when every byte sequence is valid UTF-8, otherwise Windows-1252. */
const detectEncoding = (bytes: Uint8Array): 'utf-8' | 'windows-1252' => {
  // Checked chunk by chunk, keeping nothing: the file is only decoded once it is being parsed.
  const decoder = new TextDecoder('utf-8', { fatal: true })
  try {
    for (let offset = 0; offset < bytes.byteLength; offset += CHUNK)
      decoder.decode(bytes.subarray(offset, offset + CHUNK), { stream: true })
    decoder.decode()
    return 'utf-8'
  } catch {
    return 'windows-1252'
  }
}

function* decodeChunks(bytes: Uint8Array, encoding: 'utf-8' | 'windows-1252') {
  const decoder = new TextDecoder(encoding, { ignoreBOM: false })
  for (let offset = 0; offset < bytes.byteLength; offset += CHUNK) {
    const text = decoder.decode(bytes.subarray(offset, offset + CHUNK), { stream: true })
    if (text.includes('\u0000'))
      throw new ImportFileError('Dit lijkt geen tekstbestand (CSV). Kies een .csv- of .xlsx-bestand.')
    yield text
  }
  yield decoder.decode()
}

const readCsv = (bytes: Uint8Array): SheetReader => {
  const encoding = detectEncoding(bytes)
  const head = new TextDecoder(encoding).decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '')
  const delimiter = detectDelimiter(head)
  const parser = parseCsv({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, info: true })
  // pipeline passes a decoding error on to the parser, whose reader below then throws it.
  pipeline(Readable.from(decodeChunks(bytes, encoding)), parser, () => {})
  async function* records(): AsyncGenerator<SheetRow> {
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
        yield { line: info.lines, cells: record }
    } catch (error) {
      if (error instanceof ImportFileError) throw error
      throw new ImportFileError(`Het CSV-bestand kan niet worden gelezen: ${(error as Error).message}`)
    }
  }
  return { format: 'csv', encoding, delimiter, headers: [], rows: records() }
}

const cellOf = (value: ExcelJS.CellValue): Cell | typeof FORMULA => {
  if (value === null || value === undefined) return null
  if (value instanceof Date || typeof value !== 'object') return value
  if ('formula' in value || 'sharedFormula' in value) return FORMULA
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('text' in value) return String(value.text)
  return null
}

const readXlsx = (bytes: Uint8Array): SheetReader => {
  // Styles are read so that a cell with a date format comes as a Date.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  })
  async function* records(): AsyncGenerator<SheetRow> {
    try {
      for await (const worksheet of reader) {
        for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
          const values = row.values as ExcelJS.CellValue[]
          // Array.from, not map: a row's values have holes where cells are empty.
          yield { line: row.number, cells: Array.from(values.slice(1), cellOf) }
        }
        return // the first worksheet only
      }
    } catch (error) {
      if (error instanceof ImportFileError) throw error
      throw new ImportFileError('Dit is geen geldig Excel-bestand (.xlsx). Sla het op als .xlsx of .csv.')
    }
  }
  return { format: 'xlsx', headers: [], rows: records() }
}

const isBlank = (cells: SheetRow['cells']) =>
  cells.every((cell) => cell === null || cell === undefined || (typeof cell === 'string' && !cell.trim()))

/**
 * Opens a CSV (comma or semicolon, UTF-8 with or without BOM or Windows-1252, any line ending) or
 * XLSX file: reads the header line and hands out the data rows one by one, blank rows left out.
 */
export const openSheet = async (bytes: Uint8Array, filename: string, maxBytes: number): Promise<SheetReader> => {
  if (bytes.byteLength === 0) throw new ImportFileError('Het bestand is leeg.')
  if (bytes.byteLength > maxBytes)
    throw new ImportFileError(`Het bestand is groter dan ${maxBytes / 1024 / 1024} MB. Splits het in delen.`)
  const sheet = isZip(bytes) || /\.xlsx$/i.test(filename) ? readXlsx(bytes) : readCsv(bytes)
  const all = sheet.rows
  let first = await all.next()
  while (!first.done && isBlank(first.value.cells)) first = await all.next()
  if (first.done) throw new ImportFileError('Het bestand heeft geen regels.')
  sheet.headers = Array.from(first.value.cells, (cell) =>
    typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell),
  )
  async function* data(): AsyncGenerator<SheetRow> {
    for await (const row of all) if (!isBlank(row.cells)) yield row
  }
  sheet.rows = data()
  return sheet
}
