/**
 * npm run bench:privacy — the registration privacy guard's time per kilobyte of summary, on ordinary
 * text and on the adversarial runs that once made its patterns quadratic, at 10 KB, 100 KB and 1 MB. The
 * baseline, measured in the same run over the same text, is one linear pass of a single regular
 * expression (counting digits). Linear patterns keep µs/KB flat as the text grows: growth, the
 * µs/KB at 1 MB over that at 100 KB, stays near 1 (quadratic patterns would show about 10).
 * The last line is one JSON object with the figures.
 */

import { findPersonalData } from '../../src/registrations/privacyGuard'
import { adversarialShapes } from '../helpers/adversarial'
import { round } from './stats'

const SIZES_KB = [10, 100, 1000]
const RUNS = 7

const ordinary = 'Vraag over huurtoeslag 2026, uitgelegd; 3 kinderen thuis, afspraak om 14:30 bij het sociaal team. '

const textOf = (unit: string, kilobytes: number) =>
  unit.repeat(Math.ceil((kilobytes * 1024) / unit.length)).slice(0, kilobytes * 1024)

const medianMicroseconds = (work: () => unknown) => {
  work() // warm up: compile the patterns once
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now()
    work()
    return (performance.now() - start) * 1000
  }).sort((a, b) => a - b)
  return times[Math.floor(RUNS / 2)]
}

const baseline = (text: string) => text.match(/\d/g)?.length ?? 0

const figures: Record<string, Record<string, number>> = {}
for (const [name, unit] of [
  ['ordinary text', ordinary],
  ...adversarialShapes.map((shape) => [JSON.stringify(shape), shape]),
]) {
  const row: Record<string, number> = {}
  for (const kilobytes of SIZES_KB) {
    const text = textOf(unit, kilobytes)
    row[`guardUsPerKB@${kilobytes}`] = round(medianMicroseconds(() => findPersonalData(text)) / kilobytes)
    row[`baselineUsPerKB@${kilobytes}`] = round(medianMicroseconds(() => baseline(text)) / kilobytes, 2)
  }
  const largest = SIZES_KB[SIZES_KB.length - 1]
  row.growth = round(row[`guardUsPerKB@${largest}`] / row[`guardUsPerKB@${SIZES_KB[1]}`], 2)
  row.vsBaseline = round(row[`guardUsPerKB@${largest}`] / row[`baselineUsPerKB@${largest}`])
  figures[name] = row
  console.log(
    `${name.padEnd(16)} guard ${SIZES_KB.map((kb) => `${row[`guardUsPerKB@${kb}`]} µs/KB at ${kb} KB`).join(', ')}; ` +
      `growth 100 KB→1 MB ×${row.growth}; ${row.vsBaseline}× the baseline (${row[`baselineUsPerKB@${largest}`]} µs/KB)`,
  )
}
const worst = Math.max(...Object.values(figures).map((row) => row[`guardUsPerKB@${SIZES_KB[0]}`]))
console.log(`worst shape: ${worst} µs/KB at 10 KB, so 10,000 characters in about ${round((worst * 10) / 1000, 2)} ms`)
console.log(JSON.stringify({ runs: RUNS, worstUsPerKBAt10KB: worst, shapes: figures }))
