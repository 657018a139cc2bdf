/** Below this many results for a typed query, the Wegwijzer points to the back-up as well. */
export const FEW_RESULTS = 3

/**
 * Whether a search leaves the desk worker likely without a fitting answer: nothing found, or only a
 * few results for a typed question (a rare word, a misspelling corrected, a fallback to some words).
 */
export const isUncertainResult = ({ q, total }: { q?: string | null; total: number }) =>
  total === 0 || (Boolean(q?.trim()) && total <= FEW_RESULTS)
