import { getBrand } from '@/brand/load'
import { getPayloadClient } from '@/payloadClient'

import { invitationFor } from './invitations'

/** /uitnodiging/<secret>: who is invited (null when the link is expired or used), and the brand. */
export const loadInvitationPage = async (token: string) => {
  const [invitation, brand] = await Promise.all([
    getPayloadClient().then((payload) => invitationFor(payload, token)),
    getBrand(),
  ])
  return { invitation, brand }
}
