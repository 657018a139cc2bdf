import type { Payload } from 'payload'

import type { Kern, Municipality } from '@/payload-types'

import { findOrCreate, type SeedReq } from './upsert'

/**
 * The network's area as its Infopunten name it: each municipality and kern once, the kernen in their
 * municipality. Returns a kern's id by "municipality/kern".
 */
export const seedArea = async (payload: Payload, req: SeedReq, places: { municipality: string; kern: string }[]) => {
  const municipalities = new Map<string, Municipality>()
  const kernen = new Map<string, Kern>()
  for (const { municipality: name, kern } of places) {
    let municipality = municipalities.get(name)
    if (!municipality) {
      municipality = (await findOrCreate(payload, 'municipalities', { name: { equals: name } }, { name }, { req }))
        .doc as Municipality
      municipalities.set(name, municipality)
    }
    const key = `${name}/${kern}`
    if (!kernen.has(key))
      kernen.set(
        key,
        (
          await findOrCreate(
            payload,
            'kernen',
            { and: [{ name: { equals: kern } }, { municipality: { equals: municipality.id } }] },
            { name: kern, municipality: municipality.id },
            { req },
          )
        ).doc as Kern,
      )
  }
  return kernen
}
