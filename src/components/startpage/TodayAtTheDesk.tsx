import { formatDay, formatTime } from '@/lib/dates'
import type { DeskToday } from '@/startpage/load'
import { roleLabel, type ShiftView } from '@/roster/shifts'

function ShiftLine({ shift, withDay = false }: { shift: ShiftView; withDay?: boolean }) {
  return (
    <li className="shift-line">
      <span className="shift-time">
        {withDay && <>{formatDay(shift.startsAt)}, </>}
        {formatTime(shift.startsAt)}–{formatTime(shift.endsAt)}
      </span>{' '}
      <span>
        {shift.people.map((person) => person.name).join(', ')}
        <span className="muted">
          {' '}
          ({[roleLabel(shift.role), shift.organisation].filter(Boolean).join(', ')})
        </span>
      </span>
    </li>
  )
}

function ShiftList({ title, shifts, empty, withDay }: { title: string; shifts: ShiftView[]; empty: string; withDay?: boolean }) {
  return (
    <>
      <h4>{title}</h4>
      {shifts.length ? (
        <ul className="shift-list" role="list">
          {shifts.map((shift) => (
            <ShiftLine key={shift.id} shift={shift} withDay={withDay} />
          ))}
        </ul>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </>
  )
}

/** "Vandaag op de balie": per Infopunt who is on duty now, later today, and the next shifts. */
export function TodayAtTheDesk({ desks }: { desks: DeskToday[] }) {
  return (
    <section aria-labelledby="vandaag" className="stack">
      <h2 id="vandaag">Vandaag op de balie</h2>
      <ul className="card-grid" role="list">
        {desks.map((desk) => (
          <li key={desk.id} className="card desk-card" data-testid="desk-today">
            <h3>{desk.name}</h3>
            <ShiftList title="Nu" shifts={desk.now} empty="Nu niemand ingeroosterd." />
            <ShiftList title="Later vandaag" shifts={desk.laterToday} empty="Vandaag geen diensten meer." />
            <ShiftList title="Volgende diensten" shifts={desk.next} empty="Nog geen diensten gepland." withDay />
          </li>
        ))}
      </ul>
      <p>
        <a href="/rooster">Het hele weekrooster</a>
      </p>
    </section>
  )
}
