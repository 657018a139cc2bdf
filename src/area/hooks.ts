import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  FieldHook,
  Validate,
} from 'payload'
import { APIError } from 'payload'

import type { Kern, Location } from '@/payload-types'
import { idOf, type Id } from '@/lib/relations'

/** A place's name as written once: without spaces around it or doubled inside it. */
const tidy = (name: string) => name.trim().replace(/\s+/g, ' ')

export const tidyName: FieldHook = ({ value }) => (typeof value === 'string' ? tidy(value) : value)

/**
 * A name used once in its scope, whatever its capitals: a municipality's within its network, a kern's
 * within its municipality. Read past the editor's rights, so that a name taken is named as taken.
 */
export const uniqueWithin =
  (collection: 'municipalities' | 'kernen', scope: 'network' | 'municipality', message: string): Validate =>
  async (value, { req, id, siblingData }) => {
    const name = typeof value === 'string' ? tidy(value).toLocaleLowerCase('nl') : ''
    const within = idOf((siblingData as Record<string, unknown>)[scope] as Id | null | undefined)
    if (!name || within === undefined || within === null) return true
    const { docs } = await req.payload.find({
      collection,
      where: { [scope]: { equals: within } },
      select: { name: true },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
    const taken = docs.some((doc) => String(doc.id) !== String(id) && doc.name.toLocaleLowerCase('nl') === name)
    return taken ? message : true
  }

/** An Infopunt stands in a kern. */
export const kernChosen: Validate = (value) =>
  value === undefined || value === null || value === '' ? 'Kies de kern van het Infopunt.' : true

/** An Infopunt's municipality is its kern's: chosen once, never two that disagree. */
export const municipalityOfTheKern: CollectionBeforeChangeHook<Location> = async ({ data, originalDoc, req }) => {
  const kern = idOf((data.kern ?? originalDoc?.kern) as Id | null | undefined)
  if (kern === undefined || kern === null) return data
  const found = await req.payload.findByID({
    collection: 'kernen',
    id: kern,
    depth: 0,
    req,
    // With the editor's rights: another network's kern is not found here, and refused as the kern's choice.
    overrideAccess: !req.user,
    disableErrors: true,
    select: { municipality: true },
  })
  return found ? { ...data, municipality: idOf(found.municipality) as Location['municipality'] } : data
}

/** A kern moved to another municipality takes its Infopunten along. */
export const infopuntenFollowTheirKern: CollectionAfterChangeHook<Kern> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const municipality = idOf(doc.municipality)
  if (operation !== 'update' || String(idOf(previousDoc?.municipality)) === String(municipality)) return doc
  await req.payload.update({
    collection: 'locations',
    where: { kern: { equals: doc.id } },
    data: { municipality: municipality as Location['municipality'] },
    req,
    overrideAccess: true,
  })
  return doc
}

/** A municipality or kern still named by an Infopunt or kern is kept: deleting it would leave them without one. */
export const keptWhileUsed =
  (
    uses: { collection: CollectionSlug; field: string; refusal: (count: number) => string }[],
  ): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    for (const { collection, field, refusal } of uses) {
      const { totalDocs } = await req.payload.count({
        collection,
        where: { [field]: { equals: id } },
        req,
        overrideAccess: true,
      })
      if (totalDocs > 0) throw new APIError(refusal(totalDocs), 400, null, true)
    }
  }
