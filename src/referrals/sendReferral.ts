import type { Payload } from 'payload'

import { smtpConfigured } from '@/config/email'
import { idOf } from '@/lib/relations'
import type { Organisation, ReferralMailbox, User } from '@/payload-types'

export const MAX_MESSAGE_LENGTH = 5000

export interface ReferralInput {
  organisation: unknown
  consent: unknown
  message: unknown
}

export type ReferralOutcome =
  | { ok: true; method: 'email' | 'mailto'; mailto?: string; to: string; cc?: string }
  | { ok: false; status: number; error: string }

const fail = (status: number, error: string): ReferralOutcome => ({ ok: false, status, error })

const mailboxOf = async (payload: Payload, user: User) => {
  const location = idOf(user.defaultLocation)
  if (!location) return undefined
  const { docs } = await payload.find({
    collection: 'referral-mailboxes',
    where: { location: { equals: location } },
    limit: 1,
    depth: 0,
  })
  return docs[0] as ReferralMailbox | undefined
}

/**
 * A warm referral by e-mail: to the organisation's referral address, with the desk's referral
 * mailbox in cc and as reply-to. Sent by the server when SMTP is configured; otherwise a prefilled
 * mailto: link for the desk worker's mail client. Either way only the fact of the referral is stored.
 */
export const sendReferral = async (payload: Payload, user: User, input: ReferralInput): Promise<ReferralOutcome> => {
  if (input.consent !== true) return fail(400, 'Vink aan dat de inwoner toestemming geeft voor deze doorverwijzing.')
  if (input.message !== undefined && input.message !== null && typeof input.message !== 'string')
    return fail(400, 'Het bericht moet tekst zijn.')
  const message = typeof input.message === 'string' ? input.message.trim() : ''
  if (message.length > MAX_MESSAGE_LENGTH)
    return fail(400, `Het bericht is te lang (hoogstens ${MAX_MESSAGE_LENGTH} tekens).`)
  const numericIds = payload.db.defaultIDType === 'number'
  const organisationId = input.organisation
  const validId =
    typeof organisationId === 'number'
      ? Number.isSafeInteger(organisationId) && organisationId > 0
      : typeof organisationId === 'string' && (numericIds ? /^\d{1,15}$/ : /^[\w-]{1,64}$/).test(organisationId)
  if (!validId) return fail(400, 'Kies de organisatie waarnaar je verwijst.')
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { and: [{ id: { equals: input.organisation } }, { status: { equals: 'active' } }] },
    limit: 1,
    depth: 0,
  })
  const organisation = docs[0] as Organisation | undefined
  if (!organisation) return fail(404, 'Deze organisatie bestaat niet of is niet actief.')
  const to = organisation.referral?.email || organisation.contact?.email
  if (!to) return fail(400, 'Van deze organisatie is geen verwijs-e-mailadres bekend. Bel de contactpersoon.')

  const mailbox = await mailboxOf(payload, user)
  const subject = `Warme doorverwijzing vanuit het Infopunt`
  const method = smtpConfigured() ? 'email' : 'mailto'
  if (method === 'email') {
    if (!message) return fail(400, 'Schrijf een bericht aan de organisatie.')
    try {
      await payload.sendEmail({ to, cc: mailbox?.email, replyTo: mailbox?.email ?? user.email, subject, text: message })
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Referral e-mail could not be sent' })
      return fail(502, 'De e-mail kon niet worden verstuurd. Probeer het later opnieuw of bel de organisatie.')
    }
  }
  await payload.create({
    collection: 'referrals',
    data: { organisation: organisation.id, mailbox: mailbox?.id, method, referredBy: user.id },
  })
  if (method === 'email') return { ok: true, method, to, cc: mailbox?.email }
  const query = new URLSearchParams({ subject, body: message })
  if (mailbox) query.set('cc', mailbox.email)
  // URLSearchParams encodes spaces as "+", which mail clients show literally.
  return { ok: true, method, to, cc: mailbox?.email, mailto: `mailto:${to}?${query.toString().replace(/\+/g, '%20')}` }
}
