import type { Payload } from 'payload'

import type { Network } from '@/payload-types'

import { DEMO_PASSWORD } from './data/users'
import { inNetwork } from './inNetwork'
import { findOrCreate } from './upsert'

/**
 * Someone who works for both demo networks: a consultant of the provincial library service, who keeps
 * the Wegwijzer and the startpage of both and switches between them in the header or the admin.
 */
export const REGIONAL_CONSULTANT = 'consulent@bibliotheekdienst.example'

export const seedRegionalConsultant = async (payload: Payload, networks: Network[]) =>
  inNetwork(payload, networks[0], async (req) => {
    await findOrCreate(
      payload,
      'users',
      { email: { equals: REGIONAL_CONSULTANT } },
      {
        email: REGIONAL_CONSULTANT,
        password: DEMO_PASSWORD,
        name: 'Rosa Regio',
        role: 'communicatie',
        networks: networks.map((network) => ({ network: network.id })),
      },
      { req },
    )
  })
