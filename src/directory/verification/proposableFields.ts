import { validatePhone, validateWebsite } from '@/fields/contact'
import type { Organisation, Service } from '@/payload-types'

/** One value an organisation may propose to change, by its path in the organisation or service. */
export interface ProposableField {
  path: string
  label: string
  maxLength: number
  required?: boolean
  multiline?: boolean
  /** true, or the Dutch reason the value is refused (the collection's own validators). */
  validate?: (value: string) => true | string
}

// Payload's own e-mail check, so that an accepted proposal is never refused when it is applied.
const EMAIL_PATTERN =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i
const validateEmail = (value: string) =>
  !value || EMAIL_PATTERN.test(value) ? true : 'Vul een geldig e-mailadres in, bijvoorbeeld naam@example.org.'
const validatePostalCode = (value: string) =>
  !value || /^[1-9]\d{3} ?[A-Za-z]{2}$/.test(value) ? true : 'Vul een postcode in als 1234 AB.'

/** What a resident needs to know before being referred, of an organisation's own offer or a service. */
const offerFields: ProposableField[] = [
  { path: 'eligibility', label: 'Voor wie', maxLength: 500, multiline: true },
  { path: 'applicationProcess', label: 'Zo meldt een inwoner zich aan', maxLength: 1000, multiline: true },
  { path: 'cost.note', label: 'Kosten (toelichting)', maxLength: 200 },
]

export const organisationFields: ProposableField[] = [
  { path: 'name', label: 'Naam', maxLength: 200, required: true },
  { path: 'shortDescription', label: 'Korte omschrijving', maxLength: 300, required: true, multiline: true },
  { path: 'contact.phone', label: 'Telefoon', maxLength: 30, validate: validatePhone },
  { path: 'contact.email', label: 'E-mail', maxLength: 200, validate: validateEmail },
  { path: 'contact.website', label: 'Website', maxLength: 500, validate: validateWebsite },
  { path: 'contact.address.street', label: 'Straat en huisnummer', maxLength: 200 },
  { path: 'contact.address.postalCode', label: 'Postcode', maxLength: 10, validate: validatePostalCode },
  { path: 'contact.address.city', label: 'Plaats', maxLength: 100 },
  { path: 'referral.contactPerson', label: 'Contactpersoon voor doorverwijzingen', maxLength: 200 },
  { path: 'referral.email', label: 'E-mailadres voor doorverwijzingen', maxLength: 200, validate: validateEmail },
  {
    path: 'referral.instructions',
    label: 'Zo verwijst het Infopunt door',
    maxLength: 1000,
    multiline: true,
  },
  ...offerFields,
  { path: 'accessibility.note', label: 'Toegankelijkheid van het gebouw', maxLength: 300 },
]

export const serviceFields: ProposableField[] = [
  { path: 'name', label: 'Naam', maxLength: 200, required: true },
  { path: 'description', label: 'Omschrijving', maxLength: 1000, required: true, multiline: true },
  ...offerFields,
]

/** The key of a service's field in a proposal: `services.<id>.<path>`. */
export const serviceKey = (serviceId: number | string, path: string) => `services.${serviceId}.${path}`

export const valueAt = (doc: Organisation | Service, path: string): string => {
  let value: unknown = doc
  for (const part of path.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[part]
  return typeof value === 'string' ? value : ''
}

/** `data` with `value` set at `path`, the groups on the way copied from `doc` so no sibling is lost. */
export const withValueAt = (data: Record<string, unknown>, doc: object, path: string, value: string | null) => {
  const parts = path.split('.')
  let target = data
  let source = doc as Record<string, unknown> | undefined
  for (const part of parts.slice(0, -1)) {
    source = source?.[part] as Record<string, unknown> | undefined
    target[part] = { ...(source ?? {}), ...((target[part] as object) ?? {}) }
    target = target[part] as Record<string, unknown>
  }
  target[parts[parts.length - 1]] = value
  return data
}
