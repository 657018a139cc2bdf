import type { Payload, TaskConfig } from 'payload'

import { smtpConfigured } from '@/config/email'
import { serverURL } from '@/config/serverURL'
import { formatDate } from '@/lib/dates'
import { localParts } from '@/lib/localTime'
import { idOf, type Id } from '@/lib/relations'
import { workingDaysPassed } from '@/lib/workingDays'
import { NIGHTLY_QUEUE } from '@/jobs/queues'
import type { Organisation, Referral } from '@/payload-types'

import { linkFooter } from './letter'
import { createLink, LINK_DAYS, linkUrl } from './links'
import { statusLabel } from './status'

/** A referral without an answer after this many working days gets a reminder, and is flagged for follow-up. */
export const FOLLOW_UP_WORKING_DAYS = 2

export const REMINDERS_OFF =
  'Herinneringen en dagoverzichten van doorverwijzingen staan uit: er is geen SMTP-server ingesteld.'

export const needsFollowUp = (referral: Pick<Referral, 'status' | 'createdAt'>, now = new Date()) =>
  referral.status === 'sent' && workingDaysPassed(new Date(referral.createdAt), now, FOLLOW_UP_WORKING_DAYS)

const openStatuses = ['sent', 'received', 'in-contact']

/**
 * One reminder to each organisation that has not confirmed a referral e-mailed by the server after
 * two working days. The referral is marked before the mail goes out (and unmarked if it fails), so
 * no run, retry or second process sends one twice. The reminder carries fresh links: the first
 * e-mail's tokens exist only in that e-mail.
 */
const sendReminders = async (payload: Payload, now: Date) => {
  const { docs } = await payload.find({
    collection: 'referrals',
    where: {
      and: [
        { status: { equals: 'sent' } },
        { method: { equals: 'email' } },
        { reminderSentAt: { exists: false } },
        // A coarse cut first (two working days are at least a day); they are counted below.
        { createdAt: { less_than: new Date(now.getTime() - 86_400_000).toISOString() } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  let sent = 0
  for (const referral of docs.filter((doc) => needsFollowUp(doc, now))) {
    const organisation = (await payload.findByID({
      collection: 'organisations',
      id: idOf(referral.organisation) as Id,
      depth: 0,
      disableErrors: true,
    })) as Organisation | null
    const to = organisation?.referral?.email || organisation?.contact?.email
    if (!to) continue
    await payload.update({
      collection: 'referrals',
      id: referral.id,
      data: { reminderSentAt: now.toISOString() },
      depth: 0,
    })
    const mailbox = idOf(referral.mailbox)
      ? await payload.findByID({
          collection: 'referral-mailboxes',
          id: idOf(referral.mailbox) as Id,
          depth: 0,
          disableErrors: true,
        })
      : null
    const received = await createLink(payload, referral.id, 'received', now)
    const outcome = await createLink(payload, referral.id, 'outcome', now)
    try {
      await payload.sendEmail({
        to,
        replyTo: mailbox?.email,
        subject: `Herinnering: doorverwijzing ${referral.code}`,
        text: [
          `Op ${formatDate(referral.createdAt)} verwees het Infopunt een inwoner naar u door (verwijscode ${referral.code}).`,
          'We hebben nog niet gehoord of u die doorverwijzing hebt ontvangen. Wilt u dat laten weten?',
          '',
          linkFooter(referral.code, linkUrl(serverURL(), received), linkUrl(serverURL(), outcome)),
        ].join('\n'),
      })
      sent += 1
    } catch (error) {
      payload.logger.error({ msg: 'Referral reminder could not be sent', code: (error as { code?: string }).code })
      await payload.update({ collection: 'referrals', id: referral.id, data: { reminderSentAt: null }, depth: 0 })
    }
  }
  return sent
}

/** Each Infopunt's referral mailbox: once a day, the list of its open referrals (none: no mail). */
const sendDigests = async (payload: Payload, now: Date) => {
  const today = localParts(now).date
  const { docs: mailboxes } = await payload.find({
    collection: 'referral-mailboxes',
    depth: 0,
    limit: 0,
    pagination: false,
  })
  let sent = 0
  for (const mailbox of mailboxes) {
    if (mailbox.digestSentOn === today) continue
    const { docs: open } = await payload.find({
      collection: 'referrals',
      // The links' lifetime: older open referrals are on the desk workers' own page, not in every digest.
      where: {
        and: [
          { mailbox: { equals: mailbox.id } },
          { status: { in: openStatuses } },
          { createdAt: { greater_than: new Date(now.getTime() - LINK_DAYS * 86_400_000).toISOString() } },
        ],
      },
      sort: 'createdAt',
      depth: 1,
      limit: 0,
      pagination: false,
    })
    if (open.length === 0) continue
    const previous = mailbox.digestSentOn ?? null
    await payload.update({ collection: 'referral-mailboxes', id: mailbox.id, data: { digestSentOn: today }, depth: 0 })
    const lines = open.map((referral) => {
      const organisation = typeof referral.organisation === 'object' ? referral.organisation.name : ''
      const flag = needsFollowUp(referral, now) ? ' — nog geen antwoord, bel na' : ''
      return `${referral.code}  ${organisation}  ${statusLabel(referral.status)} (sinds ${formatDate(referral.createdAt)})${flag}`
    })
    try {
      await payload.sendEmail({
        to: mailbox.email,
        subject: `Open doorverwijzingen op ${formatDate(now)} (${open.length})`,
        text: [
          `Open doorverwijzingen van dit Infopunt (${open.length}):`,
          '',
          ...lines,
          '',
          `Bijwerken na een telefoontje: ${serverURL()}/doorverwijzingen`,
        ].join('\n'),
      })
      sent += 1
    } catch (error) {
      payload.logger.error({ msg: 'Referral digest could not be sent', code: (error as { code?: string }).code })
      await payload.update({
        collection: 'referral-mailboxes',
        id: mailbox.id,
        data: { digestSentOn: previous },
        depth: 0,
      })
    }
  }
  return sent
}

/** The nightly reminders and digests; without SMTP they are off, and the log says so. */
export const runReferralReminders = async (payload: Payload, now = new Date()) => {
  if (!smtpConfigured()) {
    payload.logger.info('Referral reminders and digests are off: SMTP_HOST is not set.')
    return { reminders: 0, digests: 0 }
  }
  const reminders = await sendReminders(payload, now)
  const digests = await sendDigests(payload, now)
  payload.logger.info(`Referral follow-up: ${reminders} reminders, ${digests} digests sent.`)
  return { reminders, digests }
}

/** The job (queue "nightly", 06:30 server time: the digest is there when the desks open). */
export const referralRemindersTask: TaskConfig<'referralReminders'> = {
  slug: 'referralReminders',
  label: 'Herinneringen doorverwijzingen',
  retries: 1,
  schedule: [{ cron: '0 30 6 * * *', queue: NIGHTLY_QUEUE }],
  outputSchema: [
    { name: 'reminders', type: 'number', required: true },
    { name: 'digests', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await runReferralReminders(req.payload) }),
}
