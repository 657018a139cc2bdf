import { randomInt } from 'node:crypto'

import type { Payload } from 'payload'

import type { Id } from '@/lib/relations'
import type { User } from '@/payload-types'

/** No 0/O, 1/I/L, 2/Z, 5/S or 8/B: a code read out over the phone or off a card is read right. */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679'
const LENGTH = 4

export const REFERRAL_CODE = new RegExp(`^INF-[${ALPHABET}]{${LENGTH}}$`)

const randomCode = () => `INF-${Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`

/** A referral code no other referral has (the unique index is the last word; this avoids hitting it). */
export const newReferralCode = async (payload: Payload): Promise<string> => {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const code = randomCode()
    const taken = await payload.count({ collection: 'referrals', where: { code: { equals: code } } })
    if (taken.totalDocs === 0) return code
  }
  throw new Error('No free referral code found')
}

/** The user's referral with this code to this organisation (read with the user's own access). */
export const findOwnReferral = async (payload: Payload, user: User, organisation: Id, code: string) => {
  if (!REFERRAL_CODE.test(code)) return undefined
  const { docs } = await payload.find({
    collection: 'referrals',
    where: { and: [{ code: { equals: code } }, { organisation: { equals: organisation } }] },
    overrideAccess: false,
    user,
    depth: 0,
    limit: 1,
    select: { code: true },
  })
  return docs[0] as { id: Id; code: string } | undefined
}
