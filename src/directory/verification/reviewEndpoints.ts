import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { json } from '@/lib/json'
import type { User } from '@/payload-types'

import { compareProposal, decideProposal, ReviewError } from './review'

const answered = async (work: () => Promise<unknown>) => {
  try {
    return json(await work())
  } catch (error) {
    if (error instanceof ReviewError) return json({ error: error.message }, error.status)
    // An accepted value the organisation's fields refuse (e.g. changed rules since the proposal came in).
    if (error instanceof ValidationError)
      return json({ error: `Niet overgenomen: ${error.data.errors.map((e) => e.message).join(' ')}` }, 400)
    throw error
  }
}

const readBody = async (req: PayloadRequest) => {
  try {
    return await req.json?.()
  } catch {
    return null
  }
}

/** The review of an organisation's proposal, for communications staff (GET side by side, POST the decision). */
export const proposalEndpoints: Endpoint[] = [
  {
    path: '/:id/comparison',
    method: 'get',
    handler: (req) => answered(() => compareProposal(req.payload, req.user as User | null, req.routeParams?.id)),
  },
  {
    path: '/:id/decide',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return json({ error: 'Log eerst in.' }, 401)
      const input = await readBody(req)
      return answered(() => decideProposal(req.payload, req.user as User, req.routeParams?.id, input))
    },
  },
]
