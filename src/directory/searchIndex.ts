import MiniSearch, { type SearchResult } from 'minisearch'

import type { DirectoryEntry } from './entries'

/** Words too common to say anything about a question. */
const STOP_WORDS = new Set(
  'de het een en van voor bij in op met te aan naar of om over tot door als die dat er is zijn ik mijn hulp vraag'.split(
    ' ',
  ),
)

/** Case- and diacritics-insensitive: "Mozaïek" and "mozaiek" are the same word. */
export const normalise = (term: string): string | null => {
  const word = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  return word && !STOP_WORDS.has(word) ? word : null
}

const fields = ['name', 'themeText', 'shortDescription', 'description'] as const
const boost = { name: 4, themeText: 2, shortDescription: 1.5, description: 1 }

/**
 * Typos are tolerated only in longer words, where they cannot make a different word: one edit from
 * five letters, two (such as two swapped letters) from seven.
 */
const allowedEdits = (term: string) => (term.length >= 7 ? 2 : term.length >= 5 ? 1 : false)
/** Fewer exact and prefix hits than this, and a fuzzy search fills up the list. */
const ENOUGH_EXACT_HITS = 5

export interface Hit {
  entry: DirectoryEntry
  score: number
}

export interface DirectoryIndex {
  entries: DirectoryEntry[]
  search: (query: string) => Hit[]
}

/**
 * An in-memory index over the directory. Exact and prefix matches (prefix only on the word being
 * typed) rank first; only when those are few does a fuzzy pass add near-misses below them.
 */
export const buildDirectoryIndex = (entries: DirectoryEntry[]): DirectoryIndex => {
  const byKey = new Map(entries.map((entry) => [entry.key, entry]))
  const mini = new MiniSearch<DirectoryEntry>({
    idField: 'key',
    fields: [...fields],
    processTerm: normalise,
    searchOptions: { boost, processTerm: normalise },
  })
  mini.addAll(entries)

  const isLast = (_term: string, index: number, terms: string[]) => index === terms.length - 1
  const run = (query: string, fuzzy: boolean, combineWith: 'AND' | 'OR'): SearchResult[] =>
    mini.search(query, {
      prefix: isLast,
      fuzzy: fuzzy ? allowedEdits : false,
      combineWith,
    })

  const search = (query: string): Hit[] => {
    if (!query.trim()) return entries.map((entry) => ({ entry, score: 0 }))
    let results = run(query, false, 'AND')
    if (results.length < ENOUGH_EXACT_HITS) {
      const seen = new Set(results.map((result) => result.id))
      const floor = results.length ? Math.min(...results.map((result) => result.score)) : Infinity
      // Near-misses rank below every exact hit, in their own order.
      const fuzzyResults = run(query, true, 'AND').filter((result) => !seen.has(result.id))
      const top = fuzzyResults.length ? Math.max(...fuzzyResults.map((result) => result.score)) : 1
      const scale = Number.isFinite(floor) ? (floor * 0.99) / top : 1
      results = [...results, ...fuzzyResults.map((result) => ({ ...result, score: result.score * scale }))]
    }
    if (results.length === 0) results = run(query, true, 'OR')
    return results.map((result) => ({ entry: byKey.get(result.id as string)!, score: result.score }))
  }

  return { entries, search }
}
