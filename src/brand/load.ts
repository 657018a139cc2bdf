import { cache } from 'react'

import { currentUser } from '@/auth/currentUser'
import { pageNetwork } from '@/networks/current'
import { getPayloadClient } from '@/payloadClient'

import { brandOf, type BrandSettings } from './resolve'

export type { BrandSettings }

/** The brand of the current network (the installation's without a user), read once per request. */
export const getBrand = cache(async (): Promise<BrandSettings> => {
  const [payload, user] = await Promise.all([getPayloadClient(), currentUser()])
  return brandOf(payload, user ? pageNetwork(user) : null)
})
