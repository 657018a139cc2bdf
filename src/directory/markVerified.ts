import type { CollectionBeforeChangeHook } from 'payload'

import type { Organisation } from '@/payload-types'

/** "Gegevens zijn nu gecontroleerd": stamps today's date and the editor as verifier. */
export const markVerified: CollectionBeforeChangeHook<Organisation> = ({ data, req }) => {
  if (data.markVerified) {
    data.lastVerifiedAt = new Date().toISOString()
    if (req.user) data.verifiedBy = req.user.id
  }
  delete data.markVerified
  return data
}
