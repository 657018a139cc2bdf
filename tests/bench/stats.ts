/** The p-th percentile of ascending `sorted` (the value below which p% of the samples lie); 0 when empty. */
export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

export const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits
