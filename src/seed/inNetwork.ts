import type { Payload, PayloadRequest, Where } from 'payload'

import { inTransaction } from '@/db/transaction'
import { WRITING_NETWORK } from '@/networks/current'
import type { Network } from '@/payload-types'

/**
 * A seed transaction (src/db/transaction.ts) that writes into `network`: the seed has no user, so
 * its requests name the network that new records and accounts join (src/networks/current.ts).
 */
export const inNetwork = <T>(
  payload: Payload,
  network: Network,
  work: (req: () => Promise<PayloadRequest>) => Promise<T>,
  context: Record<string, unknown> = {},
): Promise<T> => inTransaction(payload, work, { ...context, [WRITING_NETWORK]: network.id })

/** The records of one network, for a seed step that runs once per network. */
export const ofNetwork = (network: Network): Where => ({ network: { equals: network.id } })
