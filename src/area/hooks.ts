import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  Validate,
} from 'payload'
import { APIError } from 'payload'

import type { Kern, Location } from '@/payload-types'
import { idOf, type Id } from '@/lib/relations'

/**
 * A name used once in its scope: a municipality's within its network, a kern's within its
 * municipality. Read past the editor's rights, so that a name taken is named as taken.
 */
export const uniqueWithin =
  (collection: 'municipalities' | 'kernen', scope: 'network' | 'municipality', message: string): Validate =>
  async (value, { req, id, siblingData }) => {
    const name = typeof value === 'string' ? value.trim() : ''
    if (!name) return true
    const within = idOf((siblingData as Record<string, unknown>)[scope] as Id | null | undefined)
    if (within === undefined || within === null) return true
    const { totalDocs } = await req.payload.count({
      collection,
      where: {
        and: [
          { name: { equals: name } },
          { [scope]: { equals: within } },
          ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
        ],
      },
      req,
      overrideAccess: true,
    })
    return totalDocs === 0 ? true : message
  }

/** An Infopunt's municipality is its kern's: chosen once, never two that disagree. */
export const municipalityOfTheKern: CollectionBeforeChangeHook<Location> = async ({ data, originalDoc, req }) => {
  const kern = idOf((data.kern ?? originalDoc?.kern) as Id | null | undefined)
  if (kern === undefined || kern === null) return data
  const found = await req.payload.findByID({
    collection: 'kernen',
    id: kern,
    depth: 0,
    req,
    overrideAccess: true,
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
