/** A field's reason in a validation error, as Payload's ValidationError carries it. */
export interface FieldError {
  path?: string
  message: string
  label?: string
}

/**
 * Payload's ValidationError, told apart by its shape (`data.errors`), not by `instanceof` or its
 * name: the production bundle can hold two copies of the class and shortens class names.
 */
export const isValidationError = (error: unknown): error is Error & { data: { errors: FieldError[] } } =>
  typeof error === 'object' && error !== null && Array.isArray((error as { data?: { errors?: unknown } }).data?.errors)
