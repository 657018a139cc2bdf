/** A document id: a number on SQLite, a string on MongoDB; opaque either way. */
export type Id = number | string

/** A relationship value as Payload gives it: the id, or the document when populated. */
export type Relation<T extends Id = Id> = T | { id: T }

/** The id of a relationship value, populated or not; an empty value stays as it is. */
export function idOf<T extends Id>(value: Relation<T>): T
export function idOf<T extends Id>(value: Relation<T> | null | undefined): T | null | undefined
export function idOf<T extends Id>(value: Relation<T> | null | undefined): T | null | undefined {
  return value && typeof value === 'object' ? value.id : value
}
