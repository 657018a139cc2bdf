import type { Payload } from 'payload'

import { offersOf, regionalOrganisations } from '@/directory/regional'
import type { Id } from '@/lib/relations'
import { ofNetwork } from '@/networks/where'

/** A document as reports and exports name it: its name, and for an Infopunt its municipality. */
export type Named = { id: Id; name: string; municipality?: Named | null }

/**
 * The names of a network's documents of a collection (every theme, and the regional organisations its
 * desks may have referred to: those regional now and those it offers, still named after one stops being
 * regional) by id (as text).
 */
export const namesOf = async (
  payload: Payload,
  collection: 'locations' | 'municipalities' | 'themes' | 'organisations' | 'users',
  network: Id | null,
): Promise<Map<string, Named>> => {
  if (network === null) return new Map()
  const { docs } = await payload.find({
    collection,
    where:
      collection === 'organisations'
        ? {
            or: [
              ofNetwork(collection, network)!,
              regionalOrganisations,
              { id: { in: [...(await offersOf(payload, network)).keys()] } },
            ],
          }
        : ofNetwork(collection, network),
    limit: 0,
    pagination: false,
    depth: 0,
    select: collection === 'locations' ? { name: true, municipality: true } : { name: true },
  })
  const named = new Map((docs as unknown as Named[]).map((doc) => [String(doc.id), doc]))
  if (collection !== 'locations') return named
  // An Infopunt names its municipality by id; the report and the export show the municipality's name.
  const municipalities = await namesOf(payload, 'municipalities', network)
  for (const location of named.values())
    location.municipality = municipalities.get(String(location.municipality as unknown as Id)) ?? null
  return named
}
