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

/** The median of several timed runs: one slow run on a busy machine does not decide. */
export const medianMilliseconds = (work: () => unknown, runs = 9): number => {
  const times = Array.from({ length: runs }, () => {
    const start = performance.now()
    work()
    return performance.now() - start
  }).sort((a, b) => a - b)
  return times[Math.floor(runs / 2)]
}
