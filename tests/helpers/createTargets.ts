import type { CollectionSlug, Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import { newLinkToken } from '../../src/lib/linkTokens'
import { unique } from './fixtures'

type Basics = {
  location: { id: number | string }
  theme: { id: number | string }
  organisation: { id: number | string }
  kern: number | string
}

/**
 * Every endpoint that creates documents from a JSON body: where it lives, who may use it, a valid
 * body, and the collection whose rows it adds (to check that a refusal wrote nothing).
 */
export interface CreateTarget {
  name: string
  path: string
  /** The collection the endpoint writes to. */
  collection: CollectionSlug
  /** Who sends it; none for a public endpoint (no login). */
  role?: Role
  /** A valid body; every call gives a fresh one (unique names, free roster slots). */
  valid: () => Record<string, unknown>
  /** Rows each accepted request also writes to other collections (none may change on refusal). */
  related?: Partial<Record<CollectionSlug, number>>
  /** How many bodies the fuzzer sends, when fewer than its default (each accepted one is costly). */
  fuzzBodies?: number
}

let slot = 0
/** A free two-hour roster slot far in the future, so that valid shifts never clash. */
const nextSlot = () => {
  slot += 3
  const start = Date.UTC(2031, 0, 1, 8) + slot * 3600_000
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 3600_000).toISOString() }
}

/** An organisation that accepts warm referrals (it has a referral e-mail address). */
export const referralOrganisation = (payload: Payload) =>
  payload.create({
    collection: 'organisations',
    data: {
      name: unique('Verwijsorganisatie'),
      shortDescription: 'Neemt doorverwijzingen aan.',
      kindOfHelp: 'formal',
      status: 'active',
      referral: { email: 'verwijzing@example.org' },
    },
  })

/**
 * `verificationTokens`: secrets of "Kloppen uw gegevens nog?" links of the referral organisation,
 * used in turn (an accepted proposal uses its link up; a later body with it is refused with 410).
 */
export const createTargets = (
  basics: Basics,
  referralOrganisationId: number | string,
  verificationTokens: string[] = [],
): CreateTarget[] => [
  {
    name: 'organisations',
    path: '/api/organisations',
    collection: 'organisations',
    role: 'communicatie',
    valid: () => ({ name: unique('Organisatie'), shortDescription: 'Kort.', kindOfHelp: 'informal' }),
  },
  {
    name: 'services',
    path: '/api/services',
    collection: 'services',
    role: 'communicatie',
    valid: () => ({
      name: unique('Dienst'),
      organisation: basics.organisation.id,
      description: 'Omschrijving.',
      kindOfHelp: 'formal',
    }),
  },
  {
    name: 'themes',
    path: '/api/themes',
    collection: 'themes',
    role: 'communicatie',
    valid: () => ({ name: unique('Thema'), synonyms: ['geld'] }),
  },
  {
    name: 'locations',
    path: '/api/locations',
    collection: 'locations',
    role: 'beheerder',
    valid: () => ({ name: unique('Infopunt'), kern: basics.kern }),
  },
  {
    name: 'referral-mailboxes',
    path: '/api/referral-mailboxes',
    collection: 'referral-mailboxes',
    role: 'beheerder',
    valid: () => ({ email: `${unique('mailbox')}@example.org`, location: basics.location.id }),
  },
  {
    name: 'roster-shifts',
    path: '/api/roster-shifts',
    collection: 'roster-shifts',
    role: 'coordinator',
    valid: () => ({
      location: basics.location.id,
      ...nextSlot(),
      externalNames: [unique('Vrijwilliger')],
      role: 'volunteer',
      notes: 'Sleutel bij de receptie.',
    }),
  },
  {
    name: 'digital-sources',
    path: '/api/digital-sources',
    collection: 'digital-sources',
    role: 'communicatie',
    valid: () => ({ title: unique('Bron'), url: 'https://www.example.org/bron', category: 'money' }),
  },
  {
    name: 'incorrect-info-reports',
    path: '/api/incorrect-info-reports',
    collection: 'incorrect-info-reports',
    role: 'baliemedewerker',
    valid: () => ({ organisation: basics.organisation.id, kind: 'hours', note: 'Dinsdag gesloten.' }),
  },
  {
    name: 'registrations',
    path: '/api/registrations',
    collection: 'registrations',
    role: 'baliemedewerker',
    valid: () => ({
      location: basics.location.id,
      themes: [basics.theme.id],
      answerType: 'advice',
      ageBand: 'senior',
      channel: 'desk',
      summary: 'Vraag over toeslagen.',
      idempotencyKey: crypto.randomUUID(),
    }),
  },
  {
    // Accounts are made only through an invitation.
    name: 'users',
    path: '/api/users/invite',
    collection: 'users',
    related: { invitations: 1 },
    // Every account it makes hashes a (random) password and sends a mail.
    fuzzBodies: 400,
    role: 'beheerder',
    valid: () => ({
      email: `${unique('collega')}@test.example`,
      name: 'Nieuwe collega',
      role: 'baliemedewerker',
      staffKind: 'volunteer',
    }),
  },
  {
    name: 'referrals endpoint',
    path: '/api/directory/referrals',
    collection: 'referrals',
    role: 'baliemedewerker',
    valid: () => ({ organisation: referralOrganisationId, consent: true, message: 'Graag contact met mevrouw.' }),
    // The organisation's two answer links ("Ontvangen", "Contact gehad / afgerond").
    related: { 'referral-links': 2 },
  },
  {
    name: 'organisation proposal (verification link)',
    path: '/api/directory/verification',
    collection: 'organisation-proposals',
    valid: () => ({
      token: verificationTokens[nextToken++ % Math.max(1, verificationTokens.length)] ?? 'geen-link',
      answer: 'propose',
      values: { shortDescription: unique('Nieuwe omschrijving'), 'contact.phone': '0000-123456' },
      note: 'Ons nummer is veranderd.',
    }),
  },
]

let nextToken = 0

/** Links for the verification target: `count` unused requests of the organisation, their secrets. */
export const verificationTokens = async (payload: Payload, organisation: number | string, count: number) => {
  const tokens: string[] = []
  for (let i = 0; i < count; i++) {
    const { token, hash } = newLinkToken()
    await payload.create({
      collection: 'verification-requests',
      depth: 0,
      data: {
        organisation: organisation as number,
        purpose: 'verify-organisation',
        tokenHash: hash,
        expiresAt: new Date(Date.now() + 86400_000).toISOString(),
        delivery: 'sent',
      },
    })
    tokens.push(token)
  }
  return tokens
}

/** The reason a refusal gives: Payload's `errors[].message` or the custom endpoints' `error`. */
export const reasonOf = (body: unknown): string | undefined => {
  // A plain-text answer (the calendar feeds) is its own reason.
  if (typeof body === 'string') return body.trim() || undefined
  if (!body || typeof body !== 'object') return undefined
  const { errors, error, message } = body as { errors?: { message?: string }[]; error?: string; message?: string }
  const reason = errors?.[0]?.message ?? error ?? message
  return typeof reason === 'string' && reason.trim() ? reason : undefined
}
