import type { Payload } from 'payload'

import { DEFER_DIRECTORY_STAMP, markDirectoryChanged } from '@/directory/freshness'
import type { ProposedChange } from '@/directory/verification/answer'
import { VERIFICATION_LINK_DAYS } from '@/directory/verification/cycle'
import { serviceKey } from '@/directory/verification/proposableFields'
import { newLinkToken } from '@/lib/linkTokens'

import type { SeededContent } from './content'
import { inNetwork, ofNetwork } from './inNetwork'
import type { SeedReq } from './upsert'

const daysAgo = (days: number) => new Date(Date.now() - days * 86400_000)

/** Which due organisations got a "Kloppen uw gegevens nog?" mail, how long ago, and how it went. */
const requests: { key: string; daysAgo: number; bounced?: boolean; answer?: 'confirmed' | 'proposed' }[] = [
  { key: 'saamwelzijn', daysAgo: 31, answer: 'confirmed' },
  { key: 'vluchtelingenwerk', daysAgo: 4, answer: 'proposed' },
  { key: 'despil', daysAgo: 2 },
  { key: 'deveste', daysAgo: 12 },
  { key: 'demozaiek', daysAgo: 8, bounced: true },
  { key: 'carinova', daysAgo: 20, bounced: true },
  // Asked, never answered, the link has expired: overdue, like the due organisations never asked.
  { key: 'rosengaerde', daysAgo: VERIFICATION_LINK_DAYS + 15 },
]

/**
 * The verification cycle in every state: organisations confirmed this cycle (one by the organisation
 * itself), waiting for an answer (one with a proposal to review), bounced, and overdue. The links'
 * secrets are thrown away: the demo's requests cannot be opened. Runs once (skipped when its network
 * has any request), in one transaction; the directory's search index is marked stale once, at the end.
 */
export const seedVerification = async (payload: Payload, content: SeededContent) => {
  const where = ofNetwork(content.network)
  if ((await payload.count({ collection: 'verification-requests', where })).totalDocs > 0) return
  await inNetwork(payload, content.network, async (req) => writeRequests(payload, content, req), {
    [DEFER_DIRECTORY_STAMP]: true,
  })
  await markDirectoryChanged(payload)
}

const writeRequests = async (payload: Payload, content: SeededContent, req: SeedReq) => {
  for (const request of requests) {
    const organisation = content.organisations.get(request.key)
    if (!organisation) continue
    const sentAt = daysAgo(request.daysAgo)
    const answeredAt = request.answer ? new Date(sentAt.getTime() + 86400_000).toISOString() : undefined
    const doc = await payload.create({
      collection: 'verification-requests',
      depth: 0,
      req: await req(),
      data: {
        organisation: organisation.id,
        purpose: 'verify-organisation',
        tokenHash: newLinkToken().hash,
        expiresAt: new Date(sentAt.getTime() + VERIFICATION_LINK_DAYS * 86400_000).toISOString(),
        delivery: request.bounced ? 'bounced' : 'sent',
        usedAt: answeredAt,
        outcome: request.answer,
      },
    })
    await payload.update({
      collection: 'organisations',
      id: organisation.id,
      depth: 0,
      req: await req(),
      data: {
        verificationRequestedAt: sentAt.toISOString(),
        verificationBounced: Boolean(request.bounced),
        ...(request.answer === 'confirmed'
          ? { lastVerifiedAt: answeredAt, verifiedBy: null, verifiedVia: 'organisation' as const }
          : {}),
      },
    })
    if (request.answer !== 'proposed') continue
    const { docs: services } = await payload.find({
      collection: 'services',
      where: { organisation: { equals: organisation.id } },
      limit: 1,
      depth: 0,
      req: await req(),
    })
    const changes: ProposedChange[] = [
      {
        path: 'contact.phone',
        label: 'Telefoon',
        before: organisation.contact?.phone ?? '',
        proposed: '0000-765432',
      },
      ...services.map((service) => ({
        path: serviceKey(service.id, 'description'),
        label: `Dienst "${service.name}": omschrijving`,
        before: service.description,
        proposed: `${service.description} Spreekuur nu ook op donderdagmiddag.`,
      })),
    ]
    await payload.create({
      collection: 'organisation-proposals',
      depth: 0,
      req: await req(),
      data: {
        organisation: organisation.id,
        request: doc.id,
        changes: changes as unknown as Record<string, unknown>[],
        note: 'Ons telefoonnummer is veranderd sinds de verhuizing.',
        status: 'open',
      },
    })
  }
}
