/**
 * Exports that a spreadsheet opens (CSV, XLSX) hold text people typed. A cell, or a line inside a
 * cell, that starts with = + - @ tab or carriage return is read as a formula (OWASP "CSV
 * injection"): it gets a leading apostrophe, so it is shown as text. The organisation import
 * removes the apostrophe again.
 */
const FORMULA_START = /(?<=^|[\r\n])(?=[=+\-@\t\r])/g
const NEUTRALISED_START = /(?<=^|[\r\n])'(?=[=+\-@\t\r])/g

export const neutraliseFormula = (value: unknown): string =>
  (value === undefined || value === null ? '' : String(value)).replace(FORMULA_START, "'")

/** The text as written before neutraliseFormula, for a cell read back from an export. */
export const restoreFormula = (value: string): string => value.replace(NEUTRALISED_START, '')

/**
 * csv-stringify quotes a field holding the whole record delimiter ("\r\n"), but a lone CR or LF
 * would still start a new row in a spreadsheet: quote every field holding either (RFC 4180), as
 * well as those holding the separator or a quote, which it always does.
 */
export const safeCsvOptions = { quote_record_delimiter: true } as const

/** CSV for Dutch Excel: semicolons and CRLF, every line break inside a field quoted. */
export const dutchCsvOptions = { ...safeCsvOptions, delimiter: ';', record_delimiter: '\r\n' } as const
