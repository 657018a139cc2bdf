import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { User } from '@/payload-types'

import { locations } from './data/locations'
import { users } from './data/users'
import type { SeededContent } from './content'
import { localDates, localInstant, weekdayOf } from '@/lib/localTime'
import { inTransaction } from '@/db/transaction'
import { idOf } from '@/lib/relations'
import { ofNetwork } from './inNetwork'
import { seededRandom } from './random'
import { markStartpageChanged } from '@/startpage/freshness'

const ROSTER_DAYS = 28

/** New volunteers without an account yet, who learn the job next to an experienced volunteer. */
const trainees = [
  { name: 'Lotte Hendriks', location: 'Infopunt Dalfsen' },
  { name: 'Johan Brink', location: 'Infopunt Lemelerveld' },
]

/**
 * Opening periods (counted from today, over all Infopunten) staffed against the rules on purpose, so
 * that the coordinators' overview has each kind of gap to show: someone in training alone (no
 * professional, no trained colleague), or a volunteer with a trainee but no professional.
 */
const demoGaps = new Map<number, { alone: string } | 'volunteersOnly'>([
  [2, { alone: 'ahmed@infopunt.example' }],
  [5, 'volunteersOnly'],
  [11, { alone: 'sandra@infopunt.example' }],
  [19, 'volunteersOnly'],
])

/**
 * Four weeks of shifts from today: usually a professional and a volunteer per opening period,
 * sometimes only one of them (so the coverage view has gaps to show). People are only booked on
 * one desk at a time, so no period overlaps another of theirs.
 */
export const seedRoster = async (payload: Payload, content: SeededContent): Promise<number> => {
  if ((await payload.count({ collection: 'roster-shifts', where: ofNetwork(content.network) })).totalDocs > 0) return 0
  const random = seededRandom(20181129)
  const staff = users
    .filter((user) => user.staffRole)
    .map((user) => ({ seed: user, doc: content.users.get(user.email) as User }))
  const busy = new Map<string, { from: number; to: number }[]>()
  const isFree = (email: string, from: number, to: number) =>
    !(busy.get(email) ?? []).some((slot) => slot.from < to && slot.to > from)

  const shifts: RequiredDataFromCollectionSlug<'roster-shifts'>[] = []
  let periodIndex = -1
  for (const date of localDates(new Date(), ROSTER_DAYS)) {
    for (const location of locations) {
      const locationDoc = content.locations.get(location.name)!
      for (const period of location.openingHours.filter((hours) => hours.weekday === weekdayOf(date))) {
        const startsAt = localInstant(date, period.opens)
        const endsAt = localInstant(date, period.closes)
        const roll = random.next()
        const demo = demoGaps.get(++periodIndex)
        const roles: ('professional' | 'volunteer')[] = demo
          ? ['volunteer']
          : roll < 0.08
            ? []
            : roll < 0.25
              ? [random.pick(['professional', 'volunteer'] as const)]
              : ['professional', 'volunteer']
        for (const role of roles) {
          const candidates = staff.filter(
            (person) =>
              person.seed.staffRole === role &&
              isFree(person.seed.email, startsAt.getTime(), endsAt.getTime()) &&
              (typeof demo !== 'object' || person.seed.email === demo.alone),
          )
          const local = candidates.filter((person) => person.seed.defaultLocation === location.name)
          const person = random.pick(local.length ? local : candidates)
          if (!person) continue
          const book = (key: string) =>
            busy.set(key, [...(busy.get(key) ?? []), { from: startsAt.getTime(), to: endsAt.getTime() }])
          book(person.seed.email)
          const trainee = trainees.find(
            (candidate) =>
              role === 'volunteer' &&
              candidate.location === location.name &&
              typeof demo !== 'object' &&
              isFree(`extern:${candidate.name}`, startsAt.getTime(), endsAt.getTime()) &&
              (demo === 'volunteersOnly' || random.next() < 0.5),
          )
          if (trainee) book(`extern:${trainee.name}`)
          const evening = Number(period.opens.slice(0, 2)) >= 17
          shifts.push({
            location: locationDoc.id,
            // Stored past the hooks (below), so the network is named here: the Infopunt's.
            network: idOf(locationDoc.network) as number,
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            staff: [person.doc.id],
            role,
            externalNames: trainee ? [trainee.name] : [],
            notes: trainee
              ? `Inwerkdienst: ${trainee.name} loopt mee (nog geen account).`
              : evening
                ? 'Avondopenstelling: sleutel ophalen bij de beheerder.'
                : undefined,
            organisation: person.seed.organisation
              ? content.organisations.get(person.seed.organisation)?.id
              : undefined,
          })
        }
      }
    }
  }
  // One transaction for the four weeks: one commit instead of one per shift. The shifts are free of
  // overlaps by construction (isFree above), so they skip the per-shift availability and pairing
  // look-ups of a save in the admin and go straight through the database adapter.
  const now = new Date().toISOString()
  await inTransaction(payload, async (fresh) => {
    const req = await fresh()
    for (const data of shifts)
      await payload.db.create({
        collection: 'roster-shifts',
        data: { ...data, createdAt: now, updatedAt: now },
        req,
        returning: false,
      })
  })
  // The shifts went in past their hooks: one new stamp for all of them.
  await markStartpageChanged(payload)
  return shifts.length
}
