import type { Access, FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

/** Login secrets of an auth collection: nobody orders or selects by these, whatever their role. */
const LOGIN_SECRETS = new Set([
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'apiKey',
  'apiKeyIndex',
  'loginAttempts',
  'lockUntil',
  'sessions',
])

const isTrue = (result: unknown) => result === true

/**
 * A collection's read access without the condition that a record be of the reader's network: a
 * record points only at records of its own network, so ordering through the relation shows nothing
 * of another network (src/networks/plugin.ts).
 */
const readWithinNetwork = (collection: SanitizedCollectionConfig): Access =>
  (collection.custom?.readWithinNetwork as Access | undefined) ?? collection.access.read

/**
 * Whether the caller may order or select by a field path ("staff.email", "-occurredAt"). Sorting
 * happens in the database before fields are hidden from the answer, so ordering by a field one
 * may not read tells its values letter by letter. Refused: a login secret anywhere on the path, a
 * field whose own read access refuses, and a hop through a relationship into a collection the
 * caller may not read in full (its access is a query or false) — the order would reveal documents
 * beyond that query. Unknown paths are left to Payload.
 */
export const mayOrderBy = async (req: PayloadRequest, fields: FlattenedField[], path: string): Promise<boolean> => {
  const segments = path.replace(/^-/, '').replace(/__/g, '.').split('.')
  let current = fields
  for (const [index, segment] of segments.entries()) {
    if (LOGIN_SECRETS.has(segment)) return false
    const field = current.find((candidate) => 'name' in candidate && candidate.name === segment)
    if (!field) return true
    const fieldRead = 'access' in field ? field.access?.read : undefined
    if (fieldRead && !(await fieldRead({ req }))) return false
    const last = index === segments.length - 1
    if ((field.type === 'relationship' || field.type === 'upload') && !last) {
      if (typeof field.relationTo !== 'string') return false
      const related = req.payload.collections[field.relationTo]?.config
      if (!related || !isTrue(await readWithinNetwork(related)({ req }))) return false
      current = related.flattenedFields
    } else if ('flattenedFields' in field) current = field.flattenedFields
    else if (!last) return true
  }
  return true
}

/** The field paths of a `select` object: { contact: { email: true } } → ["contact.email"]. */
export const selectPaths = (select: unknown, prefix = ''): string[] =>
  select && typeof select === 'object' && !Array.isArray(select)
    ? Object.entries(select).flatMap(([key, value]) =>
        value && typeof value === 'object' ? selectPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
      )
    : []

/** The paths of a `sort` given as "a,-b", ["a", "-b"] or one path. */
export const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .filter((path): path is string => typeof path === 'string')
    .map((path) => path.trim())
    .filter(Boolean)
