import type { Payload } from 'payload'

import { accessibilityOptions, costKindOptions } from '@/fields/serviceDetails'
import { distanceKm, type Point } from '@/lib/geo'
import { labelOf } from '@/lib/options'
import type { Id } from '@/lib/relations'

import { facetLabels, loadDirectoryEntries, type DirectoryEntry } from './entries'
import { currentStamp } from './freshness'
import { isOpenAt, minuteOfWeek } from './openNow'
import {
  buildDirectoryIndex,
  facetNames,
  type DirectoryIndex,
  type FacetLabeller,
  type FacetName,
  type IndexedEntry,
} from './searchIndex'

type Hit = { entry: IndexedEntry; score: number }

export { facetNames, type FacetName } from './searchIndex'
export type Filters = Partial<Record<FacetName, string[]>>

export interface FacetValue {
  value: string
  label: string
  count: number
}

export interface DirectorySearchParams {
  q?: string
  filters?: Filters
  /** Only what is open at `now` (Europe/Amsterdam time; holidays are not known). */
  openNow?: boolean
  /** Sort by distance from this point (the desk worker's Infopunt) instead of by relevance. */
  near?: Point | null
  now?: Date
  page?: number
  limit?: number
}

/** `localeCompare` with a locale builds a collator per call; this one is built once. */
const collator = new Intl.Collator('nl')

/** How old a verification may be before the Wegwijzer flags it. */
export const VERIFICATION_MAX_AGE_MONTHS = 12

export const directoryFacets: FacetLabeller = {
  theme: (entry) => entry.themes,
  targetGroup: (entry) => entry.targetGroups.map((value) => ({ value, label: facetLabels.targetGroup(value) })),
  domain: (entry) => entry.domains.map((value) => ({ value, label: facetLabels.domain(value) })),
  kind: (entry) => entry.kinds.map((value) => ({ value, label: facetLabels.kind(value) })),
  area: (entry) => entry.areasServed.map((value) => ({ value, label: value })),
  language: (entry) => entry.languages.map((value) => ({ value, label: facetLabels.language(value) })),
}

/**
 * Filters the hits and counts per facet value, each facet counted with the other facets' filters
 * applied: a count is exactly what choosing that value would give. One pass over the hits, with
 * facet values as numbers.
 */
const filterAndCount = (index: DirectoryIndex, hits: Hit[], filters: Filters) => {
  // The active filters as [facet position, wanted value numbers]; a value the index does not know matches nothing.
  const active: [number, Set<number>][] = []
  facetNames.forEach((facet, at) => {
    const wanted = filters[facet]
    if (!wanted?.length) return
    const ids = wanted.map((value) => index.facets[at].ids.get(value)).filter((id) => id !== undefined)
    active.push([at, new Set(ids)])
  })
  const counts = index.facets.map((dictionary) => new Uint32Array(dictionary.values.length))
  const { facetStart, facetIds } = index
  const width = facetNames.length
  const passes = (position: number, at: number, wanted: Set<number>) => {
    for (let k = facetStart[position * width + at]; k < facetStart[position * width + at + 1]; k++)
      if (wanted.has(facetIds[k])) return true
    return false
  }
  const countOne = (position: number, at: number) => {
    const target = counts[at]
    for (let k = facetStart[position * width + at]; k < facetStart[position * width + at + 1]; k++)
      target[facetIds[k]]++
  }
  const filtered: Hit[] = []
  for (const hit of hits) {
    const { position } = hit.entry
    let failed = -1
    let failures = 0
    for (const [at, wanted] of active) {
      if (passes(position, at, wanted)) continue
      failed = at
      if (++failures > 1) break
    }
    if (failures === 0) {
      filtered.push(hit)
      for (let at = 0; at < width; at++) countOne(position, at)
    } else if (failures === 1) countOne(position, failed)
  }
  const facets = Object.fromEntries(
    facetNames.map((facet, at) => {
      const { values, labels } = index.facets[at]
      const list: FacetValue[] = []
      counts[at].forEach((count, id) => {
        if (count) list.push({ value: values[id], label: labels[id], count })
      })
      list.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label))
      return [facet, list]
    }),
  ) as Record<FacetName, FacetValue[]>
  return { filtered, facets }
}

export const isVerificationOverdue = (lastVerifiedAt?: string | null, now = new Date()) => {
  if (!lastVerifiedAt) return true
  const limit = new Date(now)
  limit.setMonth(limit.getMonth() - VERIFICATION_MAX_AGE_MONTHS)
  return new Date(lastVerifiedAt) < limit
}

/** The distance to the nearest place of an entry, or Infinity when none of its places has coordinates. */
const nearestKm = (entry: DirectoryEntry, origin: Point) => {
  let nearest = Infinity
  for (const place of entry.places) if (place.point) nearest = Math.min(nearest, distanceKm(origin, place.point))
  return nearest
}

const costLabel = (cost: DirectoryEntry['cost']) => {
  if (!cost?.kind) return null
  const amount = typeof cost.amount === 'number' && cost.kind !== 'free' ? ` ${euro.format(cost.amount)}` : ''
  return `${labelOf(costKindOptions, cost.kind)}${amount}${cost.note ? ` (${cost.note})` : ''}`
}
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })

