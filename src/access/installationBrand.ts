import type { Access } from 'payload'

import type { User } from '@/payload-types'

import { canEditContent } from './isContentEditor'
import { isPlatformAdministrator } from './platform'

/**
 * The installation's brand is every network's fallback (and the login page's): on an installation of
 * one network its communications staff and administrators keep it; once there are more, only the
 * platform administrator, since a network's editors would change the others' pages. A network keeps
 * its own brand on the network itself.
 */
export const canEditInstallationBrand: Access = async ({ req }) => {
  if (isPlatformAdministrator(req.user as User | null)) return true
  if (!canEditContent(req.user)) return false
  const { totalDocs } = await req.payload.count({ collection: 'networks', req, overrideAccess: true })
  return totalDocs <= 1
}
