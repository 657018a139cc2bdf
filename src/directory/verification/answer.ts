import type { Payload } from 'payload'

import { inTransaction } from '@/db/transaction'
import { VERIFIED_BY_ORGANISATION } from '@/directory/markVerified'
import { idOf } from '@/lib/relations'
import type { Organisation, Service } from '@/payload-types'

import { linkProblemMessages, openVerificationLink } from './links'
import { organisationFields, serviceFields, serviceKey, valueAt, type ProposableField } from './proposableFields'

export const MAX_NOTE_LENGTH = 1000

/** One proposed value, as stored in a proposal: with its label and the value it would replace. */
export interface ProposedChange {
  path: string
  label: string
  before: string
  proposed: string
}

export type AnswerOutcome = { status: number; body: Record<string, unknown> }

const refuse = (status: number, error: string): AnswerOutcome => ({ status, body: { error } })

const ANSWER_KEYS = new Set(['token', 'answer', 'values', 'note'])

/** Every field the organisation may propose a value for, keyed as in the form and the proposal. */
const proposableFieldsOf = (organisation: Organisation, services: Service[]) => {
  const fields = new Map<string, { field: ProposableField; label: string; before: string }>()
  for (const field of organisationFields)
    fields.set(field.path, { field, label: field.label, before: valueAt(organisation, field.path) })
  for (const service of services)
    for (const field of serviceFields)
      fields.set(serviceKey(service.id, field.path), {
        field,
        label: `Dienst "${service.name}": ${field.label.toLowerCase()}`,
        before: valueAt(service, field.path),
      })
  return fields
}

/** The changes a proposal makes, or the Dutch reason it is refused. */
const proposedChanges = (
  values: unknown,
  organisation: Organisation,
  services: Service[],
): ProposedChange[] | string => {
  if (!values || typeof values !== 'object' || Array.isArray(values)) return 'Stuur de voorgestelde gegevens mee.'
  const fields = proposableFieldsOf(organisation, services)
  const changes: ProposedChange[] = []
  for (const [key, raw] of Object.entries(values)) {
    const known = fields.get(key)
    if (!known)
      return key.startsWith('services.')
        ? 'U kunt alleen de diensten van uw eigen organisatie wijzigen.'
        : `Het veld "${key.slice(0, 60)}" kan niet worden gewijzigd.`
    if (typeof raw !== 'string') return `${known.label}: vul tekst in.`
    const value = raw.trim()
    if (known.field.required && !value) return `${known.label}: dit veld mag niet leeg zijn.`
    if (value.length > known.field.maxLength)
      return `${known.label}: dit is te lang (hoogstens ${known.field.maxLength} tekens).`
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/.test(value))
      return `${known.label}: deze tekst bevat tekens die niet kunnen worden opgeslagen.`
    const valid = known.field.validate?.(value) ?? true
    if (valid !== true) return `${known.label}: ${valid}`
    if (value !== known.before) changes.push({ path: key, label: known.label, before: known.before, proposed: value })
  }
  return changes
}

// The writes of answers happen one at a time, each after checking again that its link is unused, so
// that two answers through one link cannot both be stored (the proposals' unique request index is the
// database's own guard). Everything before, reading and checking, runs side by side.
let queue: Promise<unknown> = Promise.resolve()
const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
  const run = queue.then(work, work)
  queue = run.catch(() => undefined)
  return run
}

const used: AnswerOutcome = refuse(linkProblemMessages.used.status, linkProblemMessages.used.message)

/**
 * The organisation's answer through its link: `{ token, answer: 'confirm' }` ("Alles klopt": verified
 * now, by the organisation itself) or `{ token, answer: 'propose', values, note }` (a proposal for
 * communications staff; nothing changes in the directory). Either uses the link up. A refused answer
 * changes nothing.
 */
export const answerVerification = async (
  payload: Payload,
  input: unknown,
  now = new Date(),
): Promise<AnswerOutcome> => {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return refuse(400, 'Stuur uw antwoord als JSON.')
  const body = input as Record<string, unknown>
  const unknown = Object.keys(body).find((key) => !ANSWER_KEYS.has(key))
  if (unknown !== undefined) return refuse(400, `Onbekend veld "${unknown.slice(0, 60)}" in uw antwoord.`)
  if (body.answer !== 'confirm' && body.answer !== 'propose')
    return refuse(400, 'Kies "Alles klopt" of stel een wijziging voor.')
  const note = body.note ?? ''
  if (typeof note !== 'string') return refuse(400, 'De opmerking moet tekst zijn.')
  if (note.trim().length > MAX_NOTE_LENGTH)
    return refuse(400, `De opmerking is te lang (hoogstens ${MAX_NOTE_LENGTH} tekens).`)
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/.test(note))
    return refuse(400, 'De opmerking bevat tekens die niet kunnen worden opgeslagen.')

  const link = await openVerificationLink(payload, body.token, now)
  if (!link.ok) return refuse(linkProblemMessages[link.problem].status, linkProblemMessages[link.problem].message)
  const { request, organisation, services } = link
  const usedAt = now.toISOString()
  const stillUnused = async () =>
    !(await payload.findByID({ collection: 'verification-requests', id: request.id, depth: 0, overrideAccess: true }))
      .usedAt

  if (body.answer === 'confirm') {
    if (body.values !== undefined) return refuse(400, 'Bij "Alles klopt" horen geen voorgestelde gegevens.')
    return oneAtATime(async () => {
      if (!(await stillUnused())) return used
      await inTransaction(payload, async (req) => {
        await payload.update({
          collection: 'organisations',
          id: organisation.id,
          overrideAccess: true,
          depth: 0,
          req: await req(),
          context: { [VERIFIED_BY_ORGANISATION]: true },
          data: {},
        })
        await payload.update({
          collection: 'verification-requests',
          id: request.id,
          overrideAccess: true,
          depth: 0,
          req: await req(),
          data: { usedAt, outcome: 'confirmed' },
        })
      })
      return { status: 200, body: { ok: true, answer: 'confirmed' } }
    })
  }

  const changes = proposedChanges(body.values, organisation, services)
  if (typeof changes === 'string') return refuse(400, changes)
  if (changes.length === 0 && !note.trim())
    return refuse(400, 'U heeft niets gewijzigd. Kloppen uw gegevens? Kies dan "Alles klopt".')
  return oneAtATime(async () => {
    if (!(await stillUnused())) return used
    // The proposal first: if marking the link used then failed, the unique request index would still
    // refuse a second proposal through it.
    const proposal = await payload.create({
      collection: 'organisation-proposals',
      overrideAccess: true,
      depth: 0,
      data: {
        // Sent by the organisation, without a user: the proposal names the organisation's network.
        network: idOf(organisation.network),
        organisation: organisation.id,
        request: request.id,
        changes: changes as unknown as Record<string, unknown>[],
        note: note.trim() || undefined,
        status: 'open',
      },
    })
    await payload.update({
      collection: 'verification-requests',
      id: request.id,
      overrideAccess: true,
      depth: 0,
      data: { usedAt, outcome: 'proposed' },
    })
    return { status: 201, body: { ok: true, answer: 'proposed', doc: { id: proposal.id } } }
  })
}
