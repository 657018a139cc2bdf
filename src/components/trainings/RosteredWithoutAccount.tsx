import { formatDay, formatTime } from '@/lib/dates'
import type { RosteredWithoutAccount } from '@/roster/outlook'

/** People on the roster without an account: the roster counts them as in training. */
export function RosteredWithoutAccountList({ people, days }: { people: RosteredWithoutAccount[]; days: number }) {
  return (
    <section aria-labelledby="zonder-account" className="stack">
      <h2 id="zonder-account">Op het rooster zonder account</h2>
      <p>
        Deze mensen staan de komende {days} dagen op het rooster, maar hebben nog geen account. Hun trainingen kun je
        daarom niet vastleggen, en het rooster telt ze als in opleiding. Nodig ze uit met het formulier hieronder en
        vervang daarna in hun diensten hun naam door hun account.
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
