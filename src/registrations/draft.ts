import type { Id } from '@/lib/relations'

import { OCCURRED_AT_FORMAT, formatOccurredAt, parseOccurredAt } from './occurredAt'
import type { OrganisationOption } from './organisationSearch'
import type { OwnRegistration } from './ownRegistration'
import { validateSummary } from './privacyGuard'

/** The registration form's fields as the desk worker fills them in (selects hold strings). */
export interface Draft {
  editingId: Id | null
  location: string
  occurredAt: string
  timeTouched: boolean
  themes: Id[]
  answerType: string
  organisations: OrganisationOption[]
  referrals: Id[]
  summary: string
  channel: string
  ageBand: string
  domain: string
  followUp: boolean
  durationMinutes: string
}

/** A new, empty registration at the desk worker's own Infopunt (or the first they may choose). */
export const blankDraft = (locations: { id: Id }[], defaultLocation: Id | null): Draft => ({
  editingId: null,
  location: defaultLocation != null ? String(defaultLocation) : String(locations[0]?.id ?? ''),
  occurredAt: '',
  timeTouched: false,
  themes: [],
  answerType: '',
  organisations: [],
  referrals: [],
  summary: '',
  channel: 'desk',
  ageBand: 'unknown',
  domain: '',
  followUp: false,
  durationMinutes: '',
})

/** One of the desk worker's own registrations, opened for a correction. */
export const draftOf = (registration: OwnRegistration): Draft => ({
  editingId: registration.id,
  location: String(registration.location),
  occurredAt: formatOccurredAt(new Date(registration.occurredAt)),
  timeTouched: true,
  themes: registration.themes,
  answerType: registration.answerType,
  organisations: registration.referredOrganisations,
  referrals: registration.referrals,
  summary: registration.summary,
  channel: registration.channel,
  ageBand: registration.ageBand,
  domain: registration.domain ?? '',
  followUp: registration.followUp,
  durationMinutes: registration.durationMinutes == null ? '' : String(registration.durationMinutes),
})

/** What the browser checks before sending, by field; the server checks again. */
export const checkDraft = (draft: Draft, isReferral: boolean): Record<string, string> => {
  const found: Record<string, string> = {}
  if (!draft.location) found.location = 'Kies het Infopunt.'
  if (draft.timeTouched && !parseOccurredAt(draft.occurredAt))
    found.occurredAt = `Vul het tijdstip in als ${OCCURRED_AT_FORMAT}, bijvoorbeeld ${formatOccurredAt(new Date())}.`
  if (draft.themes.length === 0) found.themes = 'Kies minstens één thema.'
  if (!draft.answerType) found.answerType = 'Kies hoe de vraag is beantwoord.'
  if (isReferral && draft.organisations.length === 0)
    found.referredOrganisations = 'Kies de organisatie waarnaar is doorverwezen.'
  const summary = validateSummary(draft.summary.trim())
  if (summary !== true) found.summary = summary
  return found
}

/** The registration as the API takes it; an untouched time is the moment of sending. */
export const registrationData = (
  draft: Draft,
  locations: { id: Id }[],
  isReferral: boolean,
): Record<string, unknown> => ({
  // Ids as the server types them (numbers on SQLite): the select only knows strings.
  location: locations.find((location) => String(location.id) === draft.location)?.id ?? draft.location,
  occurredAt: ((draft.timeTouched && parseOccurredAt(draft.occurredAt)) || new Date()).toISOString(),
  themes: draft.themes,
  answerType: draft.answerType,
  referredOrganisations: isReferral ? draft.organisations.map((organisation) => organisation.id) : [],
  referrals: isReferral ? draft.referrals : [],
  summary: draft.summary.trim() || null,
  channel: draft.channel,
  ageBand: draft.ageBand,
  domain: draft.domain || null,
  followUp: draft.followUp,
  durationMinutes: draft.durationMinutes ? Number(draft.durationMinutes) : null,
})
