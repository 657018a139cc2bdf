import { weekdays } from '@/fields/openingHours'
import { accessibilityOptions, costKindOptions, languageOptions } from '@/fields/serviceDetails'

import { THEMES_TAXONOMY_ID, offerHsdsId, organisationLocationHsdsId, type Row } from '../tables'
import type { SourceTables } from './source'

/**
 * HSDS tables read back into our records' terms: the inverse of `tables.ts`. Both the incoming data
 * and our own directory (through its export) are read this way, so that comparing the two compares
 * exactly what HSDS can say, and an export read back and written again gives the same rows.
 */

export interface Address {
  street: string
  postalCode: string
  city: string
  latitude: number | null
  longitude: number | null
}
export interface Accessibility {
  features: string[]
  note: string
}
export interface Cost {
  kind: string | null
  amount: number | null
  note: string
}
export interface Period {
  weekday: string
  opens: string
  closes: string
}
export interface Venue {
  name: string
  address: Address
  accessibility: Accessibility
}

/** The values HSDS carries for a record, by our field names; a value HSDS cannot carry is absent. */
export interface Values {
  name?: string
  shortDescription?: string
  description?: string
  phone?: string
  email?: string
  website?: string
  address?: Address
  accessibility?: Accessibility
  languages?: string[]
  openingHours?: Period[]
  eligibility?: string
  applicationProcess?: string
  cost?: Cost
  areasServed?: string[]
  /** HSDS ids of taxonomy terms (themes). */
  themes?: string[]
  venues?: Venue[]
  /** The HSDS id of the parent theme. */
  parent?: string
}

export type ValueKey = keyof Values

export const valueLabels: Record<ValueKey, string> = {
  name: 'naam',
  shortDescription: 'korte omschrijving',
  description: 'omschrijving',
  phone: 'telefoon',
  email: 'e-mail',
  website: 'website',
  address: 'adres',
  accessibility: 'toegankelijkheid',
  languages: 'gesproken talen',
  openingHours: 'openingstijden',
  eligibility: 'voor wie',
  applicationProcess: 'zo meldt een inwoner zich aan',
  cost: 'kosten',
  areasServed: 'werkgebied',
  themes: "thema's",
  venues: 'locaties',
  parent: 'valt onder',
}

export type EntryKind = 'theme' | 'organisation' | 'service'

export interface Entry {
  kind: EntryKind
  hsdsId: string
  name: string
  values: Values
  /** For a service: the HSDS id of its organisation. */
  organisation?: string
  /** When the source last changed it (HSDS last_modified), if it says. */
  modified?: string
}

export interface Entries {
  themes: Entry[]
  organisations: Entry[]
  services: Entry[]
}

const SHORT_DESCRIPTION_MAX = 300
const SERVICE_DESCRIPTION_MAX = 1000

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim())
const number = (value: unknown) => (text(value) === '' ? null : Number(value))
const id = (value: unknown) => text(value).toLowerCase()

/** Cut at a word boundary, for a text the source has longer than we keep. */
const shorten = (value: string, max: number) =>
  value.length <= max ? value : `${value.slice(0, max - 1).replace(/\s+\S*$/, '')}…`

const group = (rows: Row[] | undefined, field: string) => {
  const groups = new Map<string, Row[]>()
  for (const row of rows ?? []) {
    const key = id(row[field])
    if (key) groups.set(key, [...(groups.get(key) ?? []), row])
  }
  return (key: string) => groups.get(key) ?? []
}

const POSTCODE = /^([1-9]\d{3} ?[A-Za-z]{2})(?:\s+(.*))?$/

/** Our address told in words ("Straat 1, 1234 AB Plaats"), or HSDS address rows of other sources. */
const addressOf = (location: Row | undefined, addresses: Row[]): Address => {
  const address: Address = {
    street: '',
    postalCode: '',
    city: '',
    latitude: number(location?.latitude),
    longitude: number(location?.longitude),
  }
  const [structured] = addresses
  if (structured)
    return {
      ...address,
      street: [text(structured.address_1), text(structured.address_2)].filter(Boolean).join(' '),
      postalCode: text(structured.postal_code),
      city: text(structured.city),
    }
  const description = text(location?.description)
  const comma = description.lastIndexOf(', ')
  const street = comma >= 0 ? description.slice(0, comma) : ''
  const place = comma >= 0 ? description.slice(comma + 2) : description
  const postcode = place.match(POSTCODE)
  if (postcode) return { ...address, street, postalCode: postcode[1], city: postcode[2] ?? '' }
  // One part alone: a street has a house number, a place has none.
  if (comma < 0 && /\d/.test(place)) return { ...address, street: place }
  return { ...address, street, city: place }
}

