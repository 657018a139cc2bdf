import MiniSearch, { type Query, type SearchResult } from 'minisearch'

import { foldCaseAndAccents } from '@/lib/foldText'

import type { DirectoryEntry } from './entries'

/** Words too common to say anything about a question. */
const STOP_WORDS = new Set(
  'de het een en van voor bij in op met te aan naar of om over tot door als die dat er is zijn ik mijn hulp vraag'.split(
    ' ',
  ),
)

/** Case- and diacritics-insensitive: "Mozaïek" and "mozaiek" are the same word. */
export const normalise = (term: string): string | null => {
  const word = foldCaseAndAccents(term)
  return word && !STOP_WORDS.has(word) ? word : null
}

const tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize')

const fields = ['name', 'themeText', 'shortDescription', 'description'] as const
const boost = { name: 4, themeText: 2, shortDescription: 1.5, description: 1 }

/** Typos are tolerated only in words of five letters or more, where they cannot make a different word. */
const MIN_FUZZY_LENGTH = 5
/**
 * Edits allowed for a word that is not in the index: one from five letters, two (such as a dropped
 * and a doubled letter) from seven. Two swapped neighbours count as one edit (see `transpositions`).
 */
const allowedEdits = (term: string) => (term.length >= 7 ? 2 : term.length >= MIN_FUZZY_LENGTH ? 1 : 0)
/** Fewer hits than this for a word still being typed, and a fuzzy pass adds near-misses below them. */
const ENOUGH_EXACT_HITS = 5
/** How much a corrected word (two letters swapped back) counts against the word as typed. */
const CORRECTION_WEIGHT = 0.8

export const facetNames = ['theme', 'targetGroup', 'domain', 'kind', 'area', 'language'] as const
export type FacetName = (typeof facetNames)[number]

export interface Hit {
  entry: DirectoryEntry
  score: number
}

export interface IndexedEntry extends DirectoryEntry {
  /** Place of the entry in `DirectoryIndex.entries`. */
  position: number
}

/** The values of one facet found in the directory, numbered from 0. */
export interface FacetDictionary {
  ids: Map<string, number>
  values: string[]
  labels: string[]
}

export interface DirectoryIndex {
  /** All entries, in alphabetical order of name. */
  entries: IndexedEntry[]
  /** Per facet (in the order of `facetNames`), its values. */
  facets: FacetDictionary[]
  /**
   * Every entry's facet values as numbers into `facets`, in one flat array: those of entry `p` and
   * facet `f` run from `facetStart[p * facetNames.length + f]` up to the next start. Counting facets
   * over thousands of hits then reads contiguous memory.
   */
  facetStart: Uint32Array
  facetIds: Uint32Array
  /** What an empty query answers: every entry, alphabetically. */
  allHits: { entry: IndexedEntry; score: number }[]
  byKey: Map<string, IndexedEntry>
  search: (query: string) => { entry: IndexedEntry; score: number }[]
}

export type FacetLabeller = Record<FacetName, (entry: DirectoryEntry) => { value: string; label: string }[]>

/** Sorted list of words with a binary search for "is there a word starting with …". */
const vocabulary = (words: Set<string>) => {
  const sorted = [...words].sort()
  const hasPrefix = (prefix: string) => {
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (sorted[middle] < prefix) low = middle + 1
      else high = middle
    }
    return low < sorted.length && sorted[low].startsWith(prefix)
  }
  return { has: (word: string) => words.has(word), hasPrefix }
}

/** The word with two neighbouring letters swapped back, for each place: "carinvoa" → …, "carinova". */
const transpositions = (term: string) => {
  const variants: string[] = []
  for (let at = 0; at < term.length - 1; at++) {
    if (term[at] === term[at + 1]) continue
    variants.push(term.slice(0, at) + term[at + 1] + term[at] + term.slice(at + 2))
  }
  return variants
}

/**
 * An in-memory index over the directory. Words in the index are matched exactly, and the word being
 * typed (the last) also as a prefix; those hits rank first. Only a word the index does not know is
 * corrected: two swapped letters are swapped back, otherwise a fuzzy match (five letters or more).
 * When the word being typed finds few hits, a fuzzy pass adds near-misses, always ranked below.
 */
