import type { Payload } from 'payload'

import { roles } from '@/access/roles'
import { DEFER_DIRECTORY_STAMP, markDirectoryChanged } from '@/directory/freshness'
import { paragraphs } from '@/lib/richText'
import { ensureFirstNetwork } from '@/networks/firstNetwork'
import { DEFER_STARTPAGE_STAMP, markStartpageChanged } from '@/startpage/freshness'
import type { Location, Network, Organisation, Service, Theme, User } from '@/payload-types'

import { documents } from './data/documents'
import { locations, type LocationSeed } from './data/locations'
import { organisations } from './data/organisations'
import { cityPoints, organisationDetails, serviceDetails, type DetailsSeed } from './data/serviceDetails'
import { services, type ServiceSeed } from './data/services'
import { sources } from './data/sources'
import { themes } from './data/themes'
import { DEMO_PASSWORD, users, type UserSeed } from './data/users'
import { seedArea } from './area'
import { inNetwork } from './inNetwork'
import { simplePdf } from './pdf'
import { findOrCreate, type SeedReq } from './upsert'

/** Seed 000: the Infopunten of Dalfsen and their partners. */
const DEMO_NETWORK_NAME = 'Infopunten Dalfsen'

export const monthsAgo = (months: number) => {
  const date = new Date()
  date.setMonth(date.getMonth() - months)
  return date.toISOString()
}

export const officeHours = [
  ...(['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })),
]
export const morningHours = (['mon', 'wed', 'fri'] as const).map((weekday) => ({
  weekday,
  opens: '09:00',
  closes: '12:30',
}))

/** A few hundred metres from the centre, so that organisations in one village differ in distance. */
export const nearCentre = (city: string, index: number) => {
  const centre = cityPoints[city]
  if (!centre) return {}
  const round = (value: number) => Math.round(value * 1e6) / 1e6
  return {
    latitude: round(centre.latitude + ((index % 5) - 2) * 0.0011),
    longitude: round(centre.longitude + ((index % 3) - 1) * 0.0017),
  }
}

const detailsOf = (details: DetailsSeed | undefined) => ({
  eligibility: details?.eligibility,
  cost: details?.cost,
  languages: details?.languages,
  applicationProcess: details?.applicationProcess,
})

export interface SeededContent {
  network: Network
  themes: Map<string, Theme>
  organisations: Map<string, Organisation>
  locations: Map<string, Location>
  users: Map<string, User>
}

const seedThemes = async (payload: Payload, req: SeedReq) => {
  const byName = new Map<string, Theme>()
  // Parents first, so children can point at them.
  for (const theme of [...themes].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)))) {
    const { doc } = await findOrCreate(
      payload,
      'themes',
      { name: { equals: theme.name } },
      {
        name: theme.name,
        description: theme.description,
        synonyms: theme.synonyms,
        parent: theme.parent ? byName.get(theme.parent)?.id : undefined,
      },
      { req },
    )
    byName.set(theme.name, doc as Theme)
  }
  return byName
}

/**
 * A network's services, each of the organisation its key names (the organisations made just before),
 * with the referral contact of that organisation; `more` adds what a network's data says besides.
 */
export const seedServices = async (
  payload: Payload,
  req: SeedReq,
  list: ServiceSeed[],
  organisations: Map<string, Organisation>,
  themeIds: Map<string, Theme>,
  more: (service: ServiceSeed) => Partial<Service> = () => ({}),
) => {
  for (const service of list) {
    const organisation = organisations.get(service.organisation)!
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
        ...more(service),
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
}

const seedOrganisations = async (payload: Payload, req: SeedReq, themeIds: Map<string, Theme>) => {
  const byKey = new Map<string, Organisation>()
  for (const [index, organisation] of organisations.entries()) {
    const phone = `0000-${String(120000 + index * 1111).slice(0, 6)}`
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
          phone,
          email: `info@${organisation.key}.example.org`,
          website: `https://www.${organisation.key}.example.org`,
          address: {
            street: `Voorbeeldlaan ${index + 1}`,
            postalCode: organisation.postalCode,
            city: organisation.city,
            ...nearCentre(organisation.city, index),
          },
        },
        ...detailsOf(organisationDetails[organisation.key]),
        accessibility: organisationDetails[organisation.key]?.accessibility,
        referral: {
          instructions: organisation.referral,
          contactPerson: organisation.contactPerson,
          email: `verwijzen@${organisation.key}.example.org`,
        },
        openingHours:
          organisation.hours === 'office' ? officeHours : organisation.hours === 'mornings' ? morningHours : [],
        status: organisation.status ?? 'active',
        lastVerifiedAt: monthsAgo(organisation.verifiedMonthsAgo),
      },
      { req },
    )
    byKey.set(organisation.key, doc as Organisation)
  }
  await seedServices(payload, req, services, byKey, themeIds, (service) => ({
    ...detailsOf(serviceDetails[service.name]),
    openingHours: serviceDetails[service.name]?.openingHours,
    venues: serviceDetails[service.name]?.venues,
  }))
  return byKey
}

