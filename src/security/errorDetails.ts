import type { AfterErrorHook } from 'payload'

type ErrorEntry = { name?: string; message?: unknown; data?: unknown }

/**
 * Payload formats a validation error with its per-field reasons only when the error is an
 * `instanceof` its own ValidationError class. In the production bundle the class that threw and
 * the class Payload compares with can be two copies, and the answer then holds only "Het volgende
 * veld is ongeldig: …" without saying why. This puts the reasons back from the error itself.
 */
export const restoreErrorDetails = (error: unknown, result: unknown): { errors: ErrorEntry[] } | undefined => {
  // Told apart by shape, not by class or name: the production bundle also shortens class names.
  const { data, message } = (error ?? {}) as { data?: { errors?: unknown }; message?: unknown }
  const response = result as { errors?: ErrorEntry[] } | undefined
  if (!data || !Array.isArray(data.errors)) return undefined
  if (!response?.errors || response.errors.length !== 1 || response.errors[0].data) return undefined
  // Only where Payload already shows the error's own message, i.e. it is public.
  if (response.errors[0].message !== message) return undefined
  return { errors: [{ name: 'ValidationError', data, message }] }
}

/** Config-level afterError hook applying restoreErrorDetails to every REST error. */
export const keepValidationDetails: AfterErrorHook = ({ error, result }) => {
  const restored = restoreErrorDetails(error, result)
  return restored ? { response: restored as Record<string, unknown> } : undefined
}
