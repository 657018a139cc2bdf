import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionSlug } from 'payload'
import { NotFound } from 'payload'

import type { User } from '@/payload-types'

import { defaultNetwork, networksOf } from './current'

/**
 * A new account without networks joins the network it is made in: the inviter's, or on an installation
 * with one network (the first account, the seed) that one. Only the server hands out networks.
 */
export const joinDefaultNetwork: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create' || (Array.isArray(data.networks) && data.networks.length > 0)) return data
  const network = await defaultNetwork({ req })
  return network === null ? data : { ...data, networks: [{ network }] }
}

/**
 * A record of another network does not exist for the caller: changing or deleting it by id, or reading
 * one of its versions, answers 404, as reading it does (Payload would answer 403, which tells that the
 * id is taken).
 */
export const otherNetworksRecordsDoNotExist: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  // Hooks see reading a version by id as 'read'; only its REST route tells it apart.
  const readsVersion = operation === 'read' && /\/versions\/[^/]+$/.test(new URL(req.url ?? '/', 'http://x').pathname)
  if (operation !== 'update' && operation !== 'delete' && !readsVersion) return args
  const { id } = args as { id?: number | string | null }
  // REST leaves overrideAccess unset (false); the Local API sets it.
  if (args.overrideAccess === true || !req.user || id === undefined || id === null) return args
  const slug = collection.slug as CollectionSlug
  const mine = { in: networksOf(req.user) }
  const { totalDocs } = readsVersion
    ? await req.payload.findVersions({
        collection: slug,
        where: { and: [{ id: { equals: id } }, { 'version.network': mine }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : await req.payload.count({
        collection: slug,
        where: { and: [{ id: { equals: id } }, { network: mine }] },
        overrideAccess: true,
        req,
      })
  if (totalDocs === 0) throw new NotFound(req.t)
  return args
}