const accessibilityOf = (rows: Row[]): Accessibility => {
  const [row] = rows
  const features: string[] = []
  const notes: string[] = []
  for (const part of text(row?.description).split(', ').filter(Boolean)) {
    const option = accessibilityOptions.find((candidate) => candidate.label.nl === part)
    if (option) features.push(option.value)
    else notes.push(part)
  }
  if (text(row?.details)) notes.push(text(row?.details))
  return { features, note: shorten(notes.join('. '), 300) }
}

const DAYS: Record<string, string> = { MO: 'mon', TU: 'tue', WE: 'wed', TH: 'thu', FR: 'fri', SA: 'sat', SU: 'sun' }

const openingHoursOf = (rows: Row[]): Period[] =>
  rows.flatMap((row) => {
    const opens = text(row.opens_at).slice(0, 5)
    const closes = text(row.closes_at).slice(0, 5)
    if (!opens || !closes || (text(row.freq) && text(row.freq).toUpperCase() !== 'WEEKLY')) return []
    return text(row.byday)
      .toUpperCase()
      .split(',')
      .map((day) => DAYS[day.trim()])
      .filter((weekday) => weekdays.some((day) => day.value === weekday))
      .map((weekday) => ({ weekday, opens, closes }))
  })

const languagesOf = (rows: Row[]) =>
  rows
    .map((row) => text(row.code).toLowerCase())
    .filter((code) => languageOptions.some((option) => option.value === code))

const costOf = (rows: Row[]): Cost => {
  const [row] = rows
  if (!row) return { kind: null, amount: null, note: '' }
  const amount = number(row.amount)
  const kind =
    costKindOptions.find((option) => option.label.nl === text(row.option))?.value ??
    (amount === 0 ? 'free' : amount !== null && amount > 0 ? 'paid' : null)
  return {
    kind,
    amount: kind === 'free' || kind === null ? null : amount,
    note: shorten(text(row.amount_description), 200),
  }
}

/** Organisation description: our short description, a blank line, the rest as one paragraph. */
const descriptionsOf = (value: string) => {
  const split = value.lastIndexOf('\n\n')
  const rest = split >= 0 ? value.slice(split + 2) : ''
  // The rest is the plain text of our rich-text description: one line, single spaces.
  if (split >= 0 && rest && rest === rest.replace(/\s+/g, ' ').trim() && split <= SHORT_DESCRIPTION_MAX)
    return { shortDescription: value.slice(0, split), description: rest }
  if (value.length <= SHORT_DESCRIPTION_MAX) return { shortDescription: value, description: '' }
  return {
    shortDescription: shorten(value.replace(/\s+/g, ' '), SHORT_DESCRIPTION_MAX),
    description: value.replace(/\s+/g, ' ').trim(),
  }
}

