import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * Referrals made before the referral loop get a code ("INF-0<id>": new codes never contain a 0),
 * the status "sent" and no reminder (they had no links to answer with). Running it again changes nothing.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const referrals = payload.db.collections.referrals
  for await (const referral of referrals.find({ code: { $exists: false } }, { projection: { _id: 1, createdAt: 1 } }))
    await referrals.updateOne(
      { _id: referral._id },
      { $set: { code: `INF-0${String(referral._id)}`, status: 'sent', reminderSentAt: referral.createdAt } },
    )
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The codes stay: they are harmless without the loop.
}
