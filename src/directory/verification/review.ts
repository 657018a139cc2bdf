import type { Payload } from 'payload'

import { canEditContent } from '@/access/isContentEditor'
import { inTransaction } from '@/db/transaction'
import { VERIFIED_BY_ORGANISATION } from '@/directory/markVerified'
import { idOf } from '@/lib/relations'
import type { Organisation, OrganisationProposal, Service, User } from '@/payload-types'

import type { ProposedChange } from './answer'
import { valueAt, withValueAt } from './proposableFields'

export class ReviewError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

const SERVICE_PATH = /^services\.([^.]+)\.(.+)$/

const changesOf = (proposal: OrganisationProposal) => (proposal.changes ?? []) as unknown as ProposedChange[]

const loadProposal = async (payload: Payload, user: User | null | undefined, id: unknown) => {
  if (!user) throw new ReviewError('Log eerst in.', 401)
  if (!canEditContent(user))
    throw new ReviewError('Alleen communicatiemedewerkers en beheerders beoordelen voorstellen.', 403)
  const proposal =
    typeof id === 'string' && /^[\w-]{1,64}$/.test(id)
      ? await payload
          .findByID({
            collection: 'organisation-proposals',
            id,
            depth: 0,
            user,
            overrideAccess: false,
            disableErrors: true,
          })
          .catch(() => null)
      : null
  if (!proposal) throw new ReviewError('Dit voorstel bestaat niet.', 404)
  return proposal
}

/** Current and proposed values side by side; the current ones read now, not when the proposal came in. */
export const compareProposal = async (payload: Payload, user: User | null | undefined, id: unknown) => {
  const proposal = await loadProposal(payload, user, id)
  const organisation = await payload.findByID({
    collection: 'organisations',
    id: idOf(proposal.organisation) as number,
    depth: 0,
    user,
    overrideAccess: false,
  })
  const services = new Map<string, Service>()
  for (const change of changesOf(proposal)) {
    const serviceId = SERVICE_PATH.exec(change.path)?.[1]
    if (serviceId && !services.has(serviceId)) {
      const service = await payload
        .findByID({ collection: 'services', id: serviceId, depth: 0, user, overrideAccess: false, disableErrors: true })
        .catch(() => null)
      if (service) services.set(serviceId, service)
    }
  }
  const current = (path: string) => {
    const match = SERVICE_PATH.exec(path)
    if (!match) return valueAt(organisation, path)
    const service = services.get(match[1])
    return service ? valueAt(service, match[2]) : null
  }
  return {
    id: proposal.id,
    status: proposal.status,
    organisation: { id: organisation.id, name: organisation.name },
    note: proposal.note ?? '',
    acceptedFields: (proposal.acceptedFields ?? []) as string[],
    rows: changesOf(proposal).map((change) => ({ ...change, current: current(change.path) })),
  }
}

/**
 * Decides an open proposal: the fields in `accept` are written to the organisation and its services
 * in the reviewer's name (the versions record who), the rest are dropped; none accepted is a
 * rejection. Accepting anything also counts as the organisation's verification of its details.
 */
export const decideProposal = async (payload: Payload, user: User | null | undefined, id: unknown, input: unknown) => {
  const proposal = await loadProposal(payload, user, id)
  if (proposal.status !== 'open') throw new ReviewError('Over dit voorstel is al besloten.', 409)
  const accept = (input as { accept?: unknown } | null)?.accept
  if (!Array.isArray(accept) || accept.some((path) => typeof path !== 'string'))
    throw new ReviewError('Geef aan welke voorgestelde waarden je overneemt (een lijst, mag leeg zijn).', 400)
  const changes = changesOf(proposal)
  const accepted = changes.filter((change) => accept.includes(change.path))
  if (accepted.length !== new Set(accept).size)
    throw new ReviewError('Je kunt alleen waarden overnemen die in dit voorstel staan.', 400)

  const organisationId = idOf(proposal.organisation) as number
  const organisation = await payload.findByID({ collection: 'organisations', id: organisationId, depth: 0, user })
  const organisationData: Record<string, unknown> = {}
  const serviceData = new Map<string, Record<string, unknown>>()
  for (const change of accepted) {
    const match = SERVICE_PATH.exec(change.path)
    if (!match) withValueAt(organisationData, organisation, change.path, change.proposed)
    else serviceData.set(match[1], { ...serviceData.get(match[1]), [match[2]]: change.proposed })
  }
  const status = accepted.length === 0 ? 'rejected' : accepted.length === changes.length ? 'accepted' : 'partly'
  await inTransaction(payload, async (req) => {
    for (const [serviceId, data] of serviceData) {
      const service = await payload.findByID({
        collection: 'services',
        id: serviceId,
        depth: 0,
        user,
        req: await req(),
      })
      if (idOf(service.organisation) !== organisation.id)
        throw new ReviewError('Deze dienst hoort niet (meer) bij deze organisatie.', 409)
      await payload.update({
        collection: 'services',
        id: serviceId,
        data,
        depth: 0,
        user,
        overrideAccess: false,
        req: await req(),
      })
    }
    if (accepted.length > 0)
      await payload.update({
        collection: 'organisations',
        id: organisationId,
        data: organisationData as Partial<Organisation>,
        depth: 0,
        user,
        overrideAccess: false,
        req: await req(),
        context: { [VERIFIED_BY_ORGANISATION]: true },
      })
    await payload.update({
      collection: 'organisation-proposals',
      id: proposal.id,
      overrideAccess: true,
      depth: 0,
      req: await req(),
      data: {
        status,
        acceptedFields: accepted.map((change) => change.path),
        decidedBy: user!.id,
        decidedAt: new Date().toISOString(),
      },
    })
  })
  return { status, accepted: accepted.length, rejected: changes.length - accepted.length }
}
