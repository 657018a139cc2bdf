import type { Payload } from 'payload'

import { DEFAULT_PRIMARY_COLOUR } from '@/brand/defaults'
import { isHexColour } from '@/lib/contrast'
import type { Id } from '@/lib/relations'
import type { Media, Network } from '@/payload-types'

export interface BrandSettings {
  name: string
  primaryColour: string
  introText: string
  /** The network's logo, for the header and printed reports: its address and its text alternative. */
  logo: { url: string; alt: string } | null
}

/** A logo as read at depth 1: the image, or only its id when it could not be read. */
const logoOf = (logo: number | Media | null | undefined): BrandSettings['logo'] =>
  typeof logo === 'object' && logo?.url ? { url: logo.url, alt: logo.alt ?? '' } : null

/**
 * A network's brand: its own name, logo, colour and welcome text where it has them, else the
 * installation's (the Brand global); the installation's alone for no network (the login page).
 */
export const brandOf = async (payload: Payload, network: Id | null): Promise<BrandSettings> => {
  const [brand, own] = await Promise.all([
    payload.findGlobal({ slug: 'brand', depth: 1 }),
    network === null
      ? undefined
      : payload
          .findByID({ collection: 'networks', id: network, depth: 1, select: { brand: true }, disableErrors: true })
          .then((doc) => (doc as Pick<Network, 'brand'> | null)?.brand),
  ])
  return {
    name: own?.name || brand.name || 'Infopunt',
    primaryColour: [own?.primaryColour, brand.primaryColour].find(isHexColour) ?? DEFAULT_PRIMARY_COLOUR,
    introText: own?.introText || brand.introText || '',
    logo: logoOf(own?.logo) ?? logoOf(brand.logo),
  }
}
