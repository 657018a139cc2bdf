import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * An account's role moves into its rows of networks: the role it held becomes its role in every network
 * it works in. Running it again changes nothing: only accounts that still hold a role of their own change.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const users = payload.db.collections.users.collection
  for await (const user of users.find({ role: { $exists: true } }, { projection: { role: 1, networks: 1 } })) {
    const networks = (Array.isArray(user.networks) ? user.networks : []).map((row: Record<string, unknown>) => ({
      ...row,
      role: row.role ?? user.role,
    }))
    await users.updateOne({ _id: user._id }, { $set: { networks }, $unset: { role: '' } })
  }
}

/** Back to one role per account: the one held in its first network. */
export async function down({ payload }: MigrateDownArgs): Promise<void> {
  const users = payload.db.collections.users.collection
  for await (const user of users.find({ role: { $exists: false } }, { projection: { networks: 1 } })) {
    const role = (Array.isArray(user.networks) && user.networks[0]?.role) || 'baliemedewerker'
    await users.updateOne({ _id: user._id }, { $set: { role } })
  }
}
