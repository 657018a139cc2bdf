import type { Payload, PayloadRequest } from 'payload'

import { inTransaction } from '@/db/transaction'
import { WRITING_NETWORK } from '@/networks/current'
import { DEFER_DIRECTORY_STAMP, markDirectoryChanged, withOfferingNetworks } from '@/directory/freshness'
import { HSDS_IMPORT } from '@/fields/hsds'
import type { Id } from '@/lib/relations'
import { paragraphs } from '@/lib/richText'
import { isValidationError } from '@/lib/validationError'
import type { Organisation, Service, User } from '@/payload-types'

import type { Values } from './entries'
import type { Plan, PlannedEntry } from './plan'
import { HsdsImportError } from './source'

export interface ImportCounts {
  created: number
  updated: number
  unchanged: number
  conflicts: number
  overwritten: number
  kept: number
}

export interface ImportSource {
  kind: 'package' | 'api'
  /** The file's name or the API's address. */
  name: string
}

const KIND_LABEL = { theme: 'thema', organisation: 'organisatie', service: 'dienst' } as const

/** The values as our collections' fields; `existing` keeps the contact fields HSDS does not carry. */
const dataOf = (
  values: Values,
  themeIds: Map<string, Id>,
  existing?: Partial<Organisation & Service>,
): Record<string, unknown> => {
  const data: Record<string, unknown> = {}
  const set = <K extends keyof Values>(key: K, to: (value: NonNullable<Values[K]>) => [string, unknown]) => {
    const value = values[key]
    if (value === undefined) return
    const [field, written] = to(value as NonNullable<Values[K]>)
    data[field] = written
  }
  set('name', (value) => ['name', value])
  set('shortDescription', (value) => ['shortDescription', value])
  // An organisation's description is rich text beside its short description; a service's is plain.
  if (values.description !== undefined)
    data.description =
      values.shortDescription === undefined
        ? values.description
        : values.description
          ? paragraphs(values.description)
          : null
  const contact: Record<string, unknown> = { ...(existing?.contact ?? {}) }
  for (const field of ['phone', 'email', 'website'] as const)
    if (values[field] !== undefined) contact[field] = values[field] || null
  if (values.address) contact.address = values.address
  if (['phone', 'email', 'website', 'address'].some((field) => field in values)) data.contact = contact
  set('accessibility', (value) => ['accessibility', value])
  set('languages', (value) => ['languages', value])
  set('openingHours', (value) => ['openingHours', value])
  set('eligibility', (value) => ['eligibility', value])
  set('applicationProcess', (value) => ['applicationProcess', value])
  set('cost', (value) => ['cost', value])
  set('areasServed', (value) => ['areasServed', value])
  set('themes', (value) => ['themes', value.map((hsdsId) => themeIds.get(hsdsId)).filter((id) => id !== undefined)])
  set('venues', (value) => ['venues', value])
  set('parent', (value) => ['parent', value ? (themeIds.get(value) ?? null) : null])
  return data
}

/** Parents before their children, so that a new theme's parent exists when it is written. */
const parentsFirst = (entries: PlannedEntry[]) => {
  const byId = new Map(entries.map((entry) => [entry.hsdsId, entry]))
  const depth = (entry: PlannedEntry, seen = new Set<string>()): number => {
    const parent = entry.incoming.values.parent && byId.get(entry.incoming.values.parent)
    if (!parent || seen.has(entry.hsdsId)) return 0
    seen.add(entry.hsdsId)
    return 1 + depth(parent, seen)
  }
  return [...entries].sort((a, b) => depth(a) - depth(b))
}

/**
 * Writes the plan in one transaction: new records, changed ones, and conflicts only where the user
 * chose to overwrite them. A record that cannot be written undoes the whole import; the answer names
 * it and the field. The import is recorded with who, when, from where, and the counts.
 */
