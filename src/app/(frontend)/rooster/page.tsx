import type { Metadata } from 'next'

import { requireStaff } from '@/auth/currentUser'
import { CalendarSubscription } from '@/components/roster/CalendarSubscription'
import { CoverageOutlookList } from '@/components/roster/CoverageOutlookList'
import { PrintButton } from '@/components/shell/PrintButton'
import { SiteHeader } from '@/components/shell/SiteHeader'
import { formatDate, formatDay, formatTime } from '@/lib/dates'
import { gapLabel } from '@/roster/coverage'
import { NEW_SHIFT_HREF, shiftEditHref } from '@/roster/outlook'
import { roleLabel } from '@/roster/shifts'
import { loadRosterPage } from '@/roster/loaders'

import './roster.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Rooster' }

type Props = { searchParams: Promise<{ week?: string; infopunt?: string }> }

const weekHref = (week: string, location: number | string) =>
  `/rooster?week=${week}${location === 'alle' ? '' : `&infopunt=${location}`}`

export default async function RosterPage({ searchParams }: Props) {
  const params = await searchParams
  const user = await requireStaff('/rooster')
  const { roster, issuedAt, outlook } = await loadRosterPage(user, { week: params.week, location: params.infopunt })
  const lastDay = roster.days[roster.days.length - 1]
  const title = roster.selected === 'alle' ? 'alle Infopunten' : roster.rows[0]?.name

  return (
    <>
      <SiteHeader user={user} current="/rooster" />
      <main id="inhoud" className="container stack roster-page">
        <h1>
          Rooster {title}: week van {formatDate(`${roster.monday}T12:00:00Z`)}
        </h1>
        <div className="roster-toolbar no-print">
          <nav aria-label="Weken" className="week-nav">
            <a href={weekHref(roster.previous, roster.selected)}>← Vorige week</a>
            <a href={roster.selected === 'alle' ? '/rooster' : `/rooster?infopunt=${roster.selected}`}>Deze week</a>
            <a href={weekHref(roster.next, roster.selected)}>Volgende week →</a>
          </nav>
          <form method="get" action="/rooster" className="roster-filter">
            <input type="hidden" name="week" value={roster.monday} />
            <label htmlFor="infopunt">Infopunt</label>
            <select id="infopunt" name="infopunt" defaultValue={String(roster.selected)}>
              <option value="alle">Alle Infopunten</option>
              {roster.locations.map((location) => (
                <option key={location.id} value={String(location.id)}>
                  {location.name}
                </option>
              ))}
            </select>
            <button type="submit" className="button">
              Tonen
            </button>
          </form>
          <PrintButton label="Rooster afdrukken" />
        </div>

        {outlook && (
          <section aria-labelledby="aandacht" className="stack no-print">
            <h2 id="aandacht">Aandacht nodig: komende {outlook.days / 7} weken</h2>
            <p>
              Tijdvakken die niet bezet zijn zoals het Infopunt vraagt, en diensten met iemand in opleiding zonder
              opgeleide collega, van alle Infopunten. Elke regel leidt naar de week en naar de dienst om aan te passen.
            </p>
            {outlook.gaps.length === 0 && outlook.untrained.length === 0 ? (
              <p>Niets: alle komende diensten voldoen aan de regels.</p>
            ) : (
              <CoverageOutlookList gaps={outlook.gaps} untrained={outlook.untrained} />
            )}
            <p>
              <a href={NEW_SHIFT_HREF}>Dienst toevoegen</a>
            </p>
          </section>
        )}

        <p className="legend">
          <span className="gap-chip gap-unstaffed">Onbezet</span> en{' '}
          <span className="gap-chip gap-single">één persoon</span>: tijden binnen de openingstijden met minder mensen op
          de balie dan het Infopunt vraagt. <span className="gap-chip gap-noProfessional">Geen beroepskracht</span>:
          vrijwilligers op de balie zonder beroepskracht naast zich.
        </p>

        {/* Focusable, so the week can be scrolled sideways by keyboard on a narrow screen. */}
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Rooster van de week">
          <table className="roster-table">
            <caption className="visually-hidden">
              Diensten per Infopunt en dag, {formatDay(`${roster.monday}T12:00:00Z`)} tot en met{' '}
              {formatDay(`${lastDay}T12:00:00Z`)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Infopunt</th>
                {roster.days.map((date) => (
                  <th scope="col" key={date}>
                    {formatDay(`${date}T12:00:00Z`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {roster.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  {row.cells.map((cell) => (
                    <td key={cell.date} className={cell.open ? undefined : 'closed'}>
                      {!cell.open && cell.shifts.length === 0 && <span className="muted">gesloten</span>}
                      <ul role="list" className="roster-cell">
                        {cell.shifts.map((shift) => (
                          <li key={shift.id} className="roster-shift">
                            {outlook ? (
                              <a className="shift-time" href={shiftEditHref(shift.id)}>
                                {formatTime(shift.startsAt)}–{formatTime(shift.endsAt)}
                                <span className="visually-hidden"> dienst aanpassen</span>
                              </a>
                            ) : (
                              <span className="shift-time">
                                {formatTime(shift.startsAt)}–{formatTime(shift.endsAt)}
                              </span>
                            )}{' '}
                            {shift.people.map((person) => person.name).join(', ')}{' '}
                            <span className="muted">({roleLabel(shift.role)})</span>
                            {roster.untrained.has(String(shift.id)) && (
                              <span className="gap-chip gap-untrained">
                                In opleiding zonder opgeleide collega:{' '}
                                {roster.untrained.get(String(shift.id))!.join(', ')}
                              </span>
                            )}
                          </li>
                        ))}
                        {cell.gaps.map((gap) => (
                          <li key={`${gap.startsAt}-${gap.level}`} className={`gap-chip gap-${gap.level}`}>
                            {gapLabel(gap)} {gap.from}–{gap.to}
                          </li>
                        ))}
                      </ul>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <CalendarSubscription issuedAt={issuedAt} />
      </main>
    </>
  )
}
