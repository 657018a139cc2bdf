import type { Payload } from 'payload'

import { smtpConfigured } from '@/config/email'
import { idOf, type Id } from '@/lib/relations'
import type { Referral } from '@/payload-types'

export type CardOutcome = { ok: true } | { ok: false; status: number; error: string }

// Deliberately loose: the mail server has the last word; this only refuses what cannot be an address.
const EMAIL = /^[^\s@<>,;"]{1,64}@[^\s@<>,;"]{1,189}\.[^\s@<>,;".]{2,63}$/

/** The card as plain text: the code, what the organisation does and how to reach it, and the desk. */
const cardText = async (payload: Payload, referral: Referral) => {
  const organisation = await payload.findByID({
    collection: 'organisations',
    id: idOf(referral.organisation) as Id,
    depth: 0,
  })
  const locationId = idOf(referral.location)
  const location = locationId
    ? await payload.findByID({ collection: 'locations', id: locationId, depth: 0, disableErrors: true })
    : null
  const contact = organisation.contact
  const address = contact?.address?.street
    ? `${contact.address.street}, ${contact.address.postalCode ?? ''} ${contact.address.city ?? ''}`.trim()
    : undefined
  return [
    `U bent doorverwezen naar ${organisation.name}.`,
    '',
    `Uw verwijscode: ${referral.code}`,
    'Noem deze code als u contact opneemt; dan weten ze dat u via het Infopunt komt.',
    '',
    organisation.shortDescription ?? '',
    '',
    `Zo bereikt u ${organisation.name}:`,
    ...[
      contact?.phone && `Telefoon: ${contact.phone}`,
      contact?.email && `E-mail: ${contact.email}`,
      contact?.website && `Website: ${contact.website}`,
      address && `Adres: ${address}`,
    ].filter(Boolean),
    '',
    location ? `Vragen? Kom langs bij ${location.name}.` : 'Vragen? Kom langs bij het Infopunt.',
  ].join('\n')
}

/**
 * E-mails the referral card to the resident, with their consent. The address is used for this one
 * message only: it is not stored, not returned and not logged (not even when sending fails).
 */
export const emailCard = async (
  payload: Payload,
  referral: Referral,
  body: Record<string, unknown>,
): Promise<CardOutcome> => {
  if (body.consent !== true)
    return { ok: false, status: 400, error: 'Vink aan dat de inwoner de kaart per e-mail wil.' }
  const email = typeof body.email === 'string' ? body.email.trim() : ''
  if (!EMAIL.test(email) || email.length > 254)
    return { ok: false, status: 400, error: 'Vul een geldig e-mailadres in.' }
  if (!smtpConfigured())
    return { ok: false, status: 409, error: 'E-mail versturen staat uit op deze server; geef de kaart op papier mee.' }
  try {
    await payload.sendEmail({
      to: email,
      subject: `Uw verwijskaart (${referral.code})`,
      text: await cardText(payload, referral),
    })
  } catch (error) {
    // Only the error code: a mail server's message can quote the address.
    payload.logger.error({ msg: 'Referral card e-mail could not be sent', code: (error as { code?: string }).code })
    return { ok: false, status: 502, error: 'De e-mail kon niet worden verstuurd. Geef de kaart op papier mee.' }
  }
  return { ok: true }
}