export const applyPlan = async (
  payload: Payload,
  user: User,
  plan: Plan,
  overwrite: Set<string>,
  source: ImportSource,
): Promise<ImportCounts> => {
  const all = [...plan.themes, ...plan.organisations, ...plan.services]
  const counts: ImportCounts = {
    created: all.filter((entry) => entry.action === 'create').length,
    updated: all.filter((entry) => entry.action === 'update').length,
    unchanged: all.filter((entry) => entry.action === 'unchanged').length,
    conflicts: all.filter((entry) => entry.action === 'conflict').length,
    overwritten: all.filter((entry) => entry.action === 'conflict' && overwrite.has(entry.key)).length,
    kept: 0,
  }
  counts.kept = counts.conflicts - counts.overwritten
  const writes = (entries: PlannedEntry[]) =>
    entries.filter(
      (entry) =>
        entry.action === 'create' ||
        entry.action === 'update' ||
        (entry.action === 'conflict' && overwrite.has(entry.key)),
    )

  const context = { [HSDS_IMPORT]: true, [DEFER_DIRECTORY_STAMP]: true, [WRITING_NETWORK]: plan.network }
  let current: PlannedEntry | undefined
  try {
    await inTransaction(
      payload,
      async (req) => {
        const themeIds = new Map<string, Id>()
        for (const entry of plan.themes)
          if (entry.existingId !== undefined) themeIds.set(entry.hsdsId, entry.existingId)
        const organisationIds = new Map<string, Id>()
        for (const entry of plan.organisations)
          if (entry.existingId !== undefined) organisationIds.set(entry.hsdsId, entry.existingId)

        const write = async (
          collection: 'themes' | 'organisations' | 'services',
          entry: PlannedEntry,
          extra: Record<string, unknown> = {},
        ): Promise<Id> => {
          current = entry
          const request: PayloadRequest = await req()
          const common = { user, overrideAccess: false, depth: 0, req: request, context } as const
          const stamp = { hsdsId: entry.hsdsId, hsdsImported: entry.incoming.values as Record<string, unknown> }
          if (entry.existingId !== undefined) {
            const existing =
              collection === 'themes'
                ? undefined
                : ((await payload.findByID({ collection, id: entry.existingId, ...common })) as Partial<
                    Organisation & Service
                  >)
            await payload.update({
              collection,
              id: entry.existingId,
              data: { ...dataOf(entry.incoming.values, themeIds, existing ?? {}), ...extra, ...stamp },
              ...common,
            })
            return entry.existingId
          }
          const created = await payload.create({
            collection,
            // The source's own date of last change, so that our export gives it again.
            data: {
              ...dataOf(entry.incoming.values, themeIds, collection === 'themes' ? undefined : {}),
              ...extra,
              ...stamp,
              ...(entry.incoming.modified && { updatedAt: new Date(entry.incoming.modified).toISOString() }),
            } as never,
            ...common,
          })
          return created.id
        }

        for (const entry of parentsFirst(writes(plan.themes))) themeIds.set(entry.hsdsId, await write('themes', entry))
        for (const entry of writes(plan.organisations))
          organisationIds.set(entry.hsdsId, await write('organisations', entry))
        const touched = new Set<Id>()
        for (const entry of writes(plan.services)) {
          const organisation = organisationIds.get(entry.incoming.organisation!)
          await write('services', entry, { organisation })
          if (organisation !== undefined) touched.add(organisation)
        }
        for (const entry of writes(plan.organisations)) touched.add(organisationIds.get(entry.hsdsId)!)
        current = undefined
        const request = await req()
        await payload.create({
          collection: 'directory-imports',
          data: { user: user.id, sourceKind: source.kind, source: source.name.slice(0, 500), ...counts },
          req: request,
          overrideAccess: true,
          depth: 0,
        })
        // A theme is every network's; an organisation or service shows in its network and those offering it.
        if (counts.created + counts.updated + counts.overwritten)
          await markDirectoryChanged(
            payload,
            request,
            writes(plan.themes).length > 0
              ? 'all'
              : await withOfferingNetworks(payload, request, [plan.network], [...touched]),
          )
      },
      context,
    )
  } catch (error) {
    if (current && isValidationError(error)) {
      const reasons = error.data.errors.map((item) => item.message).join(' ')
      throw new HsdsImportError(
        `Er is niets geïmporteerd: ${KIND_LABEL[current.kind]} "${current.name}" kan zo niet worden opgeslagen. ${reasons}`,
      )
    }
    throw error
  }
  return counts
}
