import type { Payload } from 'payload'

import { smtpConfigured } from '@/config/email'
import { serverURL } from '@/config/serverURL'
import { offersOf, organisationsInView, referralNotesInView } from '@/directory/regional'
import { idOf, type Id } from '@/lib/relations'
import { pageNetwork } from '@/networks/current'
import type { Organisation, Referral, ReferralMailbox, User } from '@/payload-types'

import { newReferralCode } from './code'
import { linkFooter, unfilledBlanks } from './letter'
import { createLink, linkUrl } from './links'

export const MAX_MESSAGE_LENGTH = 5000

export interface ReferralInput {
  organisation: unknown
  consent: unknown
  message: unknown
  method?: unknown
}

export type ReferralOutcome =
  | {
      ok: true
      id: Id
      code: string
      method: 'email' | 'mailto' | 'phone'
      mailto?: string
      to?: string
      cc?: string
    }
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
 * An active organisation of the user's (current) network's view, its own or a regional one it offers,
 * with the network's referral notes: any other does not exist here.
 */
const findOrganisation = async (payload: Payload, user: User, id: unknown) => {
  const network = pageNetwork(user)
  const numericIds = payload.db.defaultIDType === 'number'
  const validId =
    typeof id === 'number'
      ? Number.isSafeInteger(id) && id > 0
      : typeof id === 'string' && (numericIds ? /^\d{1,15}$/ : /^[\w-]{1,64}$/).test(id)
  if (!validId || network === null) return undefined
  const offered = await offersOf(payload, network)
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { and: [{ id: { equals: id } }, { status: { equals: 'active' } }, organisationsInView(network, offered)] },
    limit: 1,
    depth: 0,
  })
  const organisation = docs[0] as Organisation | undefined
  return organisation && { ...organisation, referral: referralNotesInView(organisation, offered) }
}

/** The referral record: its code, the organisation, the Infopunt, the desk worker and "sent" — nothing about the resident. */
const recordReferral = async (
  payload: Payload,
  user: User,
  organisation: Organisation,
  mailbox: ReferralMailbox | undefined,
  method: Referral['method'],
): Promise<Referral> =>
  payload.create({
    collection: 'referrals',
    depth: 0,
    data: {
      // Written without a user, so the referral names its network: the desk's (a regional
      // organisation is another network's).
      network: pageNetwork(user),
      code: await newReferralCode(payload),
      organisation: organisation.id,
      location: idOf(user.defaultLocation) ?? idOf(mailbox?.location) ?? null,
      mailbox: mailbox?.id,
      method,
      referredBy: user.id,
      status: 'sent',
      history: [{ status: 'sent', at: new Date().toISOString(), by: 'desk' }],
    },
  })

const discard = async (payload: Payload, referral: Referral) => {
  await payload.delete({ collection: 'referral-links', where: { referral: { equals: referral.id } } })
  await payload.delete({ collection: 'referrals', id: referral.id })
}

/**
 * A warm referral. By e-mail: to the organisation's referral address, with the desk's referral
 * mailbox in cc and as reply-to, the referral code and the two links with which the organisation
 * answers (src/referrals/links.ts). Sent by the server when SMTP is configured; otherwise a
 * prefilled mailto: link for the desk worker's mail client. By phone: only recorded. Either way only
 * the fact of the referral is stored, never the message.
 */
export const sendReferral = async (payload: Payload, user: User, input: ReferralInput): Promise<ReferralOutcome> => {
  if (input.consent !== true) return fail(400, 'Vink aan dat de inwoner toestemming geeft voor deze doorverwijzing.')
  if (input.method !== undefined && input.method !== 'email' && input.method !== 'phone')
    return fail(400, 'Kies hoe je doorverwijst: per e-mail of telefonisch.')
  if (input.message !== undefined && input.message !== null && typeof input.message !== 'string')
    return fail(400, 'Het bericht moet tekst zijn.')
  const message = typeof input.message === 'string' ? input.message.trim() : ''
  if (message.length > MAX_MESSAGE_LENGTH)
    return fail(400, `Het bericht is te lang (hoogstens ${MAX_MESSAGE_LENGTH} tekens).`)
  if (input.organisation === undefined || input.organisation === null || input.organisation === '')
    return fail(400, 'Kies de organisatie waarnaar je verwijst.')
  const organisation = await findOrganisation(payload, user, input.organisation)
  if (!organisation) return fail(404, 'Deze organisatie bestaat niet of is niet actief.')
  const mailbox = await mailboxOf(payload, user)

  if (input.method === 'phone') {
    const referral = await recordReferral(payload, user, organisation, mailbox, 'phone')
    return { ok: true, id: referral.id, code: referral.code, method: 'phone' }
  }

  const to = organisation.referral?.email || organisation.contact?.email
  if (!to) return fail(400, 'Van deze organisatie is geen verwijs-e-mailadres bekend. Bel de contactpersoon.')
  const method = smtpConfigured() ? 'email' : 'mailto'
  if (method === 'email' && !message) return fail(400, 'Schrijf een bericht aan de organisatie.')
  const unfilled = unfilledBlanks(message)
  if (unfilled.length > 0) return fail(400, `Vul in het bericht nog in: ${unfilled.join(' en ')}.`)

  const referral = await recordReferral(payload, user, organisation, mailbox, method)
  const [received, outcome] = [
    await createLink(payload, referral.id, 'received'),
    await createLink(payload, referral.id, 'outcome'),
  ]
  const subject = `Warme doorverwijzing vanuit het Infopunt (${referral.code})`
  const text = `${message}\n\n${linkFooter(referral.code, linkUrl(serverURL(), received), linkUrl(serverURL(), outcome))}`
  if (method === 'email') {
    try {
      await payload.sendEmail({ to, cc: mailbox?.email, replyTo: mailbox?.email ?? user.email, subject, text })
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Referral e-mail could not be sent' })
      await discard(payload, referral)
      return fail(502, 'De e-mail kon niet worden verstuurd. Probeer het later opnieuw of bel de organisatie.')
    }
    return { ok: true, id: referral.id, code: referral.code, method, to, cc: mailbox?.email }
  }
  const query = new URLSearchParams({ subject, body: text })
  if (mailbox) query.set('cc', mailbox.email)
  // URLSearchParams encodes spaces as "+", which mail clients show literally.
  const mailto = `mailto:${to}?${query.toString().replace(/\+/g, '%20')}`
  return { ok: true, id: referral.id, code: referral.code, method, to, cc: mailbox?.email, mailto }
}
