import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { isExpired } from './announcements'

/**
 * What on the startpage needs communications staff: broken digital sources (those `viewer` may read)
 * and expired announcements.
 */
export const loadStartpageAttention = async (payload: Payload, viewer: User) => {
  const now = new Date()
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
    payload.findGlobal({ slug: 'startpage', depth: 0, draft: true }),
  ])
  return {
    brokenCount: broken.totalDocs,
    brokenTitles: broken.docs.map((doc) => doc.title),
    expired: (startpage.announcements ?? []).filter((item) => isExpired(item, now)).length,
  }
}
