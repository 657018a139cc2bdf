'use client'

import { useActionState } from 'react'

import { issueCalendarFeedAction, type CalendarFeedState } from '@/roster/actions'

/** Subscribe from a phone's calendar: a secret address shown once, renewable and revocable. */
export function CalendarSubscription({ issuedAt }: { issuedAt: string | null }) {
  const [state, action, pending] = useActionState<CalendarFeedState, FormData>(issueCalendarFeedAction, {})
  const active = state.feeds ? true : state.revoked ? false : Boolean(issuedAt)
  return (
    <section aria-labelledby="agenda" className="stack calendar-subscription">
      <h2 id="agenda">Rooster in je eigen agenda</h2>
      <p>
        Abonneer je vanuit de agenda op je telefoon (iPhone: Instellingen › Agenda › Accounts › Voeg agenda-abonnement
        toe; Google Agenda: Andere agenda’s › Via URL). Het adres is geheim: wie het heeft, ziet het rooster.
      </p>
      {state.error && (
        <p className="alert alert-error" role="alert">
          {state.error}
        </p>
      )}
      {state.feeds && (
        <div className="alert alert-info" role="status">
          <p>Je nieuwe adressen (ze worden maar één keer getoond; eerdere adressen werken niet meer):</p>
          <ul>
            <li>
              Mijn diensten: <code>{state.feeds.mine}</code>
            </li>
            {state.feeds.locations.map((location) => (
              <li key={location.id}>
                {location.name}: <code>{location.url}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.revoked && (
        <p className="alert alert-info" role="status">
          De agendakoppeling is ingetrokken: de oude adressen werken niet meer.
        </p>
      )}
      {!state.feeds && !state.revoked && issuedAt && (
        <p>Je hebt een agendakoppeling sinds {new Date(issuedAt).toLocaleDateString('nl-NL')}.</p>
      )}
      <form action={action} className="actions">
        <button type="submit" name="intent" value="issue" className="button" disabled={pending}>
          {active ? 'Nieuw geheim adres maken' : 'Agendakoppeling maken'}
        </button>
        {active && (
          <button type="submit" name="intent" value="revoke" className="button-link" disabled={pending}>
            Koppeling intrekken
          </button>
        )}
      </form>
    </section>
  )
}
