import { formatDay, formatTime } from '@/lib/dates'
import type { RosteredWithoutAccount } from '@/roster/outlook'

/** People on the roster without an account: where the network requires trainings, the roster counts them as in training. */
export function RosteredWithoutAccountList({
  people,
  days,
  inTraining,
}: {
  people: RosteredWithoutAccount[]
  days: number
  inTraining: boolean
}) {
  return (
    <section aria-labelledby="zonder-account" className="stack">
      <h2 id="zonder-account">Op het rooster zonder account</h2>
      <p>
        Deze mensen staan de komende {days} dagen op het rooster, maar hebben nog geen account. Hun trainingen kun je
        daarom niet vastleggen{inTraining ? ', en het rooster telt ze als in opleiding' : ''}. Nodig ze uit met het
        formulier hieronder en vervang daarna in hun diensten hun naam door hun account.
      </p>
      <ul>
        {people.map((person) => (
          <li key={person.name}>
            <strong>{person.name}</strong> — eerste dienst {formatDay(person.startsAt)} {formatTime(person.startsAt)},{' '}
            {person.locationName}
          </li>
        ))}
      </ul>
    </section>
  )
}
