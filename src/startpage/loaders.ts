import { getBrand } from '@/brand/load'
import type { User } from '@/payload-types'
import { getPayloadClient } from '@/payloadClient'

import { loadStartpage } from './load'

/** The startpage as this user sees it; `draft` shows the unpublished version (editors only). */
export const loadHomePage = async (user: User, { draft }: { draft: boolean }) => {
  const [payload, brand] = await Promise.all([getPayloadClient(), getBrand()])
  return loadStartpage(payload, user, { draft, introFallback: brand.introText })
}
