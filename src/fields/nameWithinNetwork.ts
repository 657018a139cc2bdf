import type { CollectionConfig, TextField, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { idOf, type Relation } from '@/lib/relations'

type NamedPerNetwork = 'trainings' | 'locations'

/**
 * A record's name, unique within its network. Another network may use the same name, and must not
 * learn that it does: a name unique across the installation answered "must be unique" for a name
 * only another network had. The database holds the same rule as an index on network and name
 * (`namedPerNetwork`), for two saves at once.
 */
export const nameWithinNetworkField = (collection: NamedPerNetwork, taken: string): TextField => {
  const validate: TextFieldSingleValidation = async (value, args) => {
    const basic = await text(value, args)
    if (basic !== true || typeof value !== 'string') return basic
    const { req, id, data } = args
    const network = idOf((data as { network?: Relation | null } | undefined)?.network)
    if (network === null || network === undefined) return true
    const { totalDocs } = await req.payload.count({
      collection,
      overrideAccess: true,
      req,
      where: {
        and: [
          { network: { equals: network } },
          { name: { equals: value } },
          ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
        ],
      },
    })
    return totalDocs === 0 ? true : taken
  }
  return { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' }, required: true, index: true, validate }
}

/** The database's side of the rule: one name per network. */
export const namedPerNetwork: NonNullable<CollectionConfig['indexes']> = [{ fields: ['network', 'name'], unique: true }]
