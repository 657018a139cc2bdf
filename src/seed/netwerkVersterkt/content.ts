import type { Payload } from 'payload'

import { DEFER_DIRECTORY_STAMP, markDirectoryChanged } from '@/directory/freshness'
import { paragraphs } from '@/lib/richText'
import { DEFER_STARTPAGE_STAMP, markStartpageChanged } from '@/startpage/freshness'
import type { Network, Organisation, Theme } from '@/payload-types'

import {
  linkPeople,
  monthsAgo,
  morningHours,
  nearCentre,
  officeHours,
  seedLocations,
  seedServices,
  seedUsers,
  type SeededContent,
} from '../content'
import { inNetwork } from '../inNetwork'
import { findOrCreate, type SeedReq } from '../upsert'
import { locations } from './data/locations'
import { organisations, services } from './data/organisations'
import { users } from './data/users'

/** Seed 004: the project Netwerk Versterkt in Den Helder, Hollands Kroon, Schagen and Texel. */
export const NETWERK_VERSTERKT = 'Netwerk Versterkt'

/** The network's own brand: its name in the header and on printed reports, its colour and welcome. */
const NETWERK_VERSTERKT_BRAND = {
  name: NETWERK_VERSTERKT,
  primaryColour: '#1f4e8c',
  introText:
    'Welkom bij Netwerk Versterkt: informele hulp en zorg samen, in Den Helder, Hollands Kroon, Schagen en Texel.',
}

const findOrCreateNetwork = async (payload: Payload): Promise<Network> => {
  const { docs } = await payload.find({
    collection: 'networks',
    where: { name: { equals: NETWERK_VERSTERKT } },
    limit: 1,
    depth: 0,
  })
  return (
    docs[0] ??
    payload.create({
      collection: 'networks',
      data: { name: NETWERK_VERSTERKT, brand: NETWERK_VERSTERKT_BRAND },
      depth: 0,
    })
  )
}

const seedOrganisations = async (payload: Payload, req: SeedReq, themeIds: Map<string, Theme>) => {
  const byKey = new Map<string, Organisation>()
  for (const [index, organisation] of organisations.entries()) {
    const { doc } = await findOrCreate(
      payload,
      'organisations',
      { name: { equals: organisation.name } },
      {
        name: organisation.name,
        shortDescription: organisation.short,
        description: paragraphs(...organisation.description),
        kindOfHelp: organisation.kindOfHelp,
        themes: organisation.themes.map((name) => themeIds.get(name)!.id),
        targetGroups: organisation.targetGroups as Organisation['targetGroups'],
        domains: organisation.domains as Organisation['domains'],
        areasServed: organisation.areasServed,
        contact: {
          phone: `0000-${410000 + index * 1111}`,
          email: `info@${organisation.key}.example.org`,
          website: organisation.website,
          address: {
            street: `Voorbeeldlaan ${index + 1}`,
            postalCode: organisation.postalCode,
            city: organisation.city,
            ...nearCentre(organisation.city, index),
          },
        },
        referral: {
          instructions: organisation.referral,
          contactPerson: organisation.contactPerson,
          email: `verwijzen@${organisation.key}.example.org`,
        },
        openingHours:
          organisation.hours === 'office' ? officeHours : organisation.hours === 'mornings' ? morningHours : [],
        status: 'active',
        lastVerifiedAt: monthsAgo(organisation.verifiedMonthsAgo),
        ...(organisation.regional && { regional: true }),
      },
      { req },
    )
    byKey.set(organisation.key, doc as Organisation)
  }
  await seedServices(payload, req, services, byKey, themeIds)
  return byKey
}

/**
 * The second demo network: its organisations, Infopunten, accounts and mailboxes, in one transaction
 * written into it (found or made by name). After seed 000, whose network is the installation's first;
 * the themes are the shared ones seed 000 made.
 */
export const seedNetwerkVersterkt = async (payload: Payload, themes: Map<string, Theme>): Promise<SeededContent> => {
  const network = await findOrCreateNetwork(payload)
  const content = await inNetwork(
    payload,
    network,
    async (req) => {
      const organisationIds = await seedOrganisations(payload, req, themes)
      const locationIds = await seedLocations(payload, req, locations, {
        organisation: organisationIds.get('meedewering'),
        phone: '0000-412300',
      })
      const userIds = await seedUsers(payload, req, users, organisationIds, locationIds)
      const content = { network, themes, organisations: organisationIds, locations: locationIds, users: userIds }
      await linkPeople(payload, req, content, {
        coordinator: 'coordinator@netwerkversterkt.example',
        editor: 'communicatie@netwerkversterkt.example',
        locations,
      })
      return content
    },
    { [DEFER_DIRECTORY_STAMP]: true, [DEFER_STARTPAGE_STAMP]: true },
  )
  await markDirectoryChanged(payload)
  await markStartpageChanged(payload)
  return content
}
