import type { Payload } from 'payload'

import { idOf, type Id } from '@/lib/relations'

import type { RegistrationFilter } from './filters'
import { isSmallCount } from './smallCounts'
import { readTallies } from './tallies'

/** A count, or "<5" for a small one (src/registrations/smallCounts.ts). */
export type SuppressedCount = number | '<5'

export interface PlatformAggregate {
  from: string
  to: string
  networks: { network: Id; name: string; registrations: SuppressedCount }[]
  /** All networks together; null when exactly one network's count is suppressed (the total would give it away). */
  total: number | null
}

const suppressed = (count: number): SuppressedCount => (isSmallCount(count) ? '<5' : count)

/**
 * The registrations of every network in a period, for the platform (all networks at once): read from
 * the report tallies as reports read them (src/registrations/tallies.ts; every registration has one
 * answer type, so its tallies give the total), in three queries whatever the number of networks,
 * Infopunten or registrations. Small counts (1 to 4) are suppressed. Not on any endpoint yet: nobody is in
 * every network (src/networks/plugin.ts), so there is no one to show it to.
 */
export const platformAggregate = async (
  payload: Payload,
  filter: Pick<RegistrationFilter, 'from' | 'to'>,
): Promise<PlatformAggregate> => {
  const [networks, locations] = await Promise.all([
    payload.find({ collection: 'networks', depth: 0, limit: 0, pagination: false, select: { name: true } }),
    payload.find({ collection: 'locations', depth: 0, limit: 0, pagination: false, select: { network: true } }),
  ])
  const networkOf = new Map(locations.docs.map((location) => [String(location.id), String(idOf(location.network))]))
  const tallies = await readTallies(
    payload,
    { network: null, from: filter.from, to: filter.to },
    ['answerType'],
    [...networkOf.keys()],
  )
  const counts = new Map<string, number>()
  for (const tally of tallies) {
    const network = networkOf.get(String(tally.location))
    if (network !== undefined) counts.set(network, (counts.get(network) ?? 0) + tally.count)
  }
  const rows = networks.docs.map((network) => ({
    network: network.id,
    name: network.name,
    registrations: suppressed(counts.get(String(network.id)) ?? 0),
  }))
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0)
  const hidden = rows.filter((row) => row.registrations === '<5').length
  return { from: filter.from, to: filter.to, networks: rows, total: hidden === 1 ? null : total }
}
