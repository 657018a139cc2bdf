import type { Payload } from 'payload'

import { idOf, type Id } from '@/lib/relations'

import type { RegistrationFilter } from '@/registrations/filters'
import { isSmallCount } from '@/registrations/smallCounts'
import { readTallies } from '@/registrations/tallies'

/** A count, or "<5" for a small one (src/registrations/smallCounts.ts). */
export type SuppressedCount = number | '<5'

export interface NetworkFigures {
  network: Id
  name: string
  slug: string
  /** Its Infopunten and active accounts: counts of the network's own make-up, not of residents. */
  infopunten: number
  accounts: number
  registrations: SuppressedCount
}

export interface PlatformFigures {
  from: string
  to: string
  networks: NetworkFigures[]
  /** All networks together; null when the suppressed counts add up to under 5 (the total would give them away). */
  total: number | null
  /** Active accounts in any network, each once (someone in two networks counts in both rows). */
  accounts: number
}

const suppressed = (count: number): SuppressedCount => (isSmallCount(count) ? '<5' : count)

/**
 * Every network's figures in a period, for the platform administrator (all networks at once, nothing
 * of any one record): its Infopunten, its active accounts and its registrations, read from the report
 * tallies as reports read them (src/registrations/tallies.ts; every registration has one answer type,
 * so its tallies give the total), in four queries whatever the number of networks, Infopunten or
 * registrations. Small counts of registrations (1 to 4) are suppressed.
 */
export const platformFigures = async (
  payload: Payload,
  filter: Pick<RegistrationFilter, 'from' | 'to'>,
): Promise<PlatformFigures> => {
  const [networks, locations, accounts] = await Promise.all([
    payload.find({ collection: 'networks', depth: 0, limit: 0, pagination: false, select: { name: true, slug: true } }),
    payload.find({ collection: 'locations', depth: 0, limit: 0, pagination: false, select: { network: true } }),
    payload.find({
      collection: 'users',
      depth: 0,
      limit: 0,
      pagination: false,
      where: { active: { not_equals: false } },
      select: { networks: true },
    }),
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
  const tally = (values: string[]) => {
    const byNetwork = new Map<string, number>()
    for (const value of values) byNetwork.set(value, (byNetwork.get(value) ?? 0) + 1)
    return byNetwork
  }
  const infopunten = tally([...networkOf.values()])
  const members = tally(
    accounts.docs.flatMap((account) => (account.networks ?? []).map((row) => String(idOf(row.network)))),
  )
  const rows = networks.docs.map((network) => ({
    network: network.id,
    name: network.name,
    slug: network.slug ?? '',
    infopunten: infopunten.get(String(network.id)) ?? 0,
    accounts: members.get(String(network.id)) ?? 0,
    registrations: suppressed(counts.get(String(network.id)) ?? 0),
  }))
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0)
  // The hidden counts together: a total would give away their sum, which must not be small either.
  const hiddenSum = rows.reduce(
    (sum, row) => (row.registrations === '<5' ? sum + counts.get(String(row.network))! : sum),
    0,
  )
  return {
    from: filter.from,
    to: filter.to,
    networks: rows,
    total: isSmallCount(hiddenSum) ? null : total,
    accounts: accounts.docs.filter((account) => (account.networks ?? []).length > 0).length,
  }
}
