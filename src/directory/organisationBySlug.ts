import type { Payload } from 'payload'

import type { Id } from '@/lib/relations'

import { offersOf, organisationsInView, referralNotesInView } from './regional'

/**
 * An active organisation of a network's view (its own, or a regional one it offers) with its active
 * services, for the detail page and the referral card; the referral notes are the network's.
 */
export const findActiveOrganisation = async (payload: Payload, slug: string, network: Id | null) => {
  if (network === null) return undefined
  const offered = await offersOf(payload, network)
  const { docs } = await payload.find({
    collection: 'organisations',
    where: {
      and: [{ slug: { equals: slug } }, { status: { equals: 'active' } }, organisationsInView(network, offered)],
    },
    depth: 1,
    limit: 1,
    joins: { services: { limit: 50, where: { status: { equals: 'active' } } } },
  })
  const organisation = docs[0]
  return organisation && { ...organisation, referral: referralNotesInView(organisation, offered) }
}
