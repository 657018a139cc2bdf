import type { Payload } from 'payload'

import { DEFER_DIRECTORY_STAMP, markDirectoryChanged } from '@/directory/freshness'
import { paragraphs } from '@/lib/richText'
import { DEFER_STARTPAGE_STAMP, markStartpageChanged } from '@/startpage/freshness'
import type { Location, Network, Organisation, Theme, User } from '@/payload-types'

import { monthsAgo, morningHours, nearCentre, officeHours, type SeededContent } from '../content'
import { DEMO_PASSWORD } from '../data/users'
import { inNetwork } from '../inNetwork'
import { findOrCreate, type SeedReq } from '../upsert'
import { locations } from './data/locations'
import { organisations, services } from './data/organisations'
import { users } from './data/users'

/** Seed 004: the project Netwerk Versterkt in Den Helder, Hollands Kroon, Schagen and Texel. */
export const NETWERK_VERSTERKT = 'Netwerk Versterkt'

const findOrCreateNetwork = async (payload: Payload): Promise<Network> => {
  const { docs } = await payload.find({
    collection: 'networks',
    where: { name: { equals: NETWERK_VERSTERKT } },
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? payload.create({ collection: 'networks', data: { name: NETWERK_VERSTERKT }, depth: 0 })
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
      },
      { req },
    )
    byKey.set(organisation.key, doc as Organisation)
  }
  for (const service of services) {
    const organisation = byKey.get(service.organisation)!
    await findOrCreate(
      payload,
      'services',
      { name: { equals: service.name } },
      {
        name: service.name,
        organisation: organisation.id,
        description: service.description,
        kindOfHelp: service.kindOfHelp,
        themes: service.themes.map((name) => themeIds.get(name)!.id),
        targetGroups: service.targetGroups as Organisation['targetGroups'],
        domains: service.domains as Organisation['domains'],
        areasServed: organisation.areasServed,
        referral: {
          instructions: service.referral,
          contactPerson: organisation.referral?.contactPerson,
          email: organisation.referral?.email,
        },
        status: 'active',
      },
      { req },
    )
  }
  return byKey
}

const seedLocations = async (payload: Payload, req: SeedReq, organisationIds: Map<string, Organisation>) => {
  const backup = organisationIds.get('meedewering')
  const byName = new Map<string, Location>()
  for (const location of locations) {
    const { doc } = await findOrCreate(
      payload,
      'locations',
      { name: { equals: location.name } },
      {
        name: location.name,
        kern: location.kern,
        municipality: location.municipality,
        venue: location.venue,
        address: location.address,
        openingHours: location.openingHours,
        // As in Dalfsen: volunteers at the desk beside a professional.
        staffing: { minimumStaff: 2, requireProfessional: true, pairingEnforcement: 'warn' },
        backup: { organisation: backup?.id, phone: '0000-412300' },
      },
      { req },
    )
    byName.set(location.name, doc as Location)
  }
  return byName
}

const seedUsers = async (
  payload: Payload,
  req: SeedReq,
  organisationIds: Map<string, Organisation>,
  locationIds: Map<string, Location>,
) => {
  // Side by side: each password hash takes a moment of its own.
  const docs = await Promise.all(
    users.map(async (user) => {
      const { doc } = await findOrCreate(
        payload,
        'users',
        { email: { equals: user.email } },
        {
          email: user.email,
          password: DEMO_PASSWORD,
          name: user.name,
          role: user.role,
          organisation: user.organisation ? organisationIds.get(user.organisation)?.id : undefined,
          defaultLocation: user.defaultLocation ? locationIds.get(user.defaultLocation)?.id : undefined,
          staffKind: user.staffRole,
        },
        { req },
      )
      return [user.email, doc as User] as const
    }),
  )
  return new Map<string, User>(docs)
}

/** The coordinator of the Infopunten, who also reads their referral mailboxes; who verified the directory. */
const linkPeople = async (payload: Payload, req: SeedReq, content: SeededContent) => {
  const coordinator = content.users.get('coordinator@netwerkversterkt.example')!
  const editor = content.users.get('communicatie@netwerkversterkt.example')!
  for (const location of locations) {
    const doc = content.locations.get(location.name)!
    if (!doc.coordinators?.length)
      await payload.update({
        collection: 'locations',
        id: doc.id,
        data: { coordinators: [coordinator.id] },
        req: await req(),
      })
    await findOrCreate(
      payload,
      'referral-mailboxes',
      { email: { equals: location.mailbox.email } },
      {
        email: location.mailbox.email,
        location: doc.id,
        purpose: location.mailbox.purpose,
        monitoredBy: [coordinator.id],
      },
      { req },
    )
  }
  for (const organisation of content.organisations.values()) {
    if (!organisation.verifiedBy)
      await payload.update({
        collection: 'organisations',
        id: organisation.id,
        data: { verifiedBy: editor.id, verifiedVia: 'staff' },
        req: await req(),
      })
  }
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
      const locationIds = await seedLocations(payload, req, organisationIds)
      const userIds = await seedUsers(payload, req, organisationIds, locationIds)
      const content = { network, themes, organisations: organisationIds, locations: locationIds, users: userIds }
      await linkPeople(payload, req, content)
      return content
    },
    { [DEFER_DIRECTORY_STAMP]: true, [DEFER_STARTPAGE_STAMP]: true },
  )
  await markDirectoryChanged(payload)
  await markStartpageChanged(payload)
  return content
}
