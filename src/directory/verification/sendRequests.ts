import type { Payload, TaskConfig } from 'payload'

import { smtpConfigured } from '@/config/email'
import { serverURL } from '@/config/serverURL'
import { DEFER_DIRECTORY_STAMP } from '@/directory/freshness'
import { NIGHTLY_QUEUE } from '@/jobs/queues'
import { formatDate } from '@/lib/dates'
import { newLinkToken } from '@/lib/linkTokens'
import { idOf } from '@/lib/relations'
import type { Organisation } from '@/payload-types'

import { cycleStart, VERIFICATION_LINK_DAYS } from './cycle'

/** The most mails one run sends; the rest follow on the next run. */
const BATCH = 100

/** The page behind the link in the mail. */
export const verificationLink = (token: string) => `${serverURL()}/gegevens-controleren/${token}`

const mailText = (organisation: Organisation, link: string, expiresAt: Date) =>
  [
    `Beste ${organisation.referral?.contactPerson || `medewerker van ${organisation.name}`},`,
    '',
    `Het Infopunt verwijst inwoners door naar ${organisation.name}. Daarom houden we uw gegevens in onze`,
    'Wegwijzer graag actueel. Wilt u controleren of ze nog kloppen? Via deze link ziet u uw gegevens en',
    'diensten zoals wij ze kennen:',
    '',
    link,
    '',
    'Klopt alles, dan is één klik op "Alles klopt" genoeg. Is er iets veranderd, dan stelt u de wijziging op',
    'dezelfde pagina voor; een medewerker van het Infopunt bekijkt die en neemt hem over.',
    '',
    `De link werkt één keer, tot ${formatDate(expiresAt)}, en alleen voor ${organisation.name}.`,
    '',
    'Met vriendelijke groet,',
    'Het Infopunt',
  ].join('\n')

/**
 * Sends "Kloppen uw gegevens nog?" to every active organisation whose details were last verified
 * before the current cycle began and that was not asked during this cycle yet, so nobody is asked
 * twice in one cycle. A mail the SMTP server refuses marks the request and the organisation as
 * bounced. Returns how many were sent, bounced, and skipped for want of an address.
 */
export const sendDueVerificationRequests = async (payload: Payload, now = new Date()) => {
  const result = { sent: 0, bounced: 0, withoutAddress: 0 }
  if (!smtpConfigured()) return result
  const start = cycleStart(now).toISOString()
  const { docs } = await payload.find({
    collection: 'organisations',
    depth: 0,
    limit: BATCH,
    sort: 'lastVerifiedAt',
    where: {
      and: [
        { status: { equals: 'active' } },
        { or: [{ lastVerifiedAt: { less_than: start } }, { lastVerifiedAt: { exists: false } }] },
        { or: [{ verificationRequestedAt: { less_than: start } }, { verificationRequestedAt: { exists: false } }] },
      ],
    },
  })
  for (const organisation of docs) {
    const to = organisation.referral?.email || organisation.contact?.email
    if (!to) {
      result.withoutAddress++
      continue
    }
    const { token, hash } = newLinkToken()
    const expiresAt = new Date(now.getTime() + VERIFICATION_LINK_DAYS * 86400_000)
    const request = await payload.create({
      collection: 'verification-requests',
      overrideAccess: true,
      depth: 0,
      data: {
        // Made by a job, without a user: the request names its organisation's network.
        network: idOf(organisation.network),
        organisation: organisation.id,
        purpose: 'verify-organisation',
        tokenHash: hash,
        expiresAt: expiresAt.toISOString(),
        delivery: 'sent',
      },
    })
    let bounced = false
    try {
      await payload.sendEmail({
        to,
        subject: 'Kloppen uw gegevens nog?',
        text: mailText(organisation, verificationLink(token), expiresAt),
      })
    } catch (error) {
      bounced = true
      payload.logger.warn(
        `Verification request to organisation ${organisation.id} was refused: ${(error as Error).message}`,
      )
      await payload.update({
        collection: 'verification-requests',
        id: request.id,
        overrideAccess: true,
        depth: 0,
        data: { delivery: 'bounced' },
      })
    }
    // Only bookkeeping: the search index need not be rebuilt for it.
    await payload.update({
      collection: 'organisations',
      id: organisation.id,
      overrideAccess: true,
      depth: 0,
      context: { [DEFER_DIRECTORY_STAMP]: true },
      data: { verificationRequestedAt: now.toISOString(), verificationBounced: bounced },
    })
    result[bounced ? 'bounced' : 'sent']++
  }
  return result
}

/** The cycle as a Payload job: every morning at 09:00 server time, so the mails arrive in office hours. */
export const verificationRequestTask: TaskConfig<'sendVerificationRequests'> = {
  slug: 'sendVerificationRequests',
  label: 'Controleverzoeken aan organisaties versturen',
  retries: 1,
  schedule: [{ cron: '0 0 9 * * *', queue: NIGHTLY_QUEUE }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'bounced', type: 'number' },
    { name: 'withoutAddress', type: 'number' },
  ],
  handler: async ({ req }) => {
    if (!smtpConfigured()) req.payload.logger.info('Verification requests are off: no SMTP_HOST configured.')
    const output = await sendDueVerificationRequests(req.payload)
    req.payload.logger.info(
      `Verification requests: ${output.sent} sent, ${output.bounced} bounced, ${output.withoutAddress} without an address.`,
    )
    return { output }
  },
}
