import { cache } from 'react'

import { currentUser } from '@/auth/currentUser'
import { getBrand } from '@/brand/load'
import { idOf } from '@/lib/relations'
import type { Location, ReferralMailbox, Service, User } from '@/payload-types'
import { loadBackupContacts } from '@/locations/backup'
import { pageNetwork } from '@/networks/current'
import { getPayloadClient } from '@/payloadClient'
import { findOwnReferral } from '@/referrals/code'

import { findActiveOrganisation } from './organisationBySlug'
import { deskOrigin } from './origin'
import { entryDetails, isVerificationOverdue, searchDirectory, type DirectorySearchParams } from './search'

/**
 * One read per request: an organisation's page and its `generateMetadata` both ask for it. Only the
 * current network's: another network's organisation is not found.
 */
export const getActiveOrganisation = cache(async (slug: string) => {
  const user = await currentUser()
  return user ? findActiveOrganisation(await getPayloadClient(), slug, pageNetwork(user)) : undefined
})

type ActiveOrganisation = NonNullable<Awaited<ReturnType<typeof getActiveOrganisation>>>

const servicesOf = (organisation: ActiveOrganisation) =>
  (organisation.services?.docs ?? []).filter((service): service is Service => typeof service === 'object')

/**
 * /wegwijzer: one page of search results with the facets' counts, and the desk worker's own Infopunt
 * (sorting by distance measures from there).
 */
export const loadDirectoryPage = async (user: User, params: DirectorySearchParams, byDistance: boolean) => {
  const payload = await getPayloadClient()
  const origin = await deskOrigin(payload, user)
  const near = byDistance ? origin?.point : null
  return { result: await searchDirectory(payload, pageNetwork(user), { ...params, near }), origin }
}

/** The Infopunten's back-up, shown when a search finds nothing or little. */
export const loadBackupContactsFor = async (user: User) => loadBackupContacts(await getPayloadClient(), user)

/**
 * /wegwijzer/<slug>: the organisation with its active services, and the referral mailbox of the
 * desk worker's own Infopunt. Null when there is no active organisation by that slug.
 */
export const loadOrganisationPage = async (user: User, slug: string) => {
  const organisation = await getActiveOrganisation(slug)
  if (!organisation) return null
  const payload = await getPayloadClient()
  const locationId = idOf(user.defaultLocation)
  const mailboxes = locationId
    ? (
        await payload.find({
          collection: 'referral-mailboxes',
          where: { location: { equals: locationId } },
          depth: 1,
          limit: 1,
        })
      ).docs
    : []
  const mailbox = mailboxes[0] as ReferralMailbox | undefined
  const deskName =
    mailbox && typeof mailbox.location === 'object' && mailbox.location ? mailbox.location.name : 'het Infopunt'
  const origin = (await deskOrigin(payload, user))?.point
  const services = servicesOf(organisation)
  const [details, ...serviceDetails] = await entryDetails(
    payload,
    pageNetwork(user),
    [`organisation:${organisation.id}`, ...services.map((service) => `service:${service.id}`)],
    origin,
  )
  return {
    organisation,
    details,
    services: services.map((service, at) => ({ service, details: serviceDetails[at] })),
    mailbox,
    deskName,
    overdue: isVerificationOverdue(organisation.lastVerifiedAt),
    keptBy: keptElsewhere(organisation, user),
  }
}

/** For a regional organisation of another network: the name of the network that keeps its details. */
const keptElsewhere = (organisation: ActiveOrganisation, user: User): string | null => {
  const network = organisation.network
  if (String(idOf(network)) === String(pageNetwork(user))) return null
  return typeof network === 'object' && network ? network.name : 'een ander netwerk'
}

/**
 * /wegwijzer/<slug>/verwijskaart[?code=…]: the organisation, the desk worker's own Infopunt, the
 * brand, and the referral whose code the card carries (one of the user's own, to this organisation).
 */
export const loadReferralCard = async (user: User, slug: string, code?: string) => {
  const organisation = await getActiveOrganisation(slug)
  if (!organisation) return null
  const payload = await getPayloadClient()
  const locationId = idOf(user.defaultLocation)
  const location = locationId
    ? ((await payload.findByID({ collection: 'locations', id: locationId, depth: 0 })) as Location)
    : undefined
  const referral = code ? await findOwnReferral(payload, user, organisation.id, code) : undefined
  return { organisation, services: servicesOf(organisation), location, referral, brand: await getBrand() }
}
