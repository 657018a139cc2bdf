import { createLocalReq, type CollectionAfterChangeHook, type Payload } from 'payload'

import type { Network, Startpage } from '@/payload-types'

import { defaultSectionOrder } from './sections'

/** What a network's startpage holds before its communications staff write anything: the sections only. */
export const emptyStartpage = (): Startpage => ({ sections: defaultSectionOrder }) as Startpage

/**
 * A new network gets its (empty, published) startpage at once, so the admin always opens the network's
 * own and never makes one on the fly. Within the network's own transaction, written by the server: the
 * platform administrator who made the network is not in it, and so may not write into it.
 */
export const everyNetworkHasAStartpage: CollectionAfterChangeHook<Network> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const server = await createLocalReq({ context: req.context }, req.payload)
  server.transactionID = req.transactionID
  await req.payload.create({
    collection: 'startpages',
    data: { network: doc.id, sections: defaultSectionOrder, _status: 'published' },
    depth: 0,
    req: server,
  })
  return doc
}

/** A network's startpage, as someone with `user`'s access sees it (the published one, or the draft). */
export const findStartpage = async (
  payload: Payload,
  options: { user?: Parameters<Payload['find']>[0]['user']; draft?: boolean; network: Network['id'] },
): Promise<Startpage> => {
  const { docs } = await payload.find({
    collection: 'startpages',
    where: { network: { equals: options.network } },
    ...(options.user ? { user: options.user, overrideAccess: false } : {}),
    draft: options.draft,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  return docs[0] ?? emptyStartpage()
}
