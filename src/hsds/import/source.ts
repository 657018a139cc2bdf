import type { Row } from '../tables'

/** HSDS tables as read from a source: rows by HSDS table name, every value as given. */
export type SourceTables = Record<string, Row[]>

/** Bad input: the reason in Dutch, answered with this status; nothing is written. */
export class HsdsImportError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message)
  }
}
