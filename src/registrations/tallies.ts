import type { Payload, PayloadRequest, Where } from 'payload'

import { inTransaction } from '@/db/transaction'
import { localParts } from '@/lib/localTime'
import { idOf, type Id, type Relation } from '@/lib/relations'

import { nextDay, type RegistrationFilter } from './filters'

/**
 * The dimensions a registration is tallied under. Every registration has exactly one answer type,
 * so the answer type's tallies also give the total, the Infopunten, the municipalities and the
 * months. `referralKind` is the kind of help of the referred organisations when the registration
 * was stored, once per kind.
 */
export const tallyDimensions = ['answerType', 'theme', 'domain', 'ageBand', 'organisation', 'referralKind'] as const
export type TallyDimension = (typeof tallyDimensions)[number]

export interface TallyRef {
  key: string
  /** The local day (YYYY-MM-DD), or the month (YYYY-MM) for the month's tally. */
  day: string
  /** The Infopunt's id, as text. */
  location: string
  dimension: TallyDimension
  value: string
}

export interface Tally {
  day: string
  location: string
  dimension: TallyDimension
  value: string
  count: number
}

/** The fields of a registration its tallies depend on. */
export interface TalliedRegistration {
  occurredAt?: string | null
  location?: Relation | null
  themes?: Relation[] | null
  domain?: string | null
  ageBand?: string | null
  answerType?: string | null
  referredOrganisations?: Relation[] | null
}

export const talliedFields = [
  'occurredAt',
  'location',
  'themes',
  'domain',
  'ageBand',
  'answerType',
  'referredOrganisations',
] as const

const COLLECTION = 'registration-tallies'

/**
 * Set in `context` by an update that completes a registration cut off before its first save was
 * done (src/registrations/endpoints.ts): it was never counted, so it counts in full now.
 */
export const COMPLETES_CUT_OFF = 'completesCutOff'

const ids = (refs: (Relation | null | undefined)[] | null | undefined) => [
  ...new Set((refs ?? []).map((ref) => idOf(ref)).filter((id): id is Id => id !== null && id !== undefined)),
]

/** Kind of help per organisation id, for the organisations a registration refers to. */
export type KindsOf = (organisationIds: (number | string)[]) => Promise<Map<string, string>>

export const kindsFromDatabase =
  (payload: Payload, req?: Partial<PayloadRequest>): KindsOf =>
  async (organisationIds) => {
    if (organisationIds.length === 0) return new Map()
    const { docs } = await payload.db.find({
      collection: 'organisations',
      where: { id: { in: organisationIds } },
      select: { kindOfHelp: true },
      pagination: false,
      limit: 0,
      req,
    })
    return new Map(docs.map((doc) => [String(doc.id), String((doc as { kindOfHelp?: string }).kindOfHelp ?? '')]))
  }

/**
 * The tallies one registration counts in (none for a registration without a date, location or
 * answer): each value once for its day and once for its month, so a report of whole months reads
 * one row per month instead of one per day.
 */
export const tallyRefsOf = async (doc: TalliedRegistration, kindsOf: KindsOf): Promise<TallyRef[]> => {
  const organisations = ids(doc.referredOrganisations)
  return tallyRefsWith(doc, organisations.length > 0 && isTallied(doc) ? await kindsOf(organisations) : new Map())
}

const isTallied = (doc: TalliedRegistration) =>
  Boolean(doc.occurredAt && doc.answerType) && idOf(doc.location) !== null && idOf(doc.location) !== undefined

/** tallyRefsOf with the kinds of help already known (`kinds` holds at least the referred organisations). */
export const tallyRefsWith = (doc: TalliedRegistration, kinds: Map<string, string>): TallyRef[] => {
  if (!isTallied(doc)) return []
  const location = idOf(doc.location)
  const day = localParts(new Date(doc.occurredAt!)).date
  const organisations = ids(doc.referredOrganisations)
  const values: [TallyDimension, string][] = [
    ['answerType', doc.answerType!],
    ['domain', doc.domain || 'none'],
    ['ageBand', doc.ageBand || 'unknown'],
    ...ids(doc.themes).map((id): [TallyDimension, string] => ['theme', String(id)]),
    ...organisations.map((id): [TallyDimension, string] => ['organisation', String(id)]),
    ...[...new Set(organisations.map((id) => kinds.get(String(id))).filter(Boolean))].map(
      (kind): [TallyDimension, string] => ['referralKind', kind as string],
    ),
  ]
  return values.flatMap(([dimension, value]) =>
    [day, day.slice(0, 7)].map((period) => ({
      key: `${period}|${location}|${dimension}|${value}`,
      day: period,
      location: String(location),
      dimension,
      value,
    })),
  )
}

/** The last day (YYYY-MM-DD) of a month (YYYY-MM). */
const lastDayOf = (month: string) => {
  const [year, monthNumber] = month.split('-').map(Number)
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10)
}

