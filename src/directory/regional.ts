import type { Payload, PayloadRequest, Where } from 'payload'

import { idOf, type Id } from '@/lib/relations'
import { networksOf } from '@/networks/current'
import type { Organisation, RegionalOffer } from '@/payload-types'

/**
 * Regional organisations (Humanitas, MEE, the Juridisch Loket) belong to one network, which keeps
 * their details, and are offered to the whole region. Every other network decides for itself which of
 * them its Wegwijzer shows, with a regional offer (collection `regional-offers`) that holds its own
 * referral notes. A network's view of the directory is its own organisations plus those it offers.
 */

type ReferralNotes = NonNullable<Organisation['referral']>

/** A network's regional offers, by the id of the organisation offered. */
export const offersOf = async (payload: Payload, network: Id, req?: Partial<PayloadRequest>) => {
  const { docs } = await payload.find({
    collection: 'regional-offers',
    where: { network: { equals: network } },
    depth: 0,
    pagination: false,
    req,
  })
  return new Map((docs as RegionalOffer[]).map((offer) => [String(idOf(offer.organisation)), offer]))
}

/** The organisations of a network's view: its own, and the regional ones it offers (still regional). */
export const organisationsInView = (network: Id, offered: Map<string, RegionalOffer>): Where => ({
  or: [
    { network: { equals: network } },
    { and: [{ regional: { equals: true } }, { id: { in: [...offered.keys()] } }] },
  ],
})

/**
 * The services of a network's view: its own, and those of the regional organisations it offers (an
 * organisation that is no longer regional drops out of the view, and its services with it, where the
 * view's organisations are joined to their services).
 */
export const servicesInView = (network: Id, offered: Map<string, RegionalOffer>): Where => ({
  or: [{ network: { equals: network } }, { organisation: { in: [...offered.keys()] } }],
})

/** The referral notes a network's desk sees: its offer's, where it wrote them, else the organisation's own. */
export const referralNotesInView = (
  organisation: Pick<Organisation, 'id' | 'referral'>,
  offered: Map<string, RegionalOffer>,
): ReferralNotes => {
  const own = organisation.referral ?? {}
  const offer = offered.get(String(organisation.id))?.referral
  return {
    instructions: offer?.instructions || own.instructions,
    contactPerson: offer?.contactPerson || own.contactPerson,
    email: offer?.email || own.email,
  }
}

/** The networks that offer an organisation (their Wegwijzer shows it), for their directory stamps. */
export const offeringNetworks = async (payload: Payload, organisation: Id, req?: Partial<PayloadRequest>) => {
  const { docs } = await payload.find({
    collection: 'regional-offers',
    where: { organisation: { equals: organisation } },
    depth: 0,
    pagination: false,
    select: { network: true },
    req,
  })
  return docs.flatMap((offer) => {
    const network = idOf((offer as Pick<RegionalOffer, 'network'>).network)
    return network === null || network === undefined ? [] : [network]
  })
}

/** Read access beyond one's own network: a regional organisation, and the services of one. */
export const regionalOrganisations: Where = { regional: { equals: true } }
export const servicesOfRegionalOrganisations: Where = { 'organisation.regional': { equals: true } }

/**
 * A user's own network's organisations: what they keep up (checks, spreadsheet export and import),
 * without the regional ones of other networks that they may read.
 */
export const ownOrganisations = (user: PayloadRequest['user']): Where => ({ network: { in: networksOf(user) } })
