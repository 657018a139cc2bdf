/** A training as the rules use it. */
export interface TrainingRule {
  id: number | string
  name: string
  required: boolean
  /** How long a completion stays valid; none: for good. */
  validityMonths?: number | null
}

export interface Completion {
  user: number | string
  training: number | string
  /** Local date "YYYY-MM-DD" or an ISO instant. */
  completedOn: string
}

/** Within this many months before a completion expires, the training is due for a refresher. */
export const REFRESHER_NOTICE_MONTHS = 2

export type TrainingState = 'done' | 'dueSoon' | 'expired' | 'missing'

export interface TrainingLine {
  training: TrainingRule
  state: TrainingState
  completedOn: string | null
  validUntil: string | null
}

export interface TrainingStatus {
  lines: TrainingLine[]
  /** "In opleiding": a required training was never completed. */
  inTraining: boolean
  /** A required training has expired or expires soon. */
  refresherDue: boolean
}

const addMonths = (date: string, months: number) => {
  const day = new Date(`${date.slice(0, 10)}T12:00:00Z`)
  day.setUTCMonth(day.getUTCMonth() + months)
  return day.toISOString().slice(0, 10)
}

/**
 * One staff member's trainings: per training the latest completion and whether it is still valid.
 * Pure; `today` is a local date.
 */
export const trainingStatus = (
  trainings: readonly TrainingRule[],
  completions: readonly Completion[],
  today: string,
): TrainingStatus => {
  const lines = trainings.map((training): TrainingLine => {
    const latest = completions
      .filter((completion) => String(completion.training) === String(training.id))
      .map((completion) => completion.completedOn.slice(0, 10))
      .sort()
      .at(-1)
    if (!latest) return { training, state: 'missing', completedOn: null, validUntil: null }
    const validUntil = training.validityMonths ? addMonths(latest, training.validityMonths) : null
    const state: TrainingState = !validUntil
      ? 'done'
      : validUntil <= today
        ? 'expired'
        : validUntil <= addMonths(today, REFRESHER_NOTICE_MONTHS)
          ? 'dueSoon'
          : 'done'
    return { training, state, completedOn: latest, validUntil }
  })
  const required = lines.filter((line) => line.training.required)
  return {
    lines,
    inTraining: required.some((line) => line.state === 'missing'),
    refresherDue: required.some((line) => line.state === 'expired' || line.state === 'dueSoon'),
  }
}

export const trainingStateLabels: Record<TrainingState, string> = {
  done: 'Behaald',
  dueSoon: 'Herhaling binnenkort',
  expired: 'Verlopen',
  missing: 'Nog niet gevolgd',
}

export interface RosteredPerson {
  /** Undefined for people without an account: no trainings are known of them. */
  userId?: number | string
  name: string
}

export interface TrainingShift {
  id: number | string
  location: number | string
  startsAt: string
  endsAt: string
  people: RosteredPerson[]
}

/**
 * The shifts where someone in training works, for some part of the shift, without a trained
 * colleague on the same desk (on this shift or another). `isTrained` is asked for people without an
 * account too (undefined): where a network requires trainings they count as in training, as no
 * trainings are known of them. Returns per flagged shift the names in training.
 */
export const shiftsWithoutTrainedColleague = (
  shifts: readonly TrainingShift[],
  isTrained: (userId: number | string | undefined) => boolean,
): Map<string, string[]> => {
  const trained = (person: RosteredPerson) => isTrained(person.userId)
  const flagged = new Map<string, string[]>()
  for (const shift of shifts) {
    const learners = shift.people.filter((person) => !trained(person))
    if (learners.length === 0) continue
    const from = Date.parse(shift.startsAt)
    const to = Date.parse(shift.endsAt)
    const others = shifts.filter(
      (other) =>
        String(other.location) === String(shift.location) &&
        Date.parse(other.startsAt) < to &&
        Date.parse(other.endsAt) > from &&
        other.people.some(trained),
    )
    const points = [
      ...new Set([from, to, ...others.flatMap((other) => [Date.parse(other.startsAt), Date.parse(other.endsAt)])]),
    ]
      .filter((point) => point >= from && point <= to)
      .sort((a, b) => a - b)
    const alone = points
      .slice(0, -1)
      .some(
        (point, index) =>
          !others.some((other) => Date.parse(other.startsAt) <= point && Date.parse(other.endsAt) >= points[index + 1]),
      )
    if (alone)
      flagged.set(
        String(shift.id),
        learners.map((person) => person.name),
      )
  }
  return flagged
}
