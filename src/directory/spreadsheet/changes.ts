import { columnByKey, type ColumnKey } from './columns'

/** Where a column's value lies in an organisation (the rest lie at the top, under the column's key). */
const nestedColumns: [string, ColumnKey][] = [
  ['contact.phone', 'phone'],
  ['contact.email', 'email'],
  ['contact.website', 'website'],
  ['contact.address.street', 'street'],
  ['contact.address.postalCode', 'postalCode'],
  ['contact.address.city', 'city'],
  ['contact.address.latitude', 'latitude'],
  ['contact.address.longitude', 'longitude'],
  ['referral.contactPerson', 'contactPerson'],
  ['referral.email', 'referralEmail'],
  ['referral.instructions', 'referralInstructions'],
  ['cost.kind', 'costKind'],
  ['cost.amount', 'costAmount'],
  ['cost.note', 'costNote'],
  ['accessibility.features', 'accessibility'],
  ['accessibility.note', 'accessibilityNote'],
]
const columnAt = new Map<string, ColumnKey>(nestedColumns)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The values a row sets, by their path in the organisation ('contact.phone'). */
const leaves = (data: Record<string, unknown>, prefix = ''): [string, unknown][] =>
  Object.entries(data).flatMap(([key, value]) =>
    isPlainObject(value) ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  )

const at = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), doc)

/** A stored value and a value read from a cell, in one comparable form. */
const comparable = (path: string, value: unknown): string => {
  // Nothing, an empty text and an empty list all mean "not filled in".
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) return ''
  // A day is all a spreadsheet says of the last check.
  if (path === 'lastVerifiedAt' && typeof value === 'string') return value.slice(0, 10)
  if (Array.isArray(value)) {
    const items = value.map((item) => {
      if (!isPlainObject(item)) return String(item)
      // Array rows carry an id of their own once stored; a row read from a cell has none.
      const { id: _id, ...rest } = item
      return JSON.stringify(
        Object.fromEntries(
          Object.entries(rest)
            .filter(([, field]) => field != null)
            .sort(),
        ),
      )
    })
    // The order of a list of values (themes, languages) means nothing; opening hours keep theirs.
    return JSON.stringify(path === 'openingHours' ? items : items.sort())
  }
  return String(value).trim()
}

/**
 * The columns of a row that would change an existing organisation, as their Dutch headers, in the
 * spreadsheet's order. None: importing the row would change nothing.
 */
export const changedColumns = (data: Record<string, unknown>, existing: Record<string, unknown>): string[] => {
  const changed = new Set<ColumnKey>()
  for (const [path, value] of leaves(data)) {
    if (comparable(path, value) === comparable(path, at(existing, path))) continue
    const key = columnAt.get(path) ?? (path as ColumnKey)
    if (columnByKey.has(key)) changed.add(key)
  }
  return [...columnByKey.keys()].filter((key) => changed.has(key)).map((key) => columnByKey.get(key)!.header)
}