/** A network's Infopunten, each with its municipality, and the back-up organisation all of them call. */
export const seedLocations = async (
  payload: Payload,
  req: SeedReq,
  desks: (LocationSeed & { municipality: string })[],
  backup: { organisation?: Organisation; phone: string },
) => {
  const byName = new Map<string, Location>()
  const kernen = await seedArea(payload, req, desks)
  for (const location of desks) {
    const { doc } = await findOrCreate(
      payload,
      'locations',
      { name: { equals: location.name } },
      {
        name: location.name,
        kern: kernen.get(`${location.municipality}/${location.kern}`)!.id,
        venue: location.venue,
        address: location.address,
        openingHours: location.openingHours,
        // "Bij de start van de Infopunten worden vrijwilligers ingezet naast een beroepskracht."
        staffing: { minimumStaff: 2, requireProfessional: true, pairingEnforcement: 'warn' },
        backup: { organisation: backup.organisation?.id, phone: backup.phone },
      },
      { req },
    )
    byName.set(location.name, doc as Location)
  }
  return byName
}

/** A network's demo accounts, with the demo password, their organisation and their own Infopunt. */
export const seedUsers = async (
  payload: Payload,
  req: SeedReq,
  people: UserSeed[],
  organisationIds: Map<string, Organisation>,
  locationIds: Map<string, Location>,
) => {
  // Side by side: each password hash takes a moment of its own (PBKDF2 runs in Node's thread pool).
  const docs = await Promise.all(
    people.map(async (user) => {
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
  const byEmail = new Map<string, User>(docs)
  return byEmail
}

/** Who in a network's demo accounts coordinates the desks and keeps the directory, and its desks' mailboxes. */
export interface NetworkPeople {
  coordinator: string
  editor: string
  locations: Pick<LocationSeed, 'name' | 'mailbox'>[]
}

/** Links that need users: coordinators of the desks, mailbox monitors, who verified the directory. */
export const linkPeople = async (
  payload: Payload,
  req: SeedReq,
  content: SeededContent,
  { coordinator: coordinatorEmail, editor: editorEmail, locations }: NetworkPeople,
) => {
  const coordinator = content.users.get(coordinatorEmail)!
  const editor = content.users.get(editorEmail)!
  for (const location of content.locations.values()) {
    if (!location.coordinators?.length)
      await payload.update({
        collection: 'locations',
        id: location.id,
        data: { coordinators: [coordinator.id] },
        req: await req(),
      })
    const seed = locations.find((candidate) => candidate.name === location.name)!
    await findOrCreate(
      payload,
      'referral-mailboxes',
      { email: { equals: seed.mailbox.email } },
      {
        email: seed.mailbox.email,
        location: location.id,
        purpose: seed.mailbox.purpose,
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

const seedSourcesAndDocuments = async (payload: Payload, req: SeedReq) => {
  for (const source of sources) {
    await findOrCreate(
      payload,
      'digital-sources',
      { title: { equals: source.title } },
      {
        title: source.title,
        url: source.url,
        description: source.description,
        category: source.category,
        pinned: source.pinned ?? false,
        order: source.order,
        audienceRoles: source.audienceRoles ?? [...roles],
      },
      { req },
    )
  }
  for (const document of documents) {
    const data = simplePdf(document.title, document.lines)
    await findOrCreate(
      payload,
      'work-documents',
      { title: { equals: document.title } },
      {
        title: document.title,
        category: document.category,
        versionDate: monthsAgo(document.monthsAgo),
        audienceRoles: [...roles],
      },
      { req, file: { data, mimetype: 'application/pdf', name: document.filename, size: data.length } },
    )
  }
}

/**
 * Themes, organisations, services, Infopunten, users, mailboxes, sources and documents, in one
 * transaction (one commit). The directory's search index and the startpage's kept sections are
 * marked stale once, at the end.
 */
export const seedContent = async (payload: Payload): Promise<SeededContent> => {
  // Seed 000's network is the installation's first (its default network renamed), so it is seeded
  // before any other; every record below is written into it.
  const network = await ensureFirstNetwork(payload, DEMO_NETWORK_NAME)
  const content = await inNetwork(
    payload,
    network,
    async (req) => {
      const themeIds = await seedThemes(payload, req)
      const organisationIds = await seedOrganisations(payload, req, themeIds)
      // "Kern bemenst de balie niet, maar is de achterwacht."
      const locationIds = await seedLocations(
        payload,
        req,
        locations.map((location) => ({ ...location, municipality: 'Dalfsen' })),
        { organisation: organisationIds.get('kern'), phone: '0000-123400' },
      )
      const userIds = await seedUsers(payload, req, users, organisationIds, locationIds)
      const content = {
        network,
        themes: themeIds,
        organisations: organisationIds,
        locations: locationIds,
        users: userIds,
      }
      await linkPeople(payload, req, content, {
        coordinator: 'coordinator@infopunt.example',
        editor: 'communicatie@infopunt.example',
        locations,
      })
      await seedSourcesAndDocuments(payload, req)
      return content
    },
    { [DEFER_DIRECTORY_STAMP]: true, [DEFER_STARTPAGE_STAMP]: true },
  )
  await markDirectoryChanged(payload)
  await markStartpageChanged(payload)
  const brand = await payload.findGlobal({ slug: 'brand', depth: 0 })
  if (brand.updatedAt) return content
  await payload.updateGlobal({
    slug: 'brand',
    data: {
      name: 'Infopunt',
      primaryColour: '#0b5e6b',
      introText:
        'Welkom bij het digitale Infopunt van Dalfsen, Nieuwleusen en Lemelerveld. Hier vind je het rooster, de Wegwijzer naar partnerorganisaties en het registratieformulier.',
    },
  })
  return content
}
