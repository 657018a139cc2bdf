import type { Payload } from 'payload'

import { inTransaction } from '@/db/transaction'
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

/** The installation's platform administrator: in no network, sees every network's figures in aggregate. */
export const PLATFORM_ADMINISTRATOR = 'platformbeheer@bibliotheekdienst.example'

export const seedPlatformAdministrator = async (payload: Payload) =>
  inTransaction(payload, async (req) => {
    await findOrCreate(
      payload,
      'users',
      { email: { equals: PLATFORM_ADMINISTRATOR } },
      {
        email: PLATFORM_ADMINISTRATOR,
        password: DEMO_PASSWORD,
        name: 'Pieter Platform',
        role: 'beheerder',
        platformAdministrator: true,
        networks: [],
      },
      { req },
    )
  })
