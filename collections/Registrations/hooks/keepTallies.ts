import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Registration } from '@/payload-types'
import {
  adjustTallies,
  COMPLETES_CUT_OFF,
  kindsFromDatabase,
  tallyChanges,
  tallyRefsOf,
  type TalliedRegistration,
} from '@/registrations/tallies'

/** Keeps the report tallies right in the same write as the registration (same `req`, so the same transaction). */
export const tallyOnChange: CollectionAfterChangeHook<Registration> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  const kindsOf = kindsFromDatabase(req.payload, req)
  const after = await tallyRefsOf(doc as TalliedRegistration, kindsOf)
  if (operation === 'create' || context[COMPLETES_CUT_OFF]) {
    await adjustTallies(req.payload, after, 1, req)
    return doc
  }
  const before = await tallyRefsOf(previousDoc as TalliedRegistration, kindsOf)
  const { removed, added } = tallyChanges(before, after)
  await adjustTallies(req.payload, removed, -1, req)
  await adjustTallies(req.payload, added, 1, req)
  return doc
}

export const tallyOnDelete: CollectionAfterDeleteHook<Registration> = async ({ doc, req }) => {
  await adjustTallies(
    req.payload,
    await tallyRefsOf(doc as TalliedRegistration, kindsFromDatabase(req.payload, req)),
    -1,
    req,
  )
  return doc
}
