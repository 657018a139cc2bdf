import type { Payload } from 'payload'

import { domainOptions, kindOfHelpOptions, targetGroupOptions } from '@/fields/directory'
import { labelOf } from '@/lib/options'
import { idOf, type Id, type Relation } from '@/lib/relations'
import { plainText } from '@/lib/richText'
import type { Organisation, Service, Theme } from '@/payload-types'

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
}

export const facetLabels = {
  targetGroup: (value: string) => labelOf(targetGroupOptions, value),
  domain: (value: string) => labelOf(domainOptions, value),
  kind: (value: string) => labelOf(kindOfHelpOptions, value),
}

const idsOf = (refs: Relation[] | null | undefined) => (refs ?? []).map((ref) => String(idOf(ref)))

/** Everything the index needs, read through the Local API in three queries. */
export const loadDirectoryEntries = async (payload: Payload): Promise<DirectoryEntry[]> => {
  const [themes, organisations, services] = await Promise.all([
    payload.find({ collection: 'themes', depth: 0, pagination: false }),
    payload.find({ collection: 'organisations', depth: 0, pagination: false, where: { status: { equals: 'active' } } }),
    payload.find({ collection: 'services', depth: 0, pagination: false, where: { status: { equals: 'active' } } }),
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
      referral: { ...organisation.referral },
      lastVerifiedAt: organisation.lastVerifiedAt,
    }
  })
  const organisationById = new Map(organisationEntries.map((entry) => [String(entry.id), entry]))

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
        referral: {
          instructions: service.referral?.instructions || owner.referral.instructions,
          contactPerson: service.referral?.contactPerson || owner.referral.contactPerson,
          email: service.referral?.email || owner.referral.email,
        },
        lastVerifiedAt: owner.lastVerifiedAt,
      },
    ]
  })
  return [...organisationEntries, ...serviceEntries]
}