/**
 * The tallies that add up to the days from … to: a month the period holds whole by its month's
 * tally, the days of a month it begins or ends in part-way by theirs. A year is twelve keys; any
 * period at most its months and some sixty days.
 */
export const tallyPeriodsOf = (from: string, to: string): string[] => {
  const periods: string[] = []
  for (let day = from; day <= to;) {
    const last = lastDayOf(day.slice(0, 7))
    if (day.endsWith('-01') && last <= to) {
      periods.push(day.slice(0, 7))
      day = nextDay(last)
    } else {
      periods.push(day)
      day = nextDay(day)
    }
  }
  return periods
}

/** The keys of these tallies that exist: one read. */
const existingKeys = async (payload: Payload, keys: string[], req?: Partial<PayloadRequest>) => {
  const { docs } = await payload.db.find<{ id: number | string; key?: string }>({
    collection: COLLECTION,
    where: { key: { in: keys } },
    select: { key: true },
    pagination: false,
    limit: 0,
    req,
  })
  return new Set(docs.map((doc) => doc.key))
}

/** Adds `delta` to the tallies with these keys in one atomic update (`$inc`): whether there were any. */
const incrementTallies = async (
  payload: Payload,
  keys: string[],
  delta: number,
  req?: Partial<PayloadRequest>,
): Promise<boolean> => {
  const where: Where = { key: { in: keys } }
  const data = { count: { $inc: delta } }
  // On SQLite one UPDATE … SET count = count + delta WHERE key IN (…), for every row it matches.
  if (payload.db.name === 'sqlite')
    return Boolean(
      await payload.db.updateOne({
        collection: COLLECTION,
        where,
        data,
        select: { count: true },
        options: { atomic: true },
        req,
      }),
    )
  return ((await payload.db.updateMany({ collection: COLLECTION, where, data, req })) ?? []).length > 0
}

/**
 * Creates a tally with its first count. When a concurrent registration made it first, the unique
 * key refuses this one, which then adds to the row the other made.
 */
const createTally = async (payload: Payload, ref: TallyRef, count: number, req?: Partial<PayloadRequest>) => {
  try {
    await payload.db.create({ collection: COLLECTION, data: { ...ref, count }, req, returning: false })
  } catch (error) {
    if (!(await incrementTallies(payload, [ref.key], count, req))) throw error
  }
}

/**
 * Adds `delta` to each tally, creating it on its first registration: the tallies that exist are
 * looked up in one read and incremented in one atomic update, so concurrent registrations never
 * lose a count and a registration's day and month tallies cost one write.
 */
export const adjustTallies = async (
  payload: Payload,
  refs: TallyRef[],
  delta: number,
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  if (refs.length === 0) return
  const existing = await existingKeys(
    payload,
    refs.map((ref) => ref.key),
    req,
  )
  const present = refs.filter((ref) => existing.has(ref.key)).map((ref) => ref.key)
  if (present.length > 0) await incrementTallies(payload, present, delta, req)
  // A tally that is not there has nothing to take off (it was recounted without this registration).
  if (delta < 0) return
  for (const ref of refs) if (!existing.has(ref.key)) await createTally(payload, ref, delta, req)
}

/**
 * Adds counts to many tallies at once, for a bulk import: per 500 tallies, the ones that exist are
 * looked up in one query and incremented in one update per distinct count; the others are created
 * with their count. Inside the caller's transaction when `req` has one.
 */
export const addTallyCounts = async (
  payload: Payload,
  entries: { ref: TallyRef; count: number }[],
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  for (let offset = 0; offset < entries.length; offset += 500) {
    const chunk = entries.slice(offset, offset + 500)
    const existing = await existingKeys(
      payload,
      chunk.map(({ ref }) => ref.key),
      req,
    )
    const keysByCount = new Map<number, string[]>()
    for (const { ref, count } of chunk) {
      if (!existing.has(ref.key)) {
        await createTally(payload, ref, count, req)
        continue
      }
      const keys = keysByCount.get(count) ?? []
      keys.push(ref.key)
      keysByCount.set(count, keys)
    }
    for (const [count, keys] of keysByCount) await incrementTallies(payload, keys, count, req)
  }
}

/** The difference between two sets of tallies: what to take off, and what to add. */
export const tallyChanges = (before: TallyRef[], after: TallyRef[]) => {
  const beforeKeys = new Set(before.map((ref) => ref.key))
  const afterKeys = new Set(after.map((ref) => ref.key))
  return {
    removed: before.filter((ref) => !afterKeys.has(ref.key)),
    added: after.filter((ref) => !beforeKeys.has(ref.key)),
  }
}

/**
 * The tallies of a filter's period and place, for the given dimensions: one query, which reads
 * month tallies for whole months (tallyPeriodsOf), so a year is a few hundred rows at most.
 */
