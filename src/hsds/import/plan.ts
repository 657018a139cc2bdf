import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { offersOf } from '@/directory/regional'
import { fold } from '@/directory/spreadsheet/columns'
import type { Id } from '@/lib/relations'
import { idOf } from '@/lib/relations'
import type { Organisation, Service, Theme } from '@/payload-types'

import { hsdsTables, organisationHsdsId, serviceHsdsId, themeHsdsId } from '../tables'
import { entriesOf, valueLabels, type Entries, type Entry, type EntryKind, type ValueKey, type Values } from './entries'
import type { SourceTables } from './source'

export type Action = 'create' | 'update' | 'unchanged' | 'conflict'

export interface PlannedEntry {
  /** Names the entry in the preview and in the choice to overwrite a conflict: kind and HSDS id. */
  key: string
  kind: EntryKind
  hsdsId: string
  name: string
  action: Action
  /** Our record it matched, by its HSDS id or by its name. */
  existingId?: Id
  matchedBy?: 'hsdsId' | 'name'
  /** The fields that differ (Dutch labels), and those of them edited here since the last import. */
  changed: string[]
  editedLocally: string[]
  incoming: Entry
}

export interface Plan {
  /** The network the import goes into. */
  network: Id
  themes: PlannedEntry[]
  organisations: PlannedEntry[]
  services: PlannedEntry[]
}

interface Stored {
  id: Id
  name: string
  hsdsId?: string | null
  hsdsImported?: unknown
  organisation?: unknown
}

/** The regional organisations of other networks that a network offers: their HSDS ids and names. */
const offeredOrganisations = async (payload: Payload, network: Id) => {
  const offered = await offersOf(payload, network)
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { and: [{ id: { in: [...offered.keys()] } }, { network: { not_equals: network } }] },
    depth: 0,
    pagination: false,
    select: { name: true, hsdsId: true },
  })
  return {
    hsdsIds: new Set(docs.map((doc) => organisationHsdsId(doc as Pick<Organisation, 'id' | 'hsdsId'>))),
    names: new Set(docs.map((doc) => fold((doc as Pick<Organisation, 'name'>).name))),
  }
}

/**
 * A feed that holds a regional organisation the network offers (its own export does) leaves it and its
 * services out: another network keeps them, and the offer already shows them here.
 */
