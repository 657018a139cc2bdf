import type { Payload } from 'payload'

/** An active organisation with its active services, for the detail page and the referral card. */
export const findActiveOrganisation = async (payload: Payload, slug: string) => {
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { and: [{ slug: { equals: slug } }, { status: { equals: 'active' } }] },
    depth: 1,
    limit: 1,
    joins: { services: { limit: 50, where: { status: { equals: 'active' } } } },
  })
  return docs[0]
}
