import { formatDay, formatTime } from '@/lib/dates'
import type { DeskToday } from '@/startpage/load'
import { roleLabel, type ShiftView } from '@/roster/shifts'

interface Slot {
  startsAt: string
  endsAt: string
  shifts: ShiftView[]
}

/** Shifts of the same period at one desk form one line: the period, then everyone on it. */
const bySlot = (shifts: ShiftView[]): Slot[] => {
  const slots = new Map<string, Slot>()
  for (const shift of shifts) {
    const key = `${shift.startsAt}/${shift.endsAt}`
    const slot = slots.get(key) ?? { startsAt: shift.startsAt, endsAt: shift.endsAt, shifts: [] }
    slot.shifts.push(shift)
    slots.set(key, slot)
  }
  return [...slots.values()]
}

function SlotLine({ slot, withDay = false }: { slot: Slot; withDay?: boolean }) {
  return (
    <li className="shift-line">
      <span className="shift-time">
        {withDay && <>{formatDay(slot.startsAt)}, </>}
        {formatTime(slot.startsAt)}–{formatTime(slot.endsAt)}
      </span>
      <ul className="shift-people" role="list">
        {slot.shifts.flatMap((shift) =>
          shift.people.map((person, index) => (
            <li key={`${shift.id}-${index}`}>
              {person.name}{' '}
              <span className="muted">
                ({[roleLabel(shift.role), shift.organisation].filter(Boolean).join(', ')}
                {person.inTraining ? ', in opleiding' : ''})
              </span>
            </li>
          )),
        )}
      </ul>
    </li>
  )
}

function ShiftList({
  title,
  shifts,
  empty,
  withDay,
  limit,
}: {
  title: string
  shifts: ShiftView[]
  empty: string
  withDay?: boolean
  limit?: number
}) {
  const slots = bySlot(shifts).slice(0, limit)
  return (
    <>
      <h4>{title}</h4>
      {slots.length ? (
        <ul className="shift-list" role="list">
          {slots.map((slot) => (
            <SlotLine key={slot.startsAt + slot.endsAt} slot={slot} withDay={withDay} />
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
            <ShiftList
              title="Volgende diensten"
              shifts={desk.next}
              empty="Nog geen diensten gepland."
              withDay
              limit={3}
            />
          </li>
        ))}
      </ul>
      <p>
        <a href="/rooster">Het hele weekrooster</a>
      </p>
    </section>
  )
}
