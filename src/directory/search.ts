import type { Payload } from 'payload'

import { facetLabels, loadDirectoryEntries, type DirectoryEntry } from './entries'
import { currentStamp } from './freshness'
import { buildDirectoryIndex, type DirectoryIndex, type Hit } from './searchIndex'

export const facetNames = ['theme', 'targetGroup', 'domain', 'kind', 'area'] as const
export type FacetName = (typeof facetNames)[number]
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

const facetValues: Record<FacetName, (entry: DirectoryEntry) => { value: string; label: string }[]> = {
  theme: (entry) => entry.themes,
  targetGroup: (entry) => entry.targetGroups.map((value) => ({ value, label: facetLabels.targetGroup(value) })),
  domain: (entry) => entry.domains.map((value) => ({ value, label: facetLabels.domain(value) })),
  kind: (entry) => entry.kinds.map((value) => ({ value, label: facetLabels.kind(value) })),
  area: (entry) => entry.areasServed.map((value) => ({ value, label: value })),
}

const matches = (entry: DirectoryEntry, filters: Filters, except?: FacetName) =>
  facetNames.every((facet) => {
    const wanted = filters[facet]
    if (facet === except || !wanted?.length) return true
    const values = facetValues[facet](entry).map((item) => item.value)
    return wanted.some((value) => values.includes(value))
  })

/** Counts per facet value, each facet counted with the other facets' filters applied. */
const countFacets = (hits: Hit[], filters: Filters): Record<FacetName, FacetValue[]> =>
  Object.fromEntries(
    facetNames.map((facet) => {
      const counts = new Map<string, FacetValue>()
      for (const { entry } of hits) {
        if (!matches(entry, filters, facet)) continue
        for (const { value, label } of facetValues[facet](entry)) {
          const current = counts.get(value) ?? { value, label, count: 0 }
          current.count++
          counts.set(value, current)
        }
      }
      const sorted = [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'))
      return [facet, sorted]
    }),
  ) as Record<FacetName, FacetValue[]>

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
  const index = loadDirectoryEntries(payload).then(buildDirectoryIndex)
  cache.set(payload, { stamp, index })
  index.catch(() => cache.delete(payload))
  return index
}

export const searchDirectory = async (payload: Payload, params: DirectorySearchParams) => {
  const started = performance.now()
  const index = await directoryIndex(payload)
  const filters = params.filters ?? {}
  const limit = Math.min(Math.max(params.limit ?? 20, 1), 100)
  const page = Math.max(params.page ?? 1, 1)
  const query = params.q?.trim() ?? ''
  let hits = index.search(query)
  if (!query) hits = hits.sort((a, b) => a.entry.name.localeCompare(b.entry.name, 'nl'))
  const filtered = hits.filter((hit) => matches(hit.entry, filters))
  return {
    results: filtered.slice((page - 1) * limit, page * limit).map(toResult),
    facets: countFacets(hits, filters),
    total: filtered.length,
    page,
    limit,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
  }
}