export const buildDirectoryIndex = (list: DirectoryEntry[], labeller: FacetLabeller): DirectoryIndex => {
  const facets: FacetDictionary[] = facetNames.map(() => ({ ids: new Map(), values: [], labels: [] }))
  const termId = (dictionary: FacetDictionary, value: string, label: string) => {
    let id = dictionary.ids.get(value)
    if (id === undefined) {
      id = dictionary.values.push(value) - 1
      dictionary.labels.push(label)
      dictionary.ids.set(value, id)
    }
    return id
  }
  const collator = new Intl.Collator('nl')
  const sorted = [...list].sort((a, b) => collator.compare(a.name, b.name))
  const entries: IndexedEntry[] = sorted.map((entry, position) => ({ ...entry, position }))
  const facetStart = new Uint32Array(entries.length * facetNames.length + 1)
  const ids: number[] = []
  entries.forEach((entry, position) => {
    facetNames.forEach((facet, at) => {
      facetStart[position * facetNames.length + at] = ids.length
      const values = new Set(labeller[facet](entry).map(({ value, label }) => termId(facets[at], value, label)))
      ids.push(...values)
    })
  })
  facetStart[entries.length * facetNames.length] = ids.length
  const facetIds = Uint32Array.from(ids)
  const allHits = entries.map((entry) => ({ entry, score: 0 }))
  const byKey = new Map(entries.map((entry) => [entry.key, entry]))

  const words = new Set<string>()
  const indexTerm = (term: string) => {
    const word = normalise(term)
    if (word) words.add(word)
    return word
  }
  const mini = new MiniSearch<DirectoryEntry>({
    idField: 'key',
    fields: [...fields],
    processTerm: indexTerm,
    searchOptions: { boost, processTerm: normalise },
  })
  mini.addAll(entries)
  const known = vocabulary(words)

  /** One subquery per word: as typed when the index knows it, else corrected or fuzzy. */
  const plan = (terms: string[]) => {
    let corrected = false
    const queries = terms.map((term, index): Query => {
      const typing = index === terms.length - 1
      if (typing ? known.hasPrefix(term) : known.has(term)) return { queries: [term], prefix: typing }
      corrected = true
      if (term.length < MIN_FUZZY_LENGTH) return { queries: [term], prefix: typing }
      const swapped = transpositions(term).filter((variant) => (typing ? known.hasPrefix(variant) : known.has(variant)))
      if (swapped.length)
        return { queries: swapped, combineWith: 'OR', prefix: typing, boostTerm: () => CORRECTION_WEIGHT }
      return { queries: [term], prefix: typing, fuzzy: allowedEdits(term) }
    })
    return { queries, corrected }
  }

  const run = (queries: Query[], combineWith: 'AND' | 'OR'): SearchResult[] => mini.search({ queries, combineWith })

  const search = (query: string) => {
    const terms = tokenize(query)
      .map(normalise)
      .filter((term): term is string => Boolean(term))
    if (!terms.length) return query.trim() ? [] : allHits

    const { queries, corrected } = plan(terms)
    let results = run(queries, 'AND')
    const last = terms[terms.length - 1]
    // The word being typed may itself be a typo that happens to begin another word: look further
    // when it found little and is long enough to hold a typo.
    if (results.length < ENOUGH_EXACT_HITS && !corrected && last.length >= MIN_FUZZY_LENGTH && !known.has(last)) {
      const seen = new Set(results.map((result) => result.id))
      const fuzzyQueries = [...queries.slice(0, -1), { queries: [last], prefix: true, fuzzy: allowedEdits(last) }]
      const near = run(fuzzyQueries, 'AND').filter((result) => !seen.has(result.id))
      if (near.length) {
        // Near-misses rank below every exact hit, in their own order.
        const floor = results.length ? results[results.length - 1].score : Infinity
        const scale = Number.isFinite(floor) ? (floor * 0.99) / near[0].score : 1
        results = [...results, ...near.map((result) => ({ ...result, score: result.score * scale }))]
      }
    }
    // No entry has all the words: the entries with most of them.
    if (results.length === 0 && terms.length > 1) results = run(queries, 'OR')
    return results.map((result) => ({ entry: byKey.get(result.id as string)!, score: result.score }))
  }

  return { entries, allHits, byKey, facets, facetStart, facetIds, search }
}
