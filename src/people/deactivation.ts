import type { Payload, PayloadRequest } from 'payload'

import { inTransaction } from '@/db/transaction'
import { idOf, type Id } from '@/lib/relations'
import type { User } from '@/payload-types'
import { loadShifts, type ShiftView } from '@/roster/shifts'

/** The shifts of `network` starting from now on that the user is rostered on (one under way keeps its history). */
export const futureShifts = async (payload: Payload, userId: Id, network: Id, now = new Date()): Promise<ShiftView[]> =>
  (
    await loadShifts(
      payload,
      null,
      { from: now, to: new Date(now.getTime() + 5 * 366 * 86400_000), staff: userId, network },
      { overrideAccess: true },
    )
  ).filter((shift) => Date.parse(shift.startsAt) >= now.getTime())

/** Whether the account works in another network besides `network`: then it leaves that one only. */
export const worksInAnotherNetwork = (account: Pick<User, 'networks'>, network: Id) =>
  (account.networks ?? []).some((row) => String(idOf(row.network)) !== String(network))

/**
 * Takes the user off the network's future shifts; a shift left without anyone is deleted. The staffing
 * rules show the gap this leaves; they do not stop someone from leaving.
 */
const offTheShifts = async (req: PayloadRequest, userId: Id, network: Id, now: Date) => {
  let removed = 0
  let deleted = 0
  for (const shift of await futureShifts(req.payload, userId, network, now)) {
    const staff = shift.staffIds.filter((id) => String(id) !== String(userId))
    if (staff.length === 0 && shift.people.length === shift.staffIds.length) {
      await req.payload.delete({ collection: 'roster-shifts', id: shift.id, overrideAccess: true, req })
      deleted++
    } else {
      await req.payload.update({
        collection: 'roster-shifts',
        id: shift.id,
        overrideAccess: true,
        depth: 0,
        data: { staff: staff as number[] },
        context: { skipPairingCheck: true },
        req,
      })
      removed++
    }
  }
  return { removed, deleted }
}

/**
 * Someone leaves the network an administrator works in, in one transaction. Who works there only is
 * deactivated: they can no longer log in, and their name stays on what they did. Who also works in
 * another network leaves this one only: its role, and their own Infopunt if it is one of this
 * network's, go; their account and other networks stay. Either way they come off this network's
 * future shifts. The caller has checked that the actor administers `network` and sees the account.
 */
export const leaveNetwork = (payload: Payload, accountId: Id, network: Id, now = new Date()) =>
  inTransaction(payload, async (req) => {
    const request = await req()
    // As stored: what the administrator reads of it lacks the roles of the networks they are not in.
    const account = await payload.findByID({
      collection: 'users',
      id: accountId,
      depth: 0,
      overrideAccess: true,
      req: request,
    })
    const shifts = await offTheShifts(request, account.id, network, now)
    if (!worksInAnotherNetwork(account, network)) {
      await payload.update({
        collection: 'users',
        id: account.id,
        overrideAccess: true,
        depth: 0,
        data: { active: false },
        req: request,
      })
      return { ...shifts, left: false }
    }
    const ownInfopunt = idOf(account.defaultLocation)
    const infopuntHere =
      ownInfopunt !== null &&
      ownInfopunt !== undefined &&
      (
        await payload.count({
          collection: 'locations',
          where: { and: [{ id: { equals: ownInfopunt } }, { network: { equals: network } }] },
          overrideAccess: true,
          req: request,
        })
      ).totalDocs > 0
    await payload.update({
      collection: 'users',
      id: account.id,
      overrideAccess: true,
      depth: 0,
      data: {
        networks: (account.networks ?? []).filter((row) => String(idOf(row.network)) !== String(network)),
        ...(infopuntHere && { defaultLocation: null }),
      },
      req: request,
    })
    await payload.delete({
      collection: 'invitations',
      where: { and: [{ user: { equals: account.id } }, { network: { equals: network } }] },
      overrideAccess: true,
      req: request,
    })
    return { ...shifts, left: true }
  })
