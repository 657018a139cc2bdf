import type { Payload, Where } from 'payload'

import { domainOptions, kindOfHelpOptions, targetGroupOptions } from '@/fields/directory'
import { languageOptions } from '@/fields/serviceDetails'
import { pointOf, type Point } from '@/lib/geo'
import { labelOf } from '@/lib/options'
import { idOf, type Id, type Relation } from '@/lib/relations'
import { plainText } from '@/lib/richText'
import type { Organisation, Service, Theme } from '@/payload-types'

import { weeklyMinutes } from './openNow'
import { offersOf, organisationsInView, referralNotesInView, servicesInView } from './regional'

/** One searchable item of the Wegwijzer: an organisation, or one service of an organisation. */
export interface DirectoryEntry {
  key: string
  type: 'organisation' | 'service'
  id: Id
  name: string
  slug: string
  organisation?: { id: Id; name: string; slug: string }
  shortDescription: string
  description: string
  themeText: string
  themes: { value: string; label: string }[]
  targetGroups: string[]
  domains: string[]
  kindOfHelp: string
  kinds: string[]
  areasServed: string[]
  contact: { phone?: string | null; email?: string | null; website?: string | null }
  referral: { instructions?: string | null; contactPerson?: string | null; email?: string | null }
  lastVerifiedAt?: string | null
  eligibility?: string | null
  cost?: { kind?: string | null; amount?: number | null; note?: string | null } | null
  /** Language codes (see `languageOptions`). */
  languages: string[]
  applicationProcess?: string | null
  /** Where the help is offered: the service's own locations, else its organisation's address. */
  places: Place[]
  /** Opening periods as minutes since Monday 00:00 (see `weeklyMinutes`); the organisation's when the service has none. */
  openRanges: number[]
  hasOpeningHours: boolean
}

export interface Place {
  name: string
  address: string
  point: Point | null
  accessibility: string[]
  accessibilityNote?: string | null
}