const withoutOfferedOrganisations = (
  entries: Entries,
  offered: Awaited<ReturnType<typeof offeredOrganisations>>,
): Entries => {
  const left = new Set(
    entries.organisations
      .filter((entry) => offered.hsdsIds.has(entry.hsdsId) || offered.names.has(fold(entry.name)))
      .map((entry) => entry.hsdsId),
  )
  return {
    themes: entries.themes,
    organisations: entries.organisations.filter((entry) => !left.has(entry.hsdsId)),
    services: entries.services.filter((entry) => !left.has(entry.organisation ?? '')),
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

export const entryKey = (entry: Pick<Entry, 'kind' | 'hsdsId'>) => `${entry.kind}:${entry.hsdsId}`

/**
 * Matches every incoming entry with our records (by HSDS id first, then by name: services by name
 * within their organisation) and decides what the import does with it. A matched record that differs
 * is a conflict when it was edited here since the last import wrote it (or was never imported). The
 * import goes into one network: the importer's current one.
 */
export const planImport = async (payload: Payload, network: Id, source: SourceTables): Promise<Plan> => {
  const incoming = withoutOfferedOrganisations(entriesOf(source), await offeredOrganisations(payload, network))
  const [tables, themes, organisations, services] = await Promise.all([
    hsdsTables(payload, network, true),
    ...(['themes', 'organisations', 'services'] as const).map(
      async (collection) =>
        (
          await payload.find({
            collection,
            // Themes are shared by all networks; the directory is the network's own.
            ...(collection !== 'themes' && { where: { network: { equals: network } } }),
            depth: 0,
            pagination: false,
            select: {
              name: true,
              hsdsId: true,
              hsdsImported: true,
              ...(collection === 'services' && { organisation: true }),
            },
          })
        ).docs as Stored[],
    ),
  ])
  const current: Entries = entriesOf(tables as unknown as SourceTables)
  const currentByHsdsId = new Map<string, Entry>()
  for (const list of Object.values(current) as Entry[][])
    for (const entry of list) currentByHsdsId.set(`${entry.kind}:${entry.hsdsId}`, entry)

  const hsdsIdOf: Record<EntryKind, (doc: Stored) => string> = {
    theme: (doc) => themeHsdsId(doc as Pick<Theme, 'id' | 'hsdsId'>),
    organisation: (doc) => organisationHsdsId(doc as Pick<Organisation, 'id' | 'hsdsId'>),
    service: (doc) => serviceHsdsId(doc as Pick<Service, 'id' | 'hsdsId'>),
  }
  const stored = { theme: themes, organisation: organisations, service: services }
  const byHsdsId = new Map<string, Stored>()
  for (const kind of ['theme', 'organisation', 'service'] as const)
    for (const doc of stored[kind]) byHsdsId.set(`${kind}:${hsdsIdOf[kind](doc)}`, doc)
  const organisationOfRecord = new Map<Id, Id>()
  const taken = new Set<string>()

  const plan = (entry: Entry, candidates: Stored[]): PlannedEntry => {
    const key = entryKey(entry)
    let doc = byHsdsId.get(key)
    let matchedBy: PlannedEntry['matchedBy'] = doc ? 'hsdsId' : undefined
    if (!doc) {
      doc = candidates.find(
        (candidate) => fold(candidate.name) === fold(entry.name) && !taken.has(`${entry.kind}:${candidate.id}`),
      )
      if (doc) matchedBy = 'name'
    }
    if (!doc || taken.has(`${entry.kind}:${doc.id}`))
      return {
        key,
        kind: entry.kind,
        hsdsId: entry.hsdsId,
        name: entry.name,
        action: 'create',
        changed: [],
        editedLocally: [],
        incoming: entry,
      }
    taken.add(`${entry.kind}:${doc.id}`)
    const now = currentByHsdsId.get(`${entry.kind}:${hsdsIdOf[entry.kind](doc)}`)
    const currentValues: Values = {}
    const changedKeys: ValueKey[] = []
    for (const field of Object.keys(entry.values) as ValueKey[]) {
      const value = now?.values[field]
      ;(currentValues as Record<string, unknown>)[field] = value
      if (!same(value, entry.values[field])) changedKeys.push(field)
    }
    const imported = doc.hsdsImported as Values | null | undefined
    const edited = changedKeys.filter((field) => !imported || !same(imported[field], currentValues[field]))
    return {
      key,
      kind: entry.kind,
      hsdsId: entry.hsdsId,
      name: entry.name,
      action: !changedKeys.length ? 'unchanged' : edited.length ? 'conflict' : 'update',
      existingId: doc.id,
      matchedBy,
      changed: changedKeys.map((field) => valueLabels[field]),
      editedLocally: edited.map((field) => valueLabels[field]),
      incoming: entry,
    }
  }

  const result: Plan = {
    network,
    themes: incoming.themes.map((entry) => plan(entry, themes)),
    organisations: incoming.organisations.map((entry) => plan(entry, organisations)),
    services: [],
  }
  for (const service of services) organisationOfRecord.set(service.id, idOf(service.organisation as Id)!)
  const organisationRecord = new Map(result.organisations.map((entry) => [entry.hsdsId, entry.existingId]))
  result.services = incoming.services.map((entry) => {
    const organisation = organisationRecord.get(entry.organisation!)
    // By name only among the services of the same organisation.
    const siblings =
      organisation === undefined
        ? []
        : services.filter((service) => organisationOfRecord.get(service.id) === organisation)
    return plan(entry, siblings)
  })
  return result
}

/**
 * A fingerprint of what an import would do: every entry's action, the record it matched and what
 * it would write. The preview hands it out and the import compares it, so that what is imported
 * is what was shown, even when the source or the directory changed in between.
 */
export const planDigest = (plan: Plan): string => {
  const hash = createHash('sha256')
  for (const entry of [...plan.themes, ...plan.organisations, ...plan.services])
    hash.update(
      JSON.stringify([
        entry.key,
        entry.action,
        entry.existingId ?? null,
        entry.changed,
        entry.editedLocally,
        entry.incoming,
      ]),
    )
  return hash.digest('hex')
}
