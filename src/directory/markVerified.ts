import type { CollectionBeforeChangeHook } from 'payload'

import type { Organisation } from '@/payload-types'

/** Pass `context: { [VERIFIED_BY_ORGANISATION]: true }` when the organisation itself confirmed its details. */
export const VERIFIED_BY_ORGANISATION = 'verifiedByOrganisation'

/**
 * "Gegevens zijn nu gecontroleerd": stamps today's date and the editor as verifier. An answer of the
 * organisation itself (through its verification link) stamps the date with the organisation as verifier.
 */
export const markVerified: CollectionBeforeChangeHook<Organisation> = ({ data, req, context }) => {
  if (context[VERIFIED_BY_ORGANISATION]) {
    data.lastVerifiedAt = new Date().toISOString()
    data.verifiedBy = null
    data.verifiedVia = 'organisation'
    data.verificationBounced = false
  } else if (data.markVerified) {
    data.lastVerifiedAt = new Date().toISOString()
    if (req.user) data.verifiedBy = req.user.id
    data.verifiedVia = 'staff'
  }
  delete data.markVerified
  return data
}
