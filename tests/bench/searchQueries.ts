import { seededRandom } from '../../src/seed/random'
import { percentile, round } from './stats'
import type { SyntheticService } from './syntheticDirectory'

/** One edit in the middle of a word: a swap of two neighbouring letters, or a dropped letter. */
export const typo = (word: string, random: () => number) => {
  const at = 1 + Math.floor(random() * (word.length - 3))
  return random() < 0.5
    ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
    : word.slice(0, at) + word.slice(at + 1)
}

/**
 * Queries on a synthetic directory: `queries` mixed ones (whole words, 4-letter prefixes, typos,
 * two-word queries) and `knownTargets` typo and prefix queries, each with the service it should find.
 */
export const buildQueries = (
  services: SyntheticService[],
  seed: number,
  { queries, knownTargets }: { queries: number; knownTargets: number },
) => {
  const random = seededRandom(seed).next
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]
  const mixed: string[] = []
  for (let index = 0; index < queries; index++) {
    const service = pick(services)
    const words = service.name.split(' ')
    const kind = index % 4
    mixed.push(
      kind === 0
        ? service.keyword
        : kind === 1
          ? service.keyword.slice(0, 4)
          : kind === 2
            ? typo(service.keyword, random)
            : `${words[0]} ${words[2]}`,
    )
  }
  const known = Array.from({ length: knownTargets }, (_, index) => {
    const service = pick(services)
    // A prefix target is a word still being typed: all but its last letter.
    return { query: index % 2 ? typo(service.keyword, random) : service.keyword.slice(0, -1), target: service.name }
  })
  return { mixed, known }
}

/** Runs `run` once per query, one after the other: p50, p95 and p99 in µs. */
export const measure = async <Q>(queries: Q[], run: (query: Q) => Promise<unknown>) => {
  const times: number[] = []
  for (const query of queries) {
    const started = process.hrtime.bigint()
    await run(query)
    times.push(Number(process.hrtime.bigint() - started) / 1000)
  }
  times.sort((a, b) => a - b)
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)) }
}
