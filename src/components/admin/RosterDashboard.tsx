import { headers } from 'next/headers'
import type { Payload } from 'payload'

import { canManageRoster } from '@/access/isRosterManager'
import { formatDay, formatTime } from '@/lib/dates'
import { withinCurrentNetwork } from '@/networks/current'
import type { User } from '@/payload-types'
import { gapLabel } from '@/roster/coverage'
import { loadCoverageOutlook } from '@/roster/outlook'

import './dashboard.css'

const SHOWN = 8

/** For coordinators on the admin dashboard: the coming four weeks' slots that break the staffing rules. */
export async function RosterDashboard({ payload, user: account }: { payload: Payload; user?: User | null }) {
  if (!account) return null
  // The admin gives the account with all its networks; the dashboard is the current network's.
  const user = withinCurrentNetwork(account, await headers())
  if (!canManageRoster(user)) return null
  const outlook = await loadCoverageOutlook(payload, user)
  const unpaired = outlook.gaps.filter((gap) => gap.level === 'noProfessional')
  const short = outlook.counts.unstaffed + outlook.counts.single
  return (
    <section className="infopunt-dashboard infopunt-dashboard--roster" aria-labelledby="rooster-aandacht">
      <h2 id="rooster-aandacht" className="infopunt-dashboard__title">
        Rooster: komende {outlook.days / 7} weken
      </h2>
      <a href="/rooster#aandacht" className="infopunt-dashboard__card">
        <strong>{outlook.counts.noProfessional}</strong>{' '}
        {outlook.counts.noProfessional === 1 ? 'tijdvak' : 'tijdvakken'} zonder beroepskracht
      </a>
      <a href="/rooster#aandacht" className="infopunt-dashboard__card">
        <strong>{short}</strong> {short === 1 ? 'tijdvak' : 'tijdvakken'} met te weinig mensen
      </a>
      <a href="/rooster#aandacht" className="infopunt-dashboard__card">
        <strong>{outlook.untrained.length}</strong> {outlook.untrained.length === 1 ? 'dienst' : 'diensten'} met iemand
        in opleiding zonder opgeleide collega
      </a>
      {unpaired.length > 0 && (
        <ul className="infopunt-dashboard__list" aria-label="Tijdvakken zonder beroepskracht">
          {unpaired.slice(0, SHOWN).map((gap) => (
            <li key={`${gap.locationId}-${gap.startsAt}`}>
              <a href={gap.weekHref}>
                {gapLabel(gap)}: {gap.locationName}, {formatDay(gap.startsAt)} {gap.from}–{gap.to}
              </a>{' '}
              · <a href={gap.fixHref}>{gap.fixLabel}</a>
            </li>
          ))}
          {unpaired.length > SHOWN && <li>en nog {unpaired.length - SHOWN} op het rooster</li>}
        </ul>
      )}
      {outlook.untrained.length > 0 && (
        <ul className="infopunt-dashboard__list" aria-label="Diensten met iemand in opleiding zonder opgeleide collega">
          {outlook.untrained.slice(0, SHOWN).map(({ shift, names, weekHref, fixHref }) => (
            <li key={shift.id}>
              <a href={weekHref}>
                In opleiding: {names.join(', ')}, {shift.locationName}, {formatDay(shift.startsAt)}{' '}
                {formatTime(shift.startsAt)}–{formatTime(shift.endsAt)}
              </a>{' '}
              · <a href={fixHref}>dienst aanpassen</a>
            </li>
          ))}
          {outlook.untrained.length > SHOWN && <li>en nog {outlook.untrained.length - SHOWN} op het rooster</li>}
        </ul>
      )}
    </section>
  )
}
