import type { Payload } from 'payload'

import { pageNetwork } from '@/networks/current'
import type { User } from '@/payload-types'

import { isExpired } from './announcements'
import { emptyStartpage, findStartpage } from './perNetwork'

/**
 * What on the startpage needs communications staff: broken digital sources (those `viewer` may read)
 * and expired announcements of the startpage `viewer` (seen within one network) edits.
 */
export const loadStartpageAttention = async (payload: Payload, viewer: User) => {
  const now = new Date()
  const network = pageNetwork(viewer)
  const [broken, startpage] = await Promise.all([
    payload.find({
      collection: 'digital-sources',
      where: { 'lastCheck.status': { equals: 'broken' } },
      user: viewer,
      overrideAccess: false,
      depth: 0,
      limit: 5,
      select: { title: true },
    }),
    network === null ? emptyStartpage() : findStartpage(payload, { network, draft: true }),
  ])
  return {
    brokenCount: broken.totalDocs,
    brokenTitles: broken.docs.map((doc) => doc.title),
    expired: (startpage.announcements ?? []).filter((item) => isExpired(item, now)).length,
  }
}
