import { weekdays } from '@/fields/openingHours'

type Period = { weekday: string; opens: string; closes: string; id?: string | null }

/** Opening hours as a definition list, one line per day in week order. */
export function OpeningHours({ periods }: { periods?: Period[] | null }) {
  if (!periods?.length) return <p className="muted">Geen openingstijden bekend.</p>
  const days = weekdays
    .map((day) => ({
      label: day.label.nl,
      times: periods
        .filter((period) => period.weekday === day.value)
        .sort((a, b) => a.opens.localeCompare(b.opens))
        .map((period) => `${period.opens}–${period.closes}`),
    }))
    .filter((day) => day.times.length > 0)
  return (
    <dl className="opening-hours">
      {days.map((day) => (
        <div key={day.label}>
          <dt>{day.label}</dt>
          <dd>{day.times.join(', ')}</dd>
        </div>
      ))}
    </dl>
  )
}
