import type { AfterErrorHook } from 'payload'

/** How long a failed write keeps /api/health unhealthy, and what a refused request is told to wait. */
export const WRITE_FAILURE_SECONDS = 30

// SQLite (libSQL) result codes for a database that cannot write or cannot be reached: disk full,
// I/O error, read-only file, locked beyond the busy timeout, unopenable or damaged file.
const sqliteCodes = /^SQLITE_(FULL|IOERR|READONLY|BUSY|LOCKED|CANTOPEN|NOTADB|CORRUPT|PROTOCOL)/
// MongoDB: no reachable primary, or the connection dropped.
const mongoNames = /^Mongo(NetworkError|NetworkTimeoutError|ServerSelectionError|NotPrimaryError|WriteConcernError)$/

/** Whether an error (or one it was caused by) says the database cannot be written or reached. */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
    const { code, name, cause } = current as { code?: unknown; name?: unknown; cause?: unknown }
    if (typeof code === 'string' && (sqliteCodes.test(code) || code === 'ENOSPC')) return true
    if (typeof name === 'string' && mongoNames.test(name)) return true
    current = cause
  }
  return false
}

// One memory per process, even when the bundler gives the API route its own copy of this module.
const state = ((globalThis as Record<symbol, unknown>)[Symbol.for('infopunt.writeFailures')] ??= {
  lastFailure: 0,
}) as { lastFailure: number }

/** Whether a write failed within the last WRITE_FAILURE_SECONDS. */
export const writesFailing = (): boolean => Date.now() - state.lastFailure < WRITE_FAILURE_SECONDS * 1000

export const writeFailureMessage =
  'De database kan op dit moment niets opslaan. Er is niets bewaard; probeer het over een halve minuut opnieuw.'

/**
 * Config-level afterError hook: a request that fails because the database cannot write (full disk,
 * I/O error, read-only file, …) is a 503 with Retry-After and a Dutch reason instead of Payload's
 * English 500, and /api/health reports failing writes for a while.
 */
export const answerDatabaseUnavailable: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return undefined
  state.lastFailure = Date.now()
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(WRITE_FAILURE_SECONDS))
  headers.set('Cache-Control', 'no-store')
  req.responseHeaders = headers
  return { response: { errors: [{ message: writeFailureMessage }] }, status: 503 }
}
