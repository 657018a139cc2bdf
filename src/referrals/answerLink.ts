import type { Payload } from 'payload'

import { findLink, linkProblems } from './links'
import { readAnswer, recordProgress } from './progress'
import { isFinal, type ReferralStatus } from './status'

/** What each link may report: "Ontvangen" only that; "Contact gehad / afgerond" the steps after it. */
export const answersOf: Record<'received' | 'outcome', readonly ReferralStatus[]> = {
  received: ['received'],
  outcome: ['in-contact', 'completed', 'not-completed'],
}

const thanks: Record<string, string> = {
  received: 'Dank u. Het Infopunt ziet nu dat u de doorverwijzing hebt ontvangen.',
  'in-contact':
    'Dank u. Het Infopunt ziet nu dat u contact hebt gehad. Met dezelfde link meldt u later of het is afgerond.',
  completed: 'Dank u. Het Infopunt ziet nu dat de doorverwijzing is afgerond.',
  'not-completed': 'Dank u. Het Infopunt ziet nu dat het niet gelukt is, en waarom; het neemt de draad weer op.',
}

export type LinkAnswerOutcome =
  { ok: true; status: ReferralStatus; message: string } | { ok: false; status: number; error: string }

/**
 * The organisation's answer through a link: the link must be real, unexpired and unused, the answer
 * one its purpose allows and a step forward. "Ontvangen" and a final outcome use the link up;
 * "contact gehad" leaves the outcome link open for the final answer. A refused answer changes nothing.
 */
export const answerLink = async (
  payload: Payload,
  body: Record<string, unknown>,
  now = new Date(),
): Promise<LinkAnswerOutcome> => {
  const found = await findLink(payload, body.token, now)
  if (!found.ok)
    return { ok: false, status: found.reason === 'unknown' ? 404 : 410, error: linkProblems[found.reason].text }
  const { link, referral } = found
  const answer = readAnswer(body.status, body.reason, answersOf[link.purpose])
  if ('error' in answer) return { ok: false, status: 400, error: answer.error }
  const progress = await recordProgress(payload, referral, answer, 'organisation', now)
  if (!progress.ok) return progress
  if (link.purpose === 'received' || isFinal(answer.status))
    await payload.update({ collection: 'referral-links', id: link.id, data: { usedAt: now.toISOString() }, depth: 0 })
  return { ok: true, status: answer.status, message: thanks[answer.status] }
}
