import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { defaultSectionOrder } from '../../startpage/sections'

/**
 * The installation's startpage (a global until now) becomes its first network's, under the same id and
 * with its versions; every other network gets an empty published one. The global and its versions stay
 * where they were, unread. Running it again changes nothing.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const { collections, globals, versions, connection } = payload.db
  const startpages = collections.startpages.collection
  const networks = await collections.networks.collection.find({}, { projection: { _id: 1 }, sort: { _id: 1 } }).toArray()
  const global = await globals.collection.findOne({ globalType: 'startpage' })
  for (const [index, network] of networks.entries()) {
    if (await startpages.findOne({ network: network._id }, { projection: { _id: 1 } })) continue
    if (index === 0 && global) {
      const { globalType: _globalType, ...startpage } = global
      await startpages.insertOne({ ...startpage, network: network._id })
      for await (const version of connection.collection('_startpage_versions').find({}))
        await versions.startpages.collection.insertOne({
          ...version,
          parent: global._id,
          version: { ...version.version, network: network._id },
        })
      continue
    }
    // With its version: the admin and drafts read a startpage through its latest one.
    const now = new Date()
    const startpage = { network: network._id, sections: defaultSectionOrder, _status: 'published', createdAt: now, updatedAt: now }
    const { insertedId } = await startpages.insertOne(startpage)
    await versions.startpages.collection.insertOne({
      parent: insertedId,
      version: startpage,
      latest: true,
      autosave: false,
      createdAt: now,
      updatedAt: now,
    })
  }
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The global is still there: the previous release reads it as it was.
}
