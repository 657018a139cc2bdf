import { idOf, type Id, type Relation } from '@/lib/relations'
import type { Registration } from '@/payload-types'

import type { OrganisationOption } from './organisationSearch'

/** One of the desk worker's own recent registrations, as the list on /registreren shows and corrects it. */
export interface OwnRegistration {
  id: Id
  occurredAt: string
  location: Id
  locationName: string
  themes: Id[]
  themeNames: string[]
  answerType: string
  referredOrganisations: OrganisationOption[]
  channel: string
  ageBand: string
  domain: string | null
  summary: string
  followUp: boolean
  durationMinutes: number | null
  referrals: Id[]
  referralCodes: string[]
}

const nameOf = (value: unknown): string =>
  value && typeof value === 'object' ? String((value as { name?: string }).name ?? '') : ''

/** A registration read at depth 1 (Local API on the page, REST in the browser) as the list shows it. */
export const toOwnRegistration = (doc: Registration): OwnRegistration => ({
  id: doc.id,
  occurredAt: doc.occurredAt,
  location: idOf(doc.location),
  locationName: nameOf(doc.location),
  themes: (doc.themes ?? []).map((theme) => idOf(theme)),
  themeNames: (doc.themes ?? []).map(nameOf),
  answerType: doc.answerType,
  referredOrganisations: (doc.referredOrganisations ?? []).map((organisation: Relation) => ({
    id: idOf(organisation),
    name: nameOf(organisation) || String(idOf(organisation)),
  })),
  channel: doc.channel,
  ageBand: doc.ageBand,
  domain: doc.domain ?? null,
  summary: doc.summary ?? '',
  followUp: Boolean(doc.followUp),
  durationMinutes: doc.durationMinutes ?? null,
  referrals: (doc.referrals ?? []).map((referral) => idOf(referral)),
  referralCodes: (doc.referrals ?? []).flatMap((referral) => (typeof referral === 'object' ? [referral.code] : [])),
})
