import type { PayloadRequest } from 'payload'

import { canFollowUpReferral } from '@/access/referrals'
import { idOf, type Relation } from '@/lib/relations'

/** How long a referral stays on offer in the registration form: the same shift, give or take. */
export const LINKABLE_REFERRAL_HOURS = 12

/**
 * A registration may link only referrals its author may follow up: a desk worker their own,
 * coordinators and administrators any. Checked on the server, so a crafted request gets a Dutch 400.
 */
export const validateLinkedReferrals = async (value: unknown, { req }: { req: PayloadRequest }) => {
  if (value == null) return true
  if (!Array.isArray(value)) return 'Kies de doorverwijzingen uit de lijst.'
  for (const item of value as Relation[]) {
    const id = idOf(item)
    const referral = await req.payload
      .findByID({ collection: 'referrals', id, depth: 0, select: { referredBy: true }, req, disableErrors: true })
      .catch(() => null)
    if (!referral) return 'Deze doorverwijzing bestaat niet (meer).'
    if (!canFollowUpReferral(req.user, referral)) return 'Je kunt alleen je eigen doorverwijzingen koppelen.'
  }
  return true
}