/** The service details a desk worker chooses by, as the card and the API show them. */
const detailsOf = (entry: DirectoryEntry, minute: number, origin?: Point | null) => {
  const distance = origin ? nearestKm(entry, origin) : Infinity
  return {
    eligibility: entry.eligibility || null,
    areasServed: entry.areasServed,
    cost: costLabel(entry.cost),
    languages: entry.languages.map(facetLabels.language),
    applicationProcess: entry.applicationProcess || null,
    places: entry.places.map((place) => ({
      name: place.name,
      address: place.address,
      accessibility: place.accessibility.map((value) => labelOf(accessibilityOptions, value)),
      accessibilityNote: place.accessibilityNote || null,
    })),
    /** null when the opening hours are not known. */
    openNow: entry.hasOpeningHours ? isOpenAt(entry.openRanges, minute) : null,
    distanceKm: Number.isFinite(distance) ? Math.round(distance * 10) / 10 : null,
  }
}

const toResult = ({ entry, score }: Hit, minute: number, origin?: Point | null) => ({
  id: entry.id,
  type: entry.type,
  name: entry.name,
  slug: entry.slug,
  score: Math.round(score * 1000) / 1000,
  organisation: entry.organisation,
  shortDescription: entry.shortDescription,
  themes: entry.themes.map((theme) => theme.label),
  kindOfHelp: entry.kindOfHelp,
  contact: entry.contact,
  referral: entry.referral,
  lastVerifiedAt: entry.lastVerifiedAt ?? null,
  verificationOverdue: isVerificationOverdue(entry.lastVerifiedAt),
  details: detailsOf(entry, minute, origin),
})

export type DirectoryResult = ReturnType<typeof toResult>

interface CachedIndex {
  stamp: string
  index: Promise<DirectoryIndex>
}
/** Per Payload instance and network: each network searches its own directory. */
const cache = new WeakMap<Payload, Map<string, CachedIndex>>()

const emptyIndex = buildDirectoryIndex([], directoryFacets)

/**
 * A network's index for this process, rebuilt when the network's directory stamp in the database
 * changed (by this process or any other; a change in another network leaves it as it is). The check is one small query per search. Someone in no network
 * searches an empty directory.
 */
export const directoryIndex = async (payload: Payload, network: Id | null): Promise<DirectoryIndex> => {
  if (network === null) return emptyIndex
  const stamp = await currentStamp(payload, network)
  const byNetwork = cache.get(payload) ?? new Map<string, CachedIndex>()
  cache.set(payload, byNetwork)
  const key = String(network)
  const cached = byNetwork.get(key)
  if (cached?.stamp === stamp) return cached.index
  const index = loadDirectoryEntries(payload, network).then((entries) => buildDirectoryIndex(entries, directoryFacets))
  byNetwork.set(key, { stamp, index })
  index.catch(() => {
    if (byNetwork.get(key)?.index === index) byNetwork.delete(key)
  })
  return index
}

/** The details of organisations (`organisation:<id>`) and services (`service:<id>`), as results show them. */
export const entryDetails = async (
  payload: Payload,
  network: Id | null,
  keys: string[],
  origin?: Point | null,
  now = new Date(),
) => {
  const index = await directoryIndex(payload, network)
  const minute = minuteOfWeek(now)
  return keys.map((key) => {
    const entry = index.byKey.get(key)
    return entry ? detailsOf(entry, minute, origin) : null
  })
}

const landingCounts = new WeakMap<DirectoryIndex, ReturnType<typeof filterAndCount>>()
const landing = (index: DirectoryIndex) => {
  let counted = landingCounts.get(index)
  if (!counted) landingCounts.set(index, (counted = filterAndCount(index, index.allHits, {})))
  return counted
}

/** A search on a built index: the part of a search that does not touch the database. */
export const queryDirectoryIndex = (index: DirectoryIndex, params: DirectorySearchParams) => {
  const started = performance.now()
  const limit = Math.min(Math.max(params.limit ?? 20, 1), 100)
  const page = Math.max(params.page ?? 1, 1)
  // Without a query the index answers all entries, already in alphabetical order.
  let hits = index.search(params.q?.trim() ?? '')
  const minute = minuteOfWeek(params.now ?? new Date())
  if (params.openNow) hits = hits.filter((hit) => isOpenAt(hit.entry.openRanges, minute))
  const filters = params.filters ?? {}
  const unfiltered = hits === index.allHits && !facetNames.some((facet) => filters[facet]?.length)
  // The opening page (no query, no filter) is the same for everyone until the index changes.
  const counted = unfiltered ? landing(index) : filterAndCount(index, hits, filters)
  const { facets } = counted
  let { filtered } = counted
  const origin = params.near
  if (origin) {
    // Nearest first; without coordinates last, in order of relevance (the sort is stable).
    const distances = new Map(filtered.map((hit) => [hit, nearestKm(hit.entry, origin)]))
    filtered = [...filtered].sort((a, b) => {
      const [da, db] = [distances.get(a)!, distances.get(b)!]
      return da === db ? 0 : da === Infinity ? 1 : db === Infinity ? -1 : da - db
    })
  }
  return {
    results: filtered.slice((page - 1) * limit, page * limit).map((hit) => toResult(hit, minute, origin)),
    facets,
    total: filtered.length,
    page,
    limit,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
  }
}

export const searchDirectory = async (payload: Payload, network: Id | null, params: DirectorySearchParams) => {
  const started = performance.now()
  const result = queryDirectoryIndex(await directoryIndex(payload, network), params)
  return { ...result, tookMs: Math.round((performance.now() - started) * 100) / 100 }
}