/** The HSDS tables as entries: themes, organisations (with their own offer) and services. */
export const entriesOf = (tables: SourceTables): Entries => {
  const locationsOf = group(tables.location, 'organization_id')
  const servicesOf = group(tables.service, 'organization_id')
  const phonesOfOrganisation = group(tables.phone, 'organization_id')
  const phonesOfService = group(tables.phone, 'service_id')
  const schedulesOfLocation = group(tables.schedule, 'location_id')
  const schedulesOfService = group(tables.schedule, 'service_id')
  const languagesOfLocation = group(tables.language, 'location_id')
  const languagesOfService = group(tables.language, 'service_id')
  const accessibilityOfLocation = group(tables.accessibility, 'location_id')
  const addressesOfLocation = group(tables.address, 'location_id')
  const costsOf = group(tables.cost_option, 'service_id')
  const areasOf = group(tables.service_area, 'service_id')
  const placesOf = group(tables.service_at_location, 'service_id')
  const attributesOf = group(tables.attribute, 'link_id')
  const locationById = new Map((tables.location ?? []).map((row) => [id(row.id), row]))
  const terms = tables.taxonomy_term ?? []
  const termIds = new Set(terms.map((term) => id(term.id)))

  const themesOf = (serviceId: string) =>
    attributesOf(serviceId)
      .map((attribute) => id(attribute.taxonomy_term_id))
      .filter((termId) => termIds.has(termId))

  const venueOf = (location: Row): Venue => ({
    name: text(location.name) || 'Locatie',
    address: addressOf(location, addressesOfLocation(id(location.id))),
    accessibility: accessibilityOf(accessibilityOfLocation(id(location.id))),
  })

  const entries: Entries = { themes: [], organisations: [], services: [] }
  const usedTerms = new Set<string>()

  for (const organization of tables.organization ?? []) {
    const organizationId = id(organization.id)
    const locations = locationsOf(organizationId)
    const services = servicesOf(organizationId)
    const offer = services.find((service) => id(service.id) === offerHsdsId(organizationId))
    const own = services.filter((service) => service !== offer)
    // Our organisation's address is a location of its own; another source's single location is its address.
    const main =
      locations.find((location) => id(location.id) === organisationLocationHsdsId(organizationId)) ??
      (locations.length === 1 ? locations[0] : undefined)
    const mainId = main ? id(main.id) : ''
    const phone = text(phonesOfOrganisation(organizationId)[0]?.number)
    const email = text(organization.email)
    const website = text(organization.website)
    const values: Values = {
      name: text(organization.name),
      ...descriptionsOf(text(organization.description)),
      phone,
      email,
      website,
      address: addressOf(main, main ? addressesOfLocation(mainId) : []),
      accessibility: accessibilityOf(main ? accessibilityOfLocation(mainId) : []),
      openingHours: openingHoursOf(main ? schedulesOfLocation(mainId) : []),
    }
    if (main) values.languages = languagesOf(languagesOfLocation(mainId))
    if (offer && !own.length) {
      const offerId = id(offer.id)
      if (!main) values.languages = languagesOf(languagesOfService(offerId))
      Object.assign(values, {
        eligibility: text(offer.eligibility_description),
        applicationProcess: text(offer.application_process),
        cost: costOf(costsOf(offerId)),
        areasServed: areasOf(offerId).map((area) => text(area.name)),
        themes: themesOf(offerId),
      })
      values.themes!.forEach((term) => usedTerms.add(term))
    }
    entries.organisations.push({
      kind: 'organisation',
      hsdsId: organizationId,
      name: values.name!,
      values,
      modified: offer ? text(offer.last_modified) || undefined : undefined,
    })

    for (const service of own) {
      const serviceId = id(service.id)
      const ownPhone = text(phonesOfService(serviceId)[0]?.number)
      const venues = placesOf(serviceId)
        .map((place) => locationById.get(id(place.location_id)))
        .filter((location): location is Row => Boolean(location) && id(location!.id) !== mainId)
      const serviceValues: Values = {
        name: text(service.name),
        description: shorten(text(service.description) || text(service.name), SERVICE_DESCRIPTION_MAX),
        // Ours fall back on the organisation's contact details: those are not the service's own.
        phone: ownPhone === phone ? '' : ownPhone,
        email: text(service.email) === email ? '' : text(service.email),
        website: text(service.url) === website ? '' : text(service.url),
        eligibility: text(service.eligibility_description),
        applicationProcess: text(service.application_process),
        cost: costOf(costsOf(serviceId)),
        languages: languagesOf(languagesOfService(serviceId)),
        areasServed: areasOf(serviceId).map((area) => text(area.name)),
        themes: themesOf(serviceId),
        openingHours: openingHoursOf(schedulesOfService(serviceId)),
        venues: venues.map(venueOf),
      }
      serviceValues.themes!.forEach((term) => usedTerms.add(term))
      entries.services.push({
        kind: 'service',
        hsdsId: serviceId,
        name: serviceValues.name!,
        values: serviceValues,
        organisation: organizationId,
        modified: text(service.last_modified) || undefined,
      })
    }
  }

  // The terms of our taxonomy, and of other taxonomies those the services use, with their parents.
  const termById = new Map(terms.map((term) => [id(term.id), term]))
  const wanted = new Set<string>()
  const want = (termId: string) => {
    if (!termId || wanted.has(termId) || !termById.has(termId)) return
    wanted.add(termId)
    want(id(termById.get(termId)!.parent_id))
  }
  for (const term of terms) if (id(term.taxonomy_id) === THEMES_TAXONOMY_ID) want(id(term.id))
  usedTerms.forEach(want)
  for (const term of terms) {
    const termId = id(term.id)
    if (!wanted.has(termId)) continue
    const name = text(term.name)
    entries.themes.push({
      kind: 'theme',
      hsdsId: termId,
      name,
      values: {
        name,
        description: text(term.description) === name ? '' : text(term.description),
        parent: wanted.has(id(term.parent_id)) ? id(term.parent_id) : '',
      },
    })
  }
  return entries
}