export const readTallies = async (
  payload: Payload,
  filter: RegistrationFilter,
  dimensions: readonly TallyDimension[],
  locationIds: (number | string)[],
): Promise<Tally[]> => {
  const and: Where[] = [
    // Days and months never share a key, so one list selects exactly these tallies.
    { day: { in: tallyPeriodsOf(filter.from, filter.to) } },
    { dimension: { in: [...dimensions] } },
    { count: { greater_than: 0 } },
  ]
  if (filter.location) and.push({ location: { equals: String(filter.location) } })
  and.push({ location: { in: locationIds.map(String) } })
  const { docs } = await payload.db.find({
    collection: COLLECTION,
    where: { and },
    select: { day: true, location: true, dimension: true, value: true, count: true },
    pagination: false,
    limit: 0,
  })
  return docs as unknown as Tally[]
}

/**
 * Recounts the tallies of the local days from … to (all days when left out) from the registrations
 * themselves, widened to whole months so that the months' tallies are recounted with their days: for
 * existing data (the migration that introduced the tallies), after the retention job deleted
 * registrations in bulk, and after a bulk import that bypassed the hooks. Reads the registrations in
 * pages through the database adapter and writes the tallies in one go per page.
 */
export const rebuildTallies = async (
  payload: Payload,
  range: { from?: string; to?: string } = {},
  req?: Partial<PayloadRequest>,
): Promise<{ registrations: number; tallies: number }> => {
  // A month (YYYY-MM) sorts before its days and after the days of the months before, so from the
  // first month to the last day of the last month holds exactly those months' day and month tallies.
  const from = range.from?.slice(0, 7)
  const to = range.to && lastDayOf(range.to.slice(0, 7))
  const dayWhere: Where[] = []
  if (from) dayWhere.push({ day: { greater_than_equal: from } })
  if (to) dayWhere.push({ day: { less_than_equal: to } })
  await payload.db.deleteMany({
    collection: COLLECTION,
    where: dayWhere.length > 0 ? { and: dayWhere } : { key: { exists: true } },
    req,
  })

  // Registrations are selected by instant with a day of slack on both sides; the day of each decides.
  const slack = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000)
  const occurredWhere: Where[] = []
  if (from) occurredWhere.push({ occurredAt: { greater_than_equal: slack(`${from}-01`, -2).toISOString() } })
  if (to) occurredWhere.push({ occurredAt: { less_than: slack(to, 2).toISOString() } })
  const inRange = (day: string) => (!from || day >= from) && (!to || day <= to)

  const organisationKinds = new Map<string, string>()
  const kindsOf: KindsOf = async (organisationIds) => {
    const missing = organisationIds.filter((id) => !organisationKinds.has(String(id)))
    for (const [id, kind] of await kindsFromDatabase(payload, req)(missing)) organisationKinds.set(id, kind)
    return organisationKinds
  }

  const counts = new Map<string, { ref: TallyRef; count: number }>()
  let registrations = 0
  const PAGE = 5000
  let lastId: number | string | undefined
  for (;;) {
    const and: Where[] = [...occurredWhere]
    if (lastId !== undefined) and.push({ id: { greater_than: lastId } })
    const { docs } = await payload.db.find({
      collection: 'registrations',
      where: and.length > 0 ? { and } : {},
      select: Object.fromEntries(talliedFields.map((field) => [field, true])),
      sort: 'id',
      limit: PAGE,
      pagination: false,
      req,
    })
    for (const doc of docs) {
      for (const ref of await tallyRefsOf(doc as TalliedRegistration, kindsOf)) {
        if (!inRange(ref.day)) continue
        const entry = counts.get(ref.key)
        if (entry) entry.count++
        else counts.set(ref.key, { ref, count: 1 })
      }
      registrations++
    }
    if (docs.length < PAGE) break
    lastId = docs[docs.length - 1].id as number | string
  }

  const rows = [...counts.values()].map(({ ref, count }) => ({ ...ref, count }))
  // Written 500 to a commit (inside the caller's transaction when it has one, as a migration does).
  for (let offset = 0; offset < rows.length; offset += 500) {
    const write = async (batchReq?: Partial<PayloadRequest>) => {
      for (const data of rows.slice(offset, offset + 500))
        await payload.db.create({ collection: COLLECTION, data, req: batchReq, returning: false })
    }
    if (req) await write(req)
    else await inTransaction(payload, async (fresh) => write(await fresh()))
  }
  return { registrations, tallies: rows.length }
}

/**
 * MongoDB has no migrations: a server start finds registrations without tallies (data from before
 * the tallies existed) and counts them once. On SQLite the migration that made the table did this.
 */
export const backfillTallies = async (payload: Payload): Promise<void> => {
  if (payload.db.name === 'sqlite') return
  if ((await payload.db.count({ collection: COLLECTION, where: {} })).totalDocs > 0) return
  if ((await payload.db.count({ collection: 'registrations', where: {} })).totalDocs === 0) return
  const { registrations, tallies } = await rebuildTallies(payload)
  payload.logger.info(`Report tallies: ${tallies} tallies for ${registrations} registrations.`)
}
