import type { Payload } from 'payload'

import { inTransaction } from '@/db/transaction'
import { fold } from '@/directory/spreadsheet/columns'
import { ImportFileError } from '@/directory/spreadsheet/parse'
import { garbageGuard } from '@/lib/collectGarbage'
import { localParts } from '@/lib/localTime'
import { idOf, type Id, type Relation } from '@/lib/relations'
import { networksOf } from '@/networks/current'
import { ofNetwork } from '@/networks/where'
import type { User } from '@/payload-types'
import { MAX_REGISTRATION_IMPORT_BYTES } from '@/security/fileLimits'

import { exportColumns } from '../export'
import { addTallyCounts, rebuildTallies, tallyRefsWith, type TallyRef } from '../tallies'
import { openSheet } from './read'
import { mapColumns, rowPlanner, type Lookups, type PlannedRow } from './rows'

/** Registrations written per transaction: one commit each, short enough not to hold up the desks. */
export const IMPORT_BATCH_SIZE = 1000
/** Rows with errors listed in the answer (all are counted). */
const LISTED_ERRORS = 200

export interface ImportOutcome {
  format: 'csv' | 'xlsx'
  encoding?: string
  delimiter?: string
  columns: { header: string; field: string | null }[]
  /** Data rows read. */
  rows: number
  /** New registrations: to be added (preview) or added (import). */
  added: number
  /** Rows already in the database (imported before), or twice in the file. */
  duplicates: number
  /** Rows with errors, which are left out. */
  rejected: number
  errors: { line: number; errors: string[] }[]
  /** The local days of the new registrations. */
  from: string | null
  to: string | null
}

/** What the import reads of each collection it looks names up in. */
const LOOKUP_FIELDS = {
  locations: { name: true },
  themes: { name: true },
  organisations: { name: true, kindOfHelp: true },
  users: { name: true },
} as const

const loadLookups = async (payload: Payload, network: Id) => {
  const all = async (collection: keyof typeof LOOKUP_FIELDS) =>
    (
      await payload.find({
        collection,
        // Names are looked up in the import's network: its Infopunten, organisations and people.
        where: ofNetwork(collection, network),
        limit: 0,
        pagination: false,
        depth: 0,
        select: LOOKUP_FIELDS[collection],
      })
    ).docs as unknown as { id: number | string; name?: string | null; kindOfHelp?: string | null }[]
  const [locations, themes, organisations, users] = await Promise.all(
    (['locations', 'themes', 'organisations', 'users'] as const).map(all),
  )
  const byName = (docs: typeof locations) =>
    new Map(docs.filter((doc) => doc.name).map((doc) => [fold(doc.name!), doc.id]))
  const kinds = new Map(organisations.map((doc) => [String(doc.id), String(doc.kindOfHelp ?? '')]))
  const lookups: Lookups = {
    locations: byName(locations),
    themes: byName(themes),
    organisations: byName(organisations),
    users: byName(users),
  }
  return { lookups, kinds }
}

/** The keys of a batch that are already stored: one indexed query. */
const storedKeys = async (payload: Payload, keys: string[]) => {
  const { docs } = await payload.db.find<{ id: number | string; idempotencyKey?: string | null }>({
    collection: 'registrations',
    where: { idempotencyKey: { in: keys } },
    select: { idempotencyKey: true },
    limit: 0,
    pagination: false,
  })
  return new Set(docs.map((doc) => doc.idempotencyKey))
}

/** A registration number that could be an id of this database: a number on SQLite, an ObjectId on MongoDB. */
const couldBeId = (payload: Payload, number: string) =>
  payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(number) : /^[\da-f]{24}$/i.test(number)

/**
 * The rows of a batch that are registrations of this very database: our own export imported back.
 * A number alone could be another system's; the same number at the same minute and Infopunt is not.
 * One query at the database adapter (no hooks: only the time and place are compared).
 */
const sameRegistrations = async (payload: Payload, rows: PlannedRow[]) => {
  const numbered = rows.filter((row) => row.number && couldBeId(payload, row.number))
  if (numbered.length === 0) return new Set<PlannedRow>()
  const { docs } = await payload.db.find<{ id: number | string; occurredAt: string | Date; location: Relation }>({
    collection: 'registrations',
    where: {
      id: {
        in: numbered.map((row) => (payload.db.defaultIDType === 'number' ? Number(row.number) : row.number!)),
      },
    },
    select: { occurredAt: true, location: true },
    limit: 0,
    pagination: false,
  })
  const stored = new Map(docs.map((doc) => [String(doc.id), doc]))
  // Compared on the Dutch wall clock the export wrote: in the hour the clocks go back, one local
  // time is two instants, and the file's time may read back as the other one.
  const wallClock = (instant: string | Date) => {
    const { date, time } = localParts(new Date(instant))
    return `${date} ${time}`
  }
  return new Set(
    numbered.filter((row) => {
      const doc = stored.get(row.number!)
      return (
        doc &&
        String(idOf(doc.location)) === String(row.data!.location) &&
        wallClock(doc.occurredAt) === wallClock(row.data!.occurredAt)
      )
    }),
  )
}

let running = false

/** Another import is being written (409): one at a time keeps the batches short for the desks. */
export class ImportBusyError extends ImportFileError {}

/**
 * Reads a registrations file in batches and, when `write`, stores each batch's new registrations in
 * one transaction through the database adapter, past the per-row hooks (a fraction of the time the
 * Local API's per-row create takes; see `npm run bench:registrations`), with one batch in memory; the report tallies of all new rows follow in one
 * write per tally. Rows with errors are left out and listed; rows whose key is already stored are
 * counted as duplicates, so the same file imported twice adds nothing. A preview (`write` false)
 * reads the same way and writes nothing. `user` is seen within their current network, which the
 * rows go into.
 */
