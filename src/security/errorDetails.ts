import { en } from '@payloadcms/translations/languages/en'
import type { AfterErrorHook, FlattenedField, PayloadRequest } from 'payload'

import { fieldLabel } from '@/lib/fieldLabels'
import { isValidationError } from '@/lib/validationError'

type FieldError = { path?: unknown; message?: unknown; label?: unknown }
type ErrorData = { collection?: unknown; global?: unknown; errors?: FieldError[] }
type ErrorEntry = { name?: string; message?: unknown; data?: ErrorData }

/**
 * Payload formats a validation error with its per-field reasons only when the error is an
 * `instanceof` its own ValidationError class. In the production bundle the class that threw and
 * the class Payload compares with can be two copies, and the answer then holds only "Het volgende
 * veld is ongeldig: …" without saying why. This puts the reasons back from the error itself.
 */
export const restoreErrorDetails = (error: unknown, result: unknown): { errors: ErrorEntry[] } | undefined => {
  // Told apart by shape, not by class or name: the production bundle also shortens class names.
  if (!isValidationError(error)) return undefined
  const { data, message } = error as { data: ErrorData; message?: unknown }
  const response = result as { errors?: ErrorEntry[] } | undefined
  if (!response?.errors || response.errors.length !== 1 || response.errors[0].data) return undefined
  // Only where Payload already shows the error's own message, i.e. it is public.
  if (response.errors[0].message !== message) return undefined
  return { errors: [{ name: 'ValidationError', data, message }] }
}

/**
 * Payload's summary line in every supported language ("Het volgende veld is ongeldig:"), and in
 * English, which errors raised without a translator carry ("The following field…").
 */
const isSummary = (message: unknown, req: PayloadRequest): message is string =>
  typeof message === 'string' &&
  [...Object.values(req.payload.config.i18n.supportedLanguages ?? {}), en].some((language) => {
    const { followingFieldsInvalid_one: one, followingFieldsInvalid_other: other } = language!.translations.error
    return message.startsWith(one) || message.startsWith(other)
  })

const fieldsOf = (data: ErrorData, req: PayloadRequest, fallback?: string): FlattenedField[] => {
  if (typeof data.global === 'string')
    return req.payload.config.globals.find((global) => global.slug === data.global)?.flattenedFields ?? []
  const slug = typeof data.collection === 'string' ? data.collection : fallback
  return (slug && req.payload.config.collections.find((entry) => entry.slug === slug)?.flattenedFields) || []
}

/**
 * Names every invalid field by its label in the request's language (Dutch unless the client asks
 * otherwise) instead of its code name: "Het volgende veld is ongeldig: Openingstijden", not
 * "…: openingHours". Payload labels the errors of its own field validation; errors raised elsewhere
 * (the input-shape guard, the password policy, upload checks) carry only a path, and some carry
 * Payload's English summary because they were raised without a translator. A message that says
 * more than the summary (an upload's reason) is kept.
 */
export const nameFieldsByLabel = (
  response: { errors?: ErrorEntry[] },
  req: PayloadRequest,
  collection?: string,
): { errors: ErrorEntry[] } | undefined => {
  const unlabelled = (entry: ErrorEntry) =>
    Array.isArray(entry.data?.errors) && entry.data.errors.some((detail) => typeof detail?.label !== 'string')
  if (!req?.i18n || !response?.errors?.some((entry) => unlabelled(entry) || isSummary(entry.message, req)))
    return undefined
  return {
    ...response,
    errors: response.errors.map((entry) => {
      const details = entry.data?.errors
      if (!entry.data || !Array.isArray(details) || !details.length) return entry
      const fields = fieldsOf(entry.data, req, collection)
      const labelled = details.map((detail) => ({
        ...(detail ?? {}),
        label:
          typeof detail?.label === 'string'
            ? detail.label
            : typeof detail?.path === 'string'
              ? (fieldLabel(fields, detail.path, req.i18n) ?? detail.path)
              : undefined,
      }))
      const names = labelled.map((detail) => detail.label).filter(Boolean)
      const message = isSummary(entry.message, req)
        ? `${req.t('error:followingFieldsInvalid', { count: details.length })} ${names.join(', ')}`
        : entry.message
      return { ...entry, message, data: { ...entry.data, errors: labelled } }
    }),
  }
}

/** Config-level afterError hook: every REST validation error with its reasons, naming fields by their labels. */
export const keepValidationDetails: AfterErrorHook = ({ collection, error, req, result }) => {
  const restored = restoreErrorDetails(error, result)
  const response = restored ?? (result as { errors?: ErrorEntry[] })
  const named = nameFieldsByLabel(response, req, collection?.slug)
  const final = named ?? restored
  return final ? { response: final as Record<string, unknown> } : undefined
}
