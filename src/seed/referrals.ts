import type { Payload } from 'payload'

import { idOf } from '@/lib/relations'
import type { Referral } from '@/payload-types'
import { newReferralCode } from '@/referrals/code'
import type { OutcomeReason, ReferralStatus } from '@/referrals/status'
import { WRITING_NETWORK } from '@/networks/current'

import type { SeededContent } from './content'
import { ofNetwork } from './inNetwork'

const DAY = 24 * 60 * 60 * 1000

/** Demo referrals in every status: [organisation, days ago, status, reason, days to first answer]. */
const demoReferrals: [string, number, ReferralStatus, OutcomeReason | null, number | null][] = [
  ['Humanitas Dalfsen', 0, 'sent', null, null],
  ['Saam Welzijn', 6, 'sent', null, null],
  ['MEE IJsseloevers', 1, 'received', null, 1],
  ['Humanitas Dalfsen', 9, 'in-contact', null, 1],
  ['Saam Welzijn', 14, 'completed', null, 0],
  ['Kern Maatschappelijke Dienstverlening', 20, 'completed', null, 2],
  ['VluchtelingenWerk', 25, 'not-completed', 'waiting-list', 3],
  ['Carinova', 33, 'not-completed', 'unreachable', 1],
  ['Bibliotheek Dalfsen', 40, 'completed', null, 1],
]

/**
 * Referrals of the demo desk worker, in every status, the way the loop leaves them: one sent today,
 * one waiting for an answer for more than two working days (flagged for follow-up), the rest
 * answered. Only codes, organisations, times and statuses: there is nothing else to seed.
 */
export const seedReferrals = async (payload: Payload, content: SeededContent): Promise<number> => {
  if ((await payload.count({ collection: 'referrals', where: ofNetwork(content.network) })).totalDocs > 0) return 0
  const deskWorker = content.users.get('balie@infopunt.example')
  if (!deskWorker) return 0
  const location = idOf(deskWorker.defaultLocation) ?? [...content.locations.values()][0]?.id
  const { docs: mailboxes } = await payload.find({
    collection: 'referral-mailboxes',
    where: { location: { equals: location } },
    limit: 1,
    depth: 0,
  })
  const now = Date.now()
  let created = 0
  for (const [name, daysAgo, status, reason, answerDays] of demoReferrals) {
    const organisation = [...content.organisations.values()].find((candidate) => candidate.name.startsWith(name))
    if (!organisation) continue
    const createdAt = new Date(now - daysAgo * DAY - 2 * 60 * 60 * 1000).toISOString()
    const answeredAt = answerDays === null ? null : new Date(Date.parse(createdAt) + answerDays * DAY + 3_600_000)
    const history: NonNullable<Referral['history']> = [{ status: 'sent', at: createdAt, by: 'desk' }]
    if (answeredAt && status !== 'sent') history.push({ status, at: answeredAt.toISOString(), by: 'organisation' })
    await payload.create({
      collection: 'referrals',
      context: { [WRITING_NETWORK]: content.network.id },
      data: {
        code: await newReferralCode(payload),
        organisation: organisation.id,
        location,
        mailbox: mailboxes[0]?.id,
        method: daysAgo % 2 === 0 ? 'email' : 'phone',
        referredBy: deskWorker.id,
        status,
        outcomeReason: reason,
        firstAnswerAt: answeredAt?.toISOString() ?? null,
        // The demo sends no reminders for referrals that predate it.
        reminderSentAt: status === 'sent' && daysAgo > 2 ? createdAt : null,
        history,
        createdAt,
      },
    })
    created += 1
  }
  return created
}