export const runRegistrationImport = async (
  payload: Payload,
  user: User,
  bytes: Uint8Array,
  filename: string,
  write: boolean,
): Promise<ImportOutcome> => {
  const sheet = await openSheet(bytes, filename, MAX_REGISTRATION_IMPORT_BYTES)
  const mapped = mapColumns(sheet.headers)
  if ('error' in mapped) throw new ImportFileError(mapped.error)
  if (write && running)
    throw new ImportBusyError('Er loopt al een import van registraties. Probeer het over een minuut opnieuw.')
  running ||= write
  const outcome: ImportOutcome = {
    format: sheet.format,
    encoding: sheet.encoding,
    delimiter: sheet.delimiter,
    columns: sheet.headers.map((header, index) => ({
      header,
      field: exportColumns.find((column) => column.key === mapped.mapping[index])?.header ?? null,
    })),
    rows: 0,
    added: 0,
    duplicates: 0,
    rejected: 0,
    errors: [],
    from: null,
    to: null,
  }
  const network = networksOf(user)[0]
  try {
    if (network === undefined)
      throw new ImportFileError('Je hoort bij geen netwerk, dus er zijn geen Infopunten om in te importeren.')
    const { lookups, kinds } = await loadLookups(payload, network)
    const plan = rowPlanner(mapped.mapping, lookups)
    const now = new Date().toISOString()
    // The import's tallies, added up over the whole file (their number is bounded by days ×
    // Infopunten × values, not by rows) and written once the rows are in: one write per tally
    // instead of several per row.
    const tallies = new Map<string, { ref: TallyRef; count: number }>()
    let wrote = false
    const betweenBatches = garbageGuard()

    const store = async (batch: PlannedRow[]) => {
      const valid = batch.filter((row) => row.data)
      const stored = await storedKeys(
        payload,
        valid.map((row) => row.data!.idempotencyKey),
      )
      const ours = await sameRegistrations(payload, valid)
      const fresh = valid.filter((row) => {
        if (stored.has(row.data!.idempotencyKey) || ours.has(row)) return false
        stored.add(row.data!.idempotencyKey)
        return true
      })
      outcome.duplicates += valid.length - fresh.length
      outcome.added += fresh.length
      for (const { data } of fresh) {
        const day = localParts(new Date(data!.occurredAt)).date
        if (!outcome.from || day < outcome.from) outcome.from = day
        if (!outcome.to || day > outcome.to) outcome.to = day
      }
      if (!write || fresh.length === 0) {
        // Reading runs in synchronous steps: let other requests in between batches.
        await betweenBatches(valid.length)
        return
      }
      for (const { data } of fresh)
        for (const ref of tallyRefsWith(data!, kinds)) {
          const entry = tallies.get(ref.key)
          if (entry) entry.count++
          else tallies.set(ref.key, { ref, count: 1 })
        }
      wrote = true
      await inTransaction(payload, async (fresher) => {
        const req = await fresher()
        for (const { data } of fresh)
          await payload.db.create({
            collection: 'registrations',
            // Who registered it, when the file names a colleague; not the importer, whom the
            // import's own record names.
            data: {
              ...data,
              // Stored past the hooks, so the row names its network: the import's.
              network: network as number,
              registeredBy: data!.registeredBy ?? null,
              createdAt: now,
              updatedAt: now,
            },
            req,
            returning: false,
          })
      })
      await betweenBatches(valid.length)
    }

    try {
      let batch: PlannedRow[] = []
      for await (const row of sheet.rows) {
        const planned = plan(row)
        outcome.rows++
        if (planned.errors.length > 0) {
          outcome.rejected++
          if (outcome.errors.length < LISTED_ERRORS) outcome.errors.push({ line: planned.line, errors: planned.errors })
        }
        batch.push(planned)
        if (batch.length >= IMPORT_BATCH_SIZE) {
          await store(batch)
          batch = []
        }
      }
      await store(batch)
      const entries = [...tallies.values()].sort((a, b) => (a.ref.key < b.ref.key ? -1 : 1))
      for (let offset = 0; offset < entries.length; offset += IMPORT_BATCH_SIZE) {
        const chunk = entries.slice(offset, offset + IMPORT_BATCH_SIZE)
        await inTransaction(payload, async (fresher) => addTallyCounts(payload, chunk, await fresher()))
        await betweenBatches(chunk.length)
      }
    } catch (error) {
      // Rows stored before the failure, without their tallies: count their days again from the
      // registrations themselves (the days of every new row read so far, a superset).
      if (wrote && outcome.from && outcome.to)
        await rebuildTallies(payload, { from: outcome.from, to: outcome.to }).catch((rebuildError) =>
          payload.logger.error({ err: rebuildError }, 'Could not recount the tallies after a failed import'),
        )
      throw error
    }
    return outcome
  } finally {
    if (write) {
      running = false
      // Also after a failure part-way, which may have stored the batches before it.
      await payload
        .create({
          collection: 'registration-imports',
          data: {
            network: network as number,
            user: user.id,
            filename: filename.slice(0, 200),
            format: outcome.format,
            rowCount: outcome.rows,
            added: outcome.added,
            duplicates: outcome.duplicates,
            rejected: outcome.rejected,
            from: outcome.from,
            to: outcome.to,
          },
        })
        .catch((error) => payload.logger.error({ err: error }, 'Could not record a registrations import'))
    }
  }
}
