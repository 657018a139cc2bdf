import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { json } from '@/lib/json'
import { canEditContent } from '@/access/isContentEditor'
import { isStaffMember } from '@/access/isStaff'
import { currentNetworkOf } from '@/networks/current'
import type { User } from '@/payload-types'
import { MAX_HSDS_IMPORT_BYTES, megabytes } from '@/security/fileLimits'

import { TABLES } from '../dataPackage'
import { applyPlan, type ImportSource } from './apply'
import { planDigest, planImport, type Plan, type PlannedEntry } from './plan'
import { readApi } from './readApi'
import { readPackage } from './readPackage'
import { HsdsImportError, type SourceTables } from './source'
import { validateTables } from './validate'

const fileOf = (table: string) => TABLES.find((spec) => spec.name === table)?.path ?? `${table}.csv`

/** Entries listed per kind of action in the preview (all are counted). */
const LISTED = 500

const TOO_LARGE = `Het bestand is te groot: een datapakket mag hoogstens ${megabytes(MAX_HSDS_IMPORT_BYTES)} zijn.`

/** One import at a time in this server: two would match against the same records. */
let running = false

const readSource = async (req: PayloadRequest): Promise<{ tables: SourceTables; source: ImportSource }> => {
  // A declared length above the limit is refused before anything of the body is read.
  if (Number(req.headers.get('content-length') ?? 0) > MAX_HSDS_IMPORT_BYTES + 512 * 1024)
    throw new HsdsImportError(TOO_LARGE, 413)
  try {
    await addDataAndFileToRequest(req)
  } catch {
    throw new HsdsImportError('Het bestand of het formulier kon niet worden ontvangen.')
  }
  const url = typeof req.data?.url === 'string' ? req.data.url.trim() : ''
  const file = req.file
  if (file?.data && url) throw new HsdsImportError('Kies een bestand óf een adres, niet allebei.')
  if (file?.data) {
    if (file.data.length > MAX_HSDS_IMPORT_BYTES) throw new HsdsImportError(TOO_LARGE, 413)
    const tables = readPackage(new Uint8Array(file.data))
    // Line 1 holds the column names.
    validateTables(tables, (table, index) => `${fileOf(table)}, regel ${index + 2}`)
    return { tables, source: { kind: 'package', name: file.name || 'datapakket.zip' } }
  }
  if (url) {
    const tables = await readApi(url)
    validateTables(tables, (table, index) => `${table} nr. ${index + 1}`)
    return { tables, source: { kind: 'api', name: url } }
  }
  throw new HsdsImportError('Kies een Open Referral-datapakket (.zip) of vul het basisadres van een HSDS-API in.')
}

const summary = (entry: PlannedEntry) => ({
  key: entry.key,
  kind: entry.kind,
  name: entry.name,
  action: entry.action,
  matchedBy: entry.matchedBy ?? null,
  changed: entry.changed,
  editedLocally: entry.editedLocally,
})

const preview = (plan: Plan, source: ImportSource) => {
  const all = [...plan.themes, ...plan.organisations, ...plan.services]
  const of = (action: PlannedEntry['action']) => all.filter((entry) => entry.action === action)
  return {
    source,
    digest: planDigest(plan),
    totals: {
      entries: all.length,
      create: of('create').length,
      update: of('update').length,
      unchanged: of('unchanged').length,
      conflict: of('conflict').length,
    },
    entries: (['conflict', 'update', 'create', 'unchanged'] as const).flatMap((action) =>
      of(action).slice(0, LISTED).map(summary),
    ),
  }
}

/** The conflicts the user chose to overwrite: a JSON list of entry keys. */
const overwriteOf = (raw: unknown): Set<string> => {
  if (raw === undefined || raw === null || raw === '') return new Set()
  let list: unknown = raw
  if (typeof raw === 'string')
    try {
      list = JSON.parse(raw)
    } catch {
      throw new HsdsImportError('De keuze welke conflicten je overschrijft is geen geldige JSON-lijst.')
    }
  if (!Array.isArray(list) || list.some((key) => typeof key !== 'string') || list.length > 100_000)
    throw new HsdsImportError('De keuze welke conflicten je overschrijft moet een lijst van sleutels zijn.')
  return new Set(list as string[])
}

const handle = (write: boolean) => async (req: PayloadRequest) => {
  if (!isStaffMember(req.user)) return json({ error: 'Log in om een Open Referral-import te doen.' }, 401)
  if (!canEditContent(req.user))
    return json({ error: 'Alleen communicatiemedewerkers en beheerders importeren in de Wegwijzer.' }, 403)
  if (running) return json({ error: 'Er loopt al een import. Probeer het over een minuut opnieuw.' }, 409)
  running = true
  try {
    const { tables, source } = await readSource(req)
    const overwrite = overwriteOf(req.data?.overwrite)
    const network = currentNetworkOf(req.user, req.headers)
    if (network === null)
      return json({ error: 'Je hoort bij geen netwerk, dus er is geen Wegwijzer om in te importeren.' }, 403)
    const plan = await planImport(req.payload, network, tables)
    if (!write) return json(preview(plan, source))
    const expected: unknown = req.data?.digest
    if (expected !== undefined && typeof expected !== 'string')
      throw new HsdsImportError('De controlecode van het voorbeeld (digest) moet tekst zijn.')
    if (expected !== undefined && expected !== planDigest(plan))
      return json(
        {
          error:
            'De bron of de Wegwijzer is veranderd sinds je het voorbeeld bekeek. Bekijk het nieuwe voorbeeld en importeer dan opnieuw.',
        },
        409,
      )
    const counts = await applyPlan(req.payload, req.user as User, plan, overwrite, source)
    return json({ source, ...counts })
  } catch (error) {
    if (error instanceof HsdsImportError) return json({ error: error.message }, error.status)
    throw error
  } finally {
    running = false
  }
}

/**
 * POST /api/hsds-import/preview (multipart: file; or JSON: url) — reads and compares, writes nothing.
 * POST /api/hsds-import (the same, overwrite: JSON list of conflict keys, and digest: the preview's) —
 * imports it; with a digest only when the plan is still the one the preview showed (else 409).
 */
export const hsdsImportEndpoints: Endpoint[] = [
  { path: '/hsds-import/preview', method: 'post', handler: handle(false) },
  { path: '/hsds-import', method: 'post', handler: handle(true) },
]
