import type { Payload } from 'payload'

import { inTransaction } from '@/db/transaction'
import type { Network, Organisation, User } from '@/payload-types'

import { DEMO_PASSWORD } from './data/users'
import { inNetwork } from './inNetwork'
import { findOrCreate } from './upsert'

type AccountSeed = Pick<User, 'email' | 'name' | 'role' | 'networks'> & Partial<Pick<User, 'platformAdministrator'>>

/** An account of the provincial library service's, which names its networks itself (none, or several). */
const seedServiceAccount = (payload: Payload, account: AccountSeed) =>
  inTransaction(payload, async (req) => {
    await findOrCreate(
      payload,
      'users',
      { email: { equals: account.email } },
      { ...account, password: DEMO_PASSWORD },
      { req },
    )
  })

/**
 * Someone who works for both demo networks, in another role in each: a consultant of the provincial
 * library service, who keeps Dalfsen's Wegwijzer and startpage (communications) and administers
 * Netwerk Versterkt, switching between them in the header or the admin.
 */
export const REGIONAL_CONSULTANT = 'consulent@bibliotheekdienst.example'

export const seedRegionalConsultant = (payload: Payload, [dalfsen, netwerkVersterkt]: Network[]) =>
  seedServiceAccount(payload, {
    email: REGIONAL_CONSULTANT,
    name: 'Rosa Regio',
    role: 'communicatie',
    networks: [
      { network: dalfsen.id, role: 'communicatie' },
      { network: netwerkVersterkt.id, role: 'beheerder' },
    ],
  })

/** The installation's platform administrator: in no network, sees every network's figures in aggregate. */
export const PLATFORM_ADMINISTRATOR = 'platformbeheer@bibliotheekdienst.example'

export const seedPlatformAdministrator = (payload: Payload) =>
  seedServiceAccount(payload, {
    email: PLATFORM_ADMINISTRATOR,
    name: 'Pieter Platform',
    role: 'beheerder',
    platformAdministrator: true,
    networks: [],
  })

/**
 * Infopunten Dalfsen offers Netwerk Versterkt's regional organisation, the Juridisch Loket, with its own
 * way of referring: the spreekuur in its own library.
 */
export const seedRegionalOffer = (payload: Payload, network: Network, organisation: Organisation) =>
  inNetwork(payload, network, async (req) => {
    await findOrCreate(
      payload,
      'regional-offers',
      { organisation: { equals: organisation.id } },
      {
        organisation: organisation.id,
        referral: {
          instructions:
            'Het Juridisch Loket heeft elke eerste dinsdagmiddag van de maand een spreekuur in Bibliotheek Dalfsen. Maak samen met de inwoner een afspraak via 0900-8020 en noem dat het om het spreekuur in Dalfsen gaat.',
          contactPerson: 'Bas Voorbeeld (spreekuur Dalfsen)',
        },
      },
      { req },
    )
  })
