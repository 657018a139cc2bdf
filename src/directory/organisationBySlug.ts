import type { Payload } from 'payload'

import { idOf, type Id } from '@/lib/relations'

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
  if (!organisation) return undefined
  const own = String(idOf(organisation.network)) === String(network)
  return {
    ...organisation,
    referral: referralNotesInView(organisation, offered),
    // A regional organisation's services keep their own network's referral notes; here the offer's count.
    services: own
      ? organisation.services
      : organisation.services && {
          ...organisation.services,
          docs: organisation.services.docs?.map((service) =>
            typeof service === 'object' ? { ...service, referral: null } : service,
          ),
        },
  }
}
