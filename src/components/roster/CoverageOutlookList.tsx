import { formatDay, formatTime } from '@/lib/dates'
import { gapLabel } from '@/roster/coverage'
import type { OutlookGap, OutlookUntrained } from '@/roster/outlook'

import './outlook.css'

interface Entry {
  key: string
  kind: string
  label: string
  where: string
  startsAt: string
  weekHref: string
  fixHref: string
  fixLabel: string
}

const entries = (gaps: OutlookGap[], untrained: OutlookUntrained[]): Entry[] =>
  [
    ...gaps.map((gap) => ({
      key: `${gap.locationId}-${gap.startsAt}-${gap.level}`,
      kind: gap.level,
      label: gapLabel(gap),
      where: `${gap.locationName}, ${formatDay(gap.startsAt)} ${gap.from}–${gap.to}`,
      startsAt: gap.startsAt,
      weekHref: gap.weekHref,
      fixHref: gap.fixHref,
      fixLabel: gap.fixLabel,
    })),
    ...untrained.map(({ shift, names, weekHref, fixHref }) => ({
      key: `untrained-${shift.id}`,
      kind: 'untrained',
      label: `In opleiding zonder opgeleide collega (${names.join(', ')})`,
      where: `${shift.locationName}, ${formatDay(shift.startsAt)} ${formatTime(shift.startsAt)}–${formatTime(shift.endsAt)}`,
      startsAt: shift.startsAt,
      weekHref,
      fixHref,
      fixLabel: 'dienst aanpassen',
    })),
  ].sort((a, b) => a.startsAt.localeCompare(b.startsAt))

/**
 * For coordinators: every slot that breaks the staffing rules and every shift with someone in
 * training alone, in time order; each leads to its week and to the shift to fix in the admin.
 */
export function CoverageOutlookList({ gaps, untrained }: { gaps: OutlookGap[]; untrained: OutlookUntrained[] }) {
  return (
    <ul className="gap-list outlook-list" role="list">
      {entries(gaps, untrained).map((entry) => (
        <li key={entry.key} className={`outlook-item gap-${entry.kind}`}>
          <strong>{entry.label}</strong>: <a href={entry.weekHref}>{entry.where}</a> ·{' '}
          <a href={entry.fixHref}>
            {entry.fixLabel}
            <span className="visually-hidden"> ({entry.where})</span>
          </a>
        </li>
      ))}
    </ul>
  )
}
