import type { Payload } from 'payload'

import type { Id } from '@/lib/relations'

/** A network's active organisation with its active services, for the detail page and the referral card. */
export const findActiveOrganisation = async (payload: Payload, slug: string, network: Id | null) => {
  if (network === null) return undefined
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { and: [{ slug: { equals: slug } }, { status: { equals: 'active' } }, { network: { equals: network } }] },
    depth: 1,
    limit: 1,
    joins: { services: { limit: 50, where: { status: { equals: 'active' } } } },
  })
  return docs[0]
}
