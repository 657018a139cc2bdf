import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
  RelationshipFieldSingleValidation,
} from 'payload'

import { idOf, type Id, type Relation } from '@/lib/relations'
import { currentNetworkOf } from '@/networks/current'
import type { Organisation, RegionalOffer } from '@/payload-types'

import { markDirectoryChanged } from './freshness'

/** The organisation an offer names, read past access (a reader's access is not the question here). */
const organisationNamed = async (req: PayloadRequest, value: unknown) => {
  const id = idOf(value as Relation | null | undefined)
  if (id === null || id === undefined) return null
  return (await req.payload
    .findByID({ collection: 'organisations', id, depth: 0, req, disableErrors: true })
    .catch(() => null)) as Organisation | null
}

/**
 * A network offers a regional organisation of another network, once: its own organisations are in its
 * Wegwijzer already, and two offers of one organisation would give two sets of referral notes. (The
 * field's own validation, so that these reasons reach the admin's field and the API's 400.)
 */
export const validateOfferedOrganisation: RelationshipFieldSingleValidation = async (value, { data, id, req }) => {
  const organisation = await organisationNamed(req, value)
  if (!organisation || !organisation.regional) return 'Kies een regionale organisatie.'
  const network = idOf((data as Partial<RegionalOffer>)?.network) ?? currentNetworkOf(req.user, req.headers)
  if (String(idOf(organisation.network)) === String(network))
    return 'Deze organisatie is van je eigen netwerk: de Wegwijzer toont haar al.'
  const { totalDocs } = await req.payload.count({
    collection: 'regional-offers',
    where: {
      and: [
        { network: { equals: network } },
        { organisation: { equals: organisation.id } },
        ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
      ],
    },
    req,
  })
  return totalDocs > 0 ? `${organisation.name} staat al in de Wegwijzer van je netwerk.` : true
}

/** The offer keeps its organisation's name, for the admin's list and title. */
export const nameTheOffer: CollectionBeforeChangeHook<RegionalOffer> = async ({ data, originalDoc, req }) => {
  const organisation = await organisationNamed(req, data.organisation ?? originalDoc?.organisation)
  return organisation ? { ...data, organisationName: organisation.name } : data
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
