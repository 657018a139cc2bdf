/** Runs of characters on which a backtracking pattern can restart at every position. */
export const adversarialShapes = [
  'a',
  'a@',
  'a.',
  '1',
  ' ',
  'a@a.',
  '1 ',
  '0-',
  'NL91 ',
  'Aa',
  '01-01-2020 ',
  'meneer de ',
]

/**
 * The fastest of several timed runs: the work's own cost. A busy machine only ever adds time, so
 * the fastest run is what other processes disturbed least; a quadratic pattern is slow in every run.
 */
export const fastestMilliseconds = (work: () => unknown, runs = 15): number =>
  Math.min(
    ...Array.from({ length: runs }, () => {
      const start = performance.now()
      work()
      return performance.now() - start
    }),
  )
