import { Forbidden, type Access, type CollectionBeforeOperationHook } from 'payload'

import { canEditContent } from './isContentEditor'
import { isStaffMember } from './isStaff'

/** Every staff member reads the published startpage. */
export const canReadStartpage: Access = ({ req }) => isStaffMember(req.user)

/**
 * Only communications staff and administrators may read the unpublished draft. Decided from the
 * `draft` the read operation itself was given, not from the query string again: there a repeated
 * `?draft=true&draft=false` is one value to Payload's handler and a list to the query parser.
 */
export const draftsForEditorsOnly: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  const draft = operation === 'read' && 'draft' in args && args.draft
  if (draft && !overrideAccess && !canEditContent(req.user)) throw new Forbidden(req.t)
  return args
}
