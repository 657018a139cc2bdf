import { v5 as uuidv5 } from 'uuid'

/** Fixed namespace for Infopunt's HSDS identifiers. */
const NAMESPACE = '6f1c3e0a-2b7d-5c4e-9a1f-3d8b2e6c4a10'

/**
 * HSDS wants UUIDs; our ids are numbers (SQLite) or ObjectIds (MongoDB). A name-based UUID (v5)
 * of kind and id is stable for as long as the record exists, and needs no extra stored field.
 */
export const hsdsId = (kind: string, id: number | string): string => uuidv5(`${kind}:${id}`, NAMESPACE)
