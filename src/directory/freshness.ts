import { randomUUID } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

const markChanged = async (req: PayloadRequest) => {
  await req.payload.updateGlobal({ slug: 'directory-state', data: { stamp: randomUUID() }, req, depth: 0 })
}

/** After any change to organisations, services or themes, the next search rebuilds its index. */
export const directoryChanged: CollectionAfterChangeHook = async ({ req, doc }) => {
  await markChanged(req)
  return doc
}

export const directoryDeleted: CollectionAfterDeleteHook = async ({ req, doc }) => {
  await markChanged(req)
  return doc
}

export const currentStamp = async (payload: Payload): Promise<string> => {
  const state = await payload.findGlobal({ slug: 'directory-state', depth: 0 })
  return state.stamp ?? 'initial'
}