type Address = { street?: string | null; postalCode?: string | null; city?: string | null } | null | undefined
const addressLine = (address: Address) =>
  [address?.street, [address?.postalCode, address?.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')

export const facetLabels = {
  targetGroup: (value: string) => labelOf(targetGroupOptions, value),
  domain: (value: string) => labelOf(domainOptions, value),
  kind: (value: string) => labelOf(kindOfHelpOptions, value),
  language: (value: string) => labelOf(languageOptions, value),
}

const idsOf = (refs: Relation[] | null | undefined) => (refs ?? []).map((ref) => String(idOf(ref)))

/**
 * Everything one network's index needs, read through the Local API in four queries: its own
 * organisations and services, and the regional ones it offers, with its own referral notes.
 */
export const loadDirectoryEntries = async (payload: Payload, network: Id): Promise<DirectoryEntry[]> => {
  const offered = await offersOf(payload, network)
  const active = (view: Where): Where => ({ and: [{ status: { equals: 'active' } }, view] })
  const [themes, organisations, services] = await Promise.all([
    payload.find({ collection: 'themes', depth: 0, pagination: false }),
    payload.find({
      collection: 'organisations',
      depth: 0,
      pagination: false,
      where: active(organisationsInView(network, offered)),
    }),
    payload.find({
      collection: 'services',
      depth: 0,
      pagination: false,
      where: active(servicesInView(network, offered)),
    }),
  ])
  const themeById = new Map(themes.docs.map((theme) => [String(theme.id), theme as Theme]))
  // A theme's words: its name, synonyms and the name of its parent theme.
  const themeWords = (id: string) => {
    const theme = themeById.get(id)
    if (!theme) return ''
    const parent = theme.parent ? themeById.get(String(idOf(theme.parent))) : undefined
    return [theme.name, ...(theme.synonyms ?? []), parent?.name ?? ''].join(' ')
  }
  const themeFacet = (ids: string[]) =>
    ids.filter((id) => themeById.has(id)).map((id) => ({ value: id, label: themeById.get(id)!.name }))
  const kindsOf = (kind: string) => (kind === 'both' ? ['formal', 'informal'] : [kind])

  const organisationEntries = (organisations.docs as Organisation[]).map((organisation): DirectoryEntry => {
    const themeIds = idsOf(organisation.themes)
    return {
      key: `organisation:${organisation.id}`,
      type: 'organisation',
      id: organisation.id,
      name: organisation.name,
      slug: organisation.slug ?? '',
      shortDescription: organisation.shortDescription,
      description: plainText(organisation.description),
      themeText: themeIds.map(themeWords).join(' '),
      themes: themeFacet(themeIds),
      targetGroups: organisation.targetGroups ?? [],
      domains: organisation.domains ?? [],
      kindOfHelp: organisation.kindOfHelp,
      kinds: kindsOf(organisation.kindOfHelp),
      areasServed: organisation.areasServed ?? [],
      contact: {
        phone: organisation.contact?.phone,
        email: organisation.contact?.email,
        website: organisation.contact?.website,
      },
      referral: referralNotesInView(organisation, offered),
      lastVerifiedAt: organisation.lastVerifiedAt,
      eligibility: organisation.eligibility,
      cost: organisation.cost,
      languages: organisation.languages ?? [],
      applicationProcess: organisation.applicationProcess,
      places: addressLine(organisation.contact?.address)
        ? [
            {
              name: organisation.name,
              address: addressLine(organisation.contact?.address),
              point: pointOf(organisation.contact?.address),
              accessibility: organisation.accessibility?.features ?? [],
              accessibilityNote: organisation.accessibility?.note,
            },
          ]
        : [],
      openRanges: weeklyMinutes(organisation.openingHours ?? []),
      hasOpeningHours: Boolean(organisation.openingHours?.length),
    }
  })
  const organisationById = new Map(organisationEntries.map((entry) => [String(entry.id), entry]))
  // Regional organisations of other networks: their services' own referral notes are the other
  // network's way of working; this network's desks follow their offer's (the organisation's entry).
  const offeredHere = new Set(
    (organisations.docs as Organisation[])
      .filter((organisation) => String(idOf(organisation.network)) !== String(network))
      .map((organisation) => String(organisation.id)),
  )

  const serviceEntries = (services.docs as Service[]).flatMap((service): DirectoryEntry[] => {
    const owner = organisationById.get(String(idOf(service.organisation)))
    if (!owner) return [] // the organisation is inactive: so are its services
    const themeIds = idsOf(service.themes)
    return [
      {
        key: `service:${service.id}`,
        type: 'service',
        id: service.id,
        name: service.name,
        slug: service.slug ?? '',
        organisation: { id: owner.id, name: owner.name, slug: owner.slug },
        shortDescription: service.description,
        description: owner.name,
        themeText: themeIds.map(themeWords).join(' '),
        themes: themeFacet(themeIds),
        targetGroups: service.targetGroups ?? [],
        domains: service.domains ?? [],
        kindOfHelp: service.kindOfHelp,
        kinds: kindsOf(service.kindOfHelp),
        areasServed: service.areasServed?.length ? service.areasServed : owner.areasServed,
        contact: {
          phone: service.contact?.phone || owner.contact.phone,
          email: service.contact?.email || owner.contact.email,
          website: service.contact?.website || owner.contact.website,
        },
        referral: offeredHere.has(String(owner.id))
          ? owner.referral
          : {
              instructions: service.referral?.instructions || owner.referral.instructions,
              contactPerson: service.referral?.contactPerson || owner.referral.contactPerson,
              email: service.referral?.email || owner.referral.email,
            },
        lastVerifiedAt: owner.lastVerifiedAt,
        eligibility: service.eligibility,
        cost: service.cost,
        languages: service.languages ?? [],
        applicationProcess: service.applicationProcess,
        places: service.venues?.length
          ? service.venues.map((venue) => ({
              name: venue.name,
              address: addressLine(venue.address),
              point: pointOf(venue.address),
              accessibility: venue.accessibility?.features ?? [],
              accessibilityNote: venue.accessibility?.note,
            }))
          : owner.places,
        openRanges: service.openingHours?.length ? weeklyMinutes(service.openingHours) : owner.openRanges,
        hasOpeningHours: Boolean(service.openingHours?.length) || owner.hasOpeningHours,
      },
    ]
  })
  return [...organisationEntries, ...serviceEntries]
}
