import { defaultLoggerOptions, type Config } from 'payload'

type LoggedError = Record<string, unknown>

/**
 * A database driver's error names the failed query and all its values (Drizzle: "Failed query: …
 * params: …", and a `params` property), so a failed write would log a registration's summary or a
 * referral's message. The query stays (it says what failed); the values are left out.
 */
export const redactError = (error: unknown, depth = 0): unknown => {
  if (!error || typeof error !== 'object' || depth > 5) return error
  const source = error as Error & { query?: unknown; params?: unknown; cause?: unknown }
  const hidden =
    typeof source.query === 'string' && Array.isArray(source.params)
      ? `Failed query: ${source.query}\nparams: [${source.params.length} values left out of the log]`
      : undefined
  const message = typeof source.message === 'string' ? source.message : undefined
  const out: LoggedError = {}
  for (const [key, value] of Object.entries(source)) if (key !== 'params' && key !== 'cause') out[key] = value
  out.type = source.constructor?.name ?? source.name
  out.message = hidden ?? message
  if (typeof source.stack === 'string')
    out.stack = hidden && message ? source.stack.replace(message, hidden) : source.stack
  if (source.cause !== undefined) out.cause = redactError(source.cause, depth + 1)
  return out
}

type LogMethod = (this: unknown, ...args: unknown[]) => void

/**
 * Every error handed to the logger, as `logger.error(error)` or `logger.error({ err })`, is redacted
 * before pino reads it, so the line's message (which pino takes from the error) is redacted too.
 */
function logMethod(this: unknown, args: unknown[], method: LogMethod): void {
  const [first, ...rest] = args
  if (first instanceof Error) return method.apply(this, [{ err: redactError(first) }, ...rest])
  if (first && typeof first === 'object' && 'err' in first)
    return method.apply(this, [{ ...first, err: redactError((first as { err: unknown }).err) }, ...rest])
  return method.apply(this, args)
}

// The error is already redacted into a plain object; pino's own serializer would take it for an
// Error again and fold its causes into the message.
const serializers = { err: (error: unknown) => error }

/** Payload's logger (pino): its own pretty output outside tests, warnings and worse in tests. */
export const loggerConfig = (): Config['logger'] =>
  process.env.NODE_ENV === 'test'
    ? { options: { level: 'warn', hooks: { logMethod }, serializers } }
    : { options: { hooks: { logMethod }, serializers }, destination: defaultLoggerOptions }
