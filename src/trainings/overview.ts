import type { Payload } from 'payload'

import { localParts } from '@/lib/localTime'
import type { User } from '@/payload-types'
import { idOf, type Id } from '@/lib/relations'

import { trainingStatus, type Completion, type TrainingRule, type TrainingStatus } from './status'

export interface StaffTrainings extends TrainingStatus {
  id: number | string
  name: string
  role: string
}

export interface TrainingOverview {
  trainings: TrainingRule[]
  staff: StaffTrainings[]
}

/** The trainings, with their provider's name, in name order: those the user reads, or one network's. */
const loadTrainings = async (payload: Payload, reader: { user: User } | { network: Id }) => {
  const { docs } = await payload.find({
    collection: 'trainings',
    ...('user' in reader
      ? { user: reader.user, overrideAccess: false }
      : { overrideAccess: true, where: { network: { equals: reader.network } } }),
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true, required: true, validityMonths: true },
  })
  return docs.map((doc): TrainingRule => ({
    id: doc.id,
    name: doc.name,
    required: doc.required !== false,
    validityMonths: doc.validityMonths ?? null,
  }))
}

const loadCompletions = async (
  payload: Payload,
  user: User | null,
  userIds: (number | string)[] | null,
  overrideAccess = false,
): Promise<Completion[]> => {
  const { docs } = await payload.find({
    collection: 'training-completions',
    user,
    overrideAccess,
    depth: 0,
    pagination: false,
    ...(userIds ? { where: { user: { in: userIds } } } : {}),
    select: { user: true, training: true, completedOn: true },
  })
  return docs.map((doc) => ({ user: idOf(doc.user), training: idOf(doc.training), completedOn: doc.completedOn }))
}

/** For coordinators: every active desk worker's and coordinator's trainings, those in training and due for a refresher first. */
export const loadTrainingOverview = async (
  payload: Payload,
  user: User,
  now = new Date(),
): Promise<TrainingOverview> => {
  const today = localParts(now).date
  const [trainings, people, completions] = await Promise.all([
    loadTrainings(payload, { user }),
    payload.find({
      collection: 'users',
      user,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: 'name',
      where: { active: { not_equals: false } },
      select: { name: true, role: true, networks: true },
    }),
    loadCompletions(payload, user, null),
  ])
  // The desk's people: desk workers and the coordinators who guide them, by their role in this network.
  const desk = people.docs.filter((person) => person.role === 'baliemedewerker' || person.role === 'coordinator')
  const staff = desk.map((person) => ({
    id: person.id,
    name: person.name,
    role: person.role ?? '',
    ...trainingStatus(
      trainings,
      completions.filter((completion) => String(completion.user) === String(person.id)),
      today,
    ),
  }))
  const rank = (person: StaffTrainings) => (person.inTraining ? 0 : person.refresherDue ? 1 : 2)
  return { trainings, staff: staff.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nl')) }
}

/** A staff member's own trainings. */
export const loadOwnTrainings = async (payload: Payload, user: User, now = new Date()) => {
  const [trainings, completions] = await Promise.all([
    loadTrainings(payload, { user }),
    loadCompletions(payload, user, [user.id]),
  ])
  return { trainings, ...trainingStatus(trainings, completions, localParts(now).date) }
}

/**
 * Whether someone is trained by one network's own required trainings (each completed once): someone
 * trained in another network may still be in training here. Where the network requires no training
 * nobody is in training, people without an account (undefined) included; where it does, they are,
 * as no trainings are known of them. Read with access overridden: the roster's checks concern every
 * colleague on it.
 */
export const trainingJudge = async (
  payload: Payload,
  network: Id,
  userIds: Id[],
  now = new Date(),
): Promise<(userId: Id | undefined) => boolean> => {
  const [trainings, completions] = await Promise.all([
    loadTrainings(payload, { network }),
    userIds.length === 0 ? [] : loadCompletions(payload, null, userIds, true),
  ])
  if (!trainings.some((training) => training.required)) return () => true
  const today = localParts(now).date
  const trained = new Set(
    userIds
      .filter(
        (id) =>
          !trainingStatus(
            trainings,
            completions.filter((completion) => String(completion.user) === String(id)),
            today,
          ).inTraining,
      )
      .map(String),
  )
  return (userId) => userId !== undefined && trained.has(String(userId))
}
