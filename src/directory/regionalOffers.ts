import {
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
} from 'payload'

import { idOf, type Id } from '@/lib/relations'
import type { Organisation, RegionalOffer } from '@/payload-types'

import { markDirectoryChanged } from './freshness'

const refuse = (message: string) =>
  new ValidationError({ collection: 'regional-offers', errors: [{ message, path: 'organisation' }] })

/**
 * A network offers a regional organisation of another network, once: its own organisations are in its
 * Wegwijzer already, and two offers of one organisation would give two sets of referral notes.
 */
export const offerOnceAnotherNetworksRegionalOrganisation: CollectionBeforeChangeHook<RegionalOffer> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const existing = operation === 'update' ? originalDoc : undefined
  const organisationId = idOf(data.organisation ?? originalDoc?.organisation)
  const network = idOf(data.network ?? originalDoc?.network)
  const organisation = organisationId
    ? ((await req.payload
        .findByID({ collection: 'organisations', id: organisationId, depth: 0, req, disableErrors: true })
        .catch(() => null)) as Organisation | null)
    : null
  if (!organisation || !organisation.regional) throw refuse('Kies een regionale organisatie.')
  if (String(idOf(organisation.network)) === String(network))
    throw refuse('Deze organisatie is van je eigen netwerk: de Wegwijzer toont haar al.')
  const { totalDocs } = await req.payload.count({
    collection: 'regional-offers',
    where: {
      and: [
        { network: { equals: network } },
        { organisation: { equals: organisation.id } },
        ...(existing ? [{ id: { not_equals: existing.id } }] : []),
      ],
    },
    req,
  })
  if (totalDocs > 0) throw refuse(`${organisation.name} staat al in de Wegwijzer van je netwerk.`)
  return { ...data, organisationName: organisation.name }
}

/** An offer added, changed or withdrawn changes its network's Wegwijzer. */
export const offersChanged: CollectionAfterChangeHook<RegionalOffer> &
  CollectionAfterDeleteHook<RegionalOffer> = async ({ doc, req }) => {
  const network = idOf(doc.network) as Id
  await markDirectoryChanged(req.payload, req, [network])
  return doc
}

/** A regional organisation renamed keeps its name in the offers' list; one deleted is offered no more
 * (its offers go first: each names it). */
export const offersFollowTheirOrganisation: CollectionAfterChangeHook<Organisation> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (previousDoc && previousDoc.name !== doc.name)
    // Through the adapter: the offers' own checks are for a network's choice, not for a rename.
    await req.payload.db.updateMany({
      collection: 'regional-offers',
      where: { organisation: { equals: doc.id } },
      data: { organisationName: doc.name },
      req,
      returning: false,
    })
  return doc
}

export const offersGoWithTheirOrganisation: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'regional-offers', where: { organisation: { equals: id } }, req })
}
