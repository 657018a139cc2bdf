import {
  validations,
  type Config,
  type Field,
  type PayloadRequest,
  type RelationshipField,
  type UploadField,
  type Validate,
} from 'payload'

import { idOf, type Id, type Relation } from '@/lib/relations'

import { mapConfigFields } from './mapFields'

type Ref = Relation | { relationTo: string; value: Id } | null | undefined

/** The id of a relationship value; a polymorphic one holds `{ relationTo, value }`. */
const refId = (ref: Ref) => (ref && typeof ref === 'object' && 'relationTo' in ref ? ref.value : idOf(ref))

const missingIds = async (req: PayloadRequest, collection: string, value: unknown) => {
  const ids = [
    ...new Set(
      (Array.isArray(value) ? value : [value])
        .map((ref) => refId(ref as Ref))
        .filter((id): id is number | string => id !== null && id !== undefined && id !== ''),
    ),
  ]
  if (ids.length === 0) return []
  // The signed-in user was read from the database for this very request.
  if (req.user && collection === req.user.collection && ids.length === 1 && String(ids[0]) === String(req.user.id))
    return []
  // One count through the database adapter answers the common case (all exist) without running a
  // whole find operation; only a mismatch looks up which ids are missing.
  const where = { id: { in: ids } }
  const { totalDocs } = await req.payload.db.count({ collection: collection as 'users', where, req })
  if (totalDocs === ids.length) return []
  const { docs } = await req.payload.db.find({
    collection: collection as 'users',
    where,
    limit: ids.length,
    pagination: false,
    req,
    select: { id: true },
  })
  const found = new Set(docs.map((doc) => String(doc.id)))
  return ids.filter((id) => !found.has(String(id)))
}

const withExistenceCheck = (field: RelationshipField | UploadField): Validate => {
  const base = (field.validate ?? validations[field.type as 'relationship' | 'upload']) as Validate
  return async (value, options) => {
    const result = await base(value, options)
    // Payload words a malformed id in English only; say it in Dutch like every other message.
    if (
      typeof result === 'string' &&
      result.startsWith('This relationship field has the following invalid relationships')
    )
      return 'Deze keuze is ongeldig of bestaat niet (meer). Kies een bestaand item.'
    if (typeof field.relationTo !== 'string' || (result !== true && typeof result !== 'string')) return result
    // Also when the field's filter refused the choice: "does not exist" is the clearer reason for an id
    // no document has.
    const missing = await missingIds(options.req, field.relationTo, value).catch(() => [])
    if (missing.length > 0) return `Deze keuze bestaat niet (meer): ${missing.join(', ')}. Kies een bestaand item.`
    return result
  }
}

const addExistenceCheck = (field: Field): Field =>
  field.type === 'relationship' || field.type === 'upload'
    ? ({ ...field, validate: withExistenceCheck(field) } as Field)
    : field

/**
 * Relationship and upload fields accept only ids of documents that exist. Without this a wrong id
 * reaches the database, where SQLite's foreign keys turn it into a 500 and MongoDB stores a
 * dangling reference; with it the API answers 400 naming the field.
 */
export const relationshipIntegrity = (config: Config): Config => mapConfigFields(config, addExistenceCheck)
