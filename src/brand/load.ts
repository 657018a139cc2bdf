import { cache } from 'react'

import { DEFAULT_PRIMARY_COLOUR } from '@/brand/defaults'
import { isHexColour } from '@/lib/contrast'
import { getPayloadClient } from '@/payloadClient'

export interface BrandSettings {
  name: string
  primaryColour: string
  introText: string
}

/** The brand global, read once per request. Shown on the login page too, so read without a user. */
export const getBrand = cache(async (): Promise<BrandSettings> => {
  const payload = await getPayloadClient()
  const brand = await payload.findGlobal({ slug: 'brand', depth: 0 })
  return {
    name: brand.name || 'Infopunt',
    primaryColour: isHexColour(brand.primaryColour) ? brand.primaryColour : DEFAULT_PRIMARY_COLOUR,
    introText: brand.introText ?? '',
  }
})
