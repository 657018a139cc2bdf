import { canGuideStaff } from '@/access/trainings'
import { inviteOptions } from '@/people/invitations'
import type { User } from '@/payload-types'
import { getPayloadClient } from '@/payloadClient'
import { loadRosteredWithoutAccount } from '@/roster/outlook'

import { loadOwnTrainings, loadTrainingOverview, type StaffTrainings } from './overview'

export const trainingFilters = {
  alle: { label: 'Iedereen', keep: () => true },
  opleiding: { label: 'In opleiding', keep: (person: StaffTrainings) => person.inTraining },
  herhaling: { label: 'Herhaling nodig', keep: (person: StaffTrainings) => person.refresherDue },
} as const
export type TrainingFilter = keyof typeof trainingFilters

/**
 * /trainingen: for coordinators and administrators the overview (filtered, with each filter's
 * count) and the invite form's options; for everyone else their own trainings.
 */
export const loadTrainingsPage = async (user: User, toon?: string) => {
  const payload = await getPayloadClient()
  if (!canGuideStaff(user)) return { kind: 'own' as const, own: await loadOwnTrainings(payload, user) }
  const filter: TrainingFilter = toon && Object.hasOwn(trainingFilters, toon) ? (toon as TrainingFilter) : 'alle'
  const [overview, invite, withoutAccount] = await Promise.all([
    loadTrainingOverview(payload, user),
    inviteOptions(payload, user),
    loadRosteredWithoutAccount(payload, user),
  ])
  const counts = Object.fromEntries(
    (Object.keys(trainingFilters) as TrainingFilter[]).map((key) => [
      key,
      overview.staff.filter(trainingFilters[key].keep).length,
    ]),
  ) as Record<TrainingFilter, number>
  return {
    kind: 'overview' as const,
    filter,
    counts,
    overview: { ...overview, staff: overview.staff.filter(trainingFilters[filter].keep) },
    // Counted as in training by the roster; not under "Herhaling nodig", where nothing is known of them.
    withoutAccount: filter === 'herhaling' ? [] : withoutAccount,
    invite,
  }
}
