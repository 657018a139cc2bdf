import { cache } from 'react'

import { currentUser } from '@/auth/currentUser'
import { DEFAULT_PRIMARY_COLOUR } from '@/brand/defaults'
import { isHexColour } from '@/lib/contrast'
import { pageNetwork } from '@/networks/current'
import { getPayloadClient } from '@/payloadClient'
import type { Media, Network } from '@/payload-types'

export interface BrandSettings {
  name: string
  primaryColour: string
  introText: string
  /** The network's logo, for printed reports: its address and its text alternative. */
  logo: { url: string; alt: string } | null
}

/** A logo as read at depth 1: the image, or only its id when it could not be read. */
const logoOf = (logo: number | Media | null | undefined): BrandSettings['logo'] =>
  typeof logo === 'object' && logo?.url ? { url: logo.url, alt: logo.alt ?? '' } : null

/**
 * The brand, read once per request: the current network's own where it has one (name, logo, colour,
 * welcome text), else the installation's (the Brand global). The login page, without a user, shows
 * the installation's.
 */
export const getBrand = cache(async (): Promise<BrandSettings> => {
  const [payload, user] = await Promise.all([getPayloadClient(), currentUser()])
  const network = user ? pageNetwork(user) : null
  const [brand, own] = await Promise.all([
    payload.findGlobal({ slug: 'brand', depth: 1 }),
    network === null
      ? undefined
      : payload
          .findByID({ collection: 'networks', id: network, depth: 1, select: { brand: true }, disableErrors: true })
          .then((doc) => (doc as Pick<Network, 'brand'> | null)?.brand),
  ])
  const colour = [own?.primaryColour, brand.primaryColour].find(isHexColour)
  return {
    name: own?.name || brand.name || 'Infopunt',
    primaryColour: colour ?? DEFAULT_PRIMARY_COLOUR,
    introText: own?.introText || brand.introText || '',
    logo: logoOf(own?.logo) ?? logoOf(brand.logo),
  }
})
