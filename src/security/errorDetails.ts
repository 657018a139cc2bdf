import type { AfterErrorHook } from 'payload'

type ErrorEntry = { name?: string; message?: unknown; data?: unknown }

/**
 * Payload formats a validation error with its per-field reasons only when the error is an
 * `instanceof` its own ValidationError class. In the production bundle the class that threw and
 * the class Payload compares with can be two copies, and the answer then holds only "Het volgende
 * veld is ongeldig: …" without saying why. This puts the reasons back from the error itself.
 */
export const restoreErrorDetails = (error: unknown, result: unknown): { errors: ErrorEntry[] } | undefined => {
  const { name, data, message } = (error ?? {}) as { name?: string; data?: unknown; message?: unknown }
  const response = result as { errors?: ErrorEntry[] } | undefined
  if (!data || (name !== 'ValidationError' && name !== 'APIError')) return undefined
  if (!response?.errors || response.errors.length !== 1 || response.errors[0].data) return undefined
  if (response.errors[0].message !== message) return undefined
  return { errors: [{ name, data, message }] }
}

/** Config-level afterError hook applying restoreErrorDetails to every REST error. */
export const keepValidationDetails: AfterErrorHook = ({ error, result }) => {
  const restored = restoreErrorDetails(error, result)
  return restored ? { response: restored as Record<string, unknown> } : undefined
}
