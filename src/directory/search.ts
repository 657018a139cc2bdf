import type { Payload } from 'payload'

import { facetLabels, loadDirectoryEntries } from './entries'
import { currentStamp } from './freshness'
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
  page?: number
  limit?: number
}

/** How old a verification may be before the Wegwijzer flags it. */
export const VERIFICATION_MAX_AGE_MONTHS = 12

export const directoryFacets: FacetLabeller = {
  theme: (entry) => entry.themes,
  targetGroup: (entry) => entry.targetGroups.map((value) => ({ value, label: facetLabels.targetGroup(value) })),
  domain: (entry) => entry.domains.map((value) => ({ value, label: facetLabels.domain(value) })),
  kind: (entry) => entry.kinds.map((value) => ({ value, label: facetLabels.kind(value) })),
  area: (entry) => entry.areasServed.map((value) => ({ value, label: value })),
}

/** The facets whose filter the entry does not pass. */
const failedFacets = (entry: IndexedEntry, active: [FacetName, Set<string>][]) => {
  const failed: FacetName[] = []
  for (const [facet, wanted] of active)
    if (!entry.facetValues[facet].some((value) => wanted.has(value))) failed.push(facet)
  return failed
}

/**
 * Filters the hits and counts per facet value, each facet counted with the other facets' filters
 * applied: a count is exactly what choosing that value would give.
 */
const filterAndCount = (index: DirectoryIndex, hits: Hit[], filters: Filters) => {
  const active = facetNames
    .filter((facet) => filters[facet]?.length)
    .map((facet) => [facet, new Set(filters[facet])] as [FacetName, Set<string>])
  const counts = Object.fromEntries(facetNames.map((facet) => [facet, new Map<string, number>()])) as Record<
    FacetName,
    Map<string, number>
  >
  const count = (facet: FacetName, entry: IndexedEntry) => {
    const map = counts[facet]
    for (const value of entry.facetValues[facet]) map.set(value, (map.get(value) ?? 0) + 1)
  }
  const filtered: Hit[] = []
  for (const hit of hits) {
    const failed = active.length ? failedFacets(hit.entry, active) : []
    if (failed.length === 0) {
      filtered.push(hit)
      for (const facet of facetNames) count(facet, hit.entry)
    } else if (failed.length === 1) count(failed[0], hit.entry)
  }
  const facets = Object.fromEntries(
    facetNames.map((facet) => {
      const values = [...counts[facet]].map(([value, count]): FacetValue => ({
        value,
        label: index.facetLabels[facet].get(value) ?? value,
        count,
      }))
      values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'))
      return [facet, values]
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

const toResult = ({ entry, score }: Hit) => ({
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
})

export type DirectoryResult = ReturnType<typeof toResult>

interface CachedIndex {
  stamp: string
  index: Promise<DirectoryIndex>
}
const cache = new WeakMap<Payload, CachedIndex>()

/**
 * The index for this process, rebuilt when the directory's stamp in the database changed (by this
 * process or any other). The check is one small query per search.
 */
export const directoryIndex = async (payload: Payload): Promise<DirectoryIndex> => {
  const stamp = await currentStamp(payload)
  const cached = cache.get(payload)
  if (cached?.stamp === stamp) return cached.index
  const index = loadDirectoryEntries(payload).then((entries) => buildDirectoryIndex(entries, directoryFacets))
  cache.set(payload, { stamp, index })
  index.catch(() => cache.delete(payload))
  return index
}

/** A search on a built index: the part of a search that does not touch the database. */
export const queryDirectoryIndex = (index: DirectoryIndex, params: DirectorySearchParams) => {
  const started = performance.now()
  const limit = Math.min(Math.max(params.limit ?? 20, 1), 100)
  const page = Math.max(params.page ?? 1, 1)
  // Without a query the index answers all entries, already in alphabetical order.
  const hits = index.search(params.q?.trim() ?? '')
  const { filtered, facets } = filterAndCount(index, hits, params.filters ?? {})
  return {
    results: filtered.slice((page - 1) * limit, page * limit).map(toResult),
    facets,
    total: filtered.length,
    page,
    limit,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
  }
}

export const searchDirectory = async (payload: Payload, params: DirectorySearchParams) => {
  const started = performance.now()
  const result = queryDirectoryIndex(await directoryIndex(payload), params)
  return { ...result, tookMs: Math.round((performance.now() - started) * 100) / 100 }
}
