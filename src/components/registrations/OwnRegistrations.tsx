'use client'

import { useCallback, useState } from 'react'

import { TIME_ZONE } from '@/lib/dates'
import type { Registration } from '@/payload-types'
import { toOwnRegistration, type OwnRegistration } from '@/registrations/ownRegistration'

// Dutch time on the server and in the browser alike, or the server's render differs from hydration.
const timeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

/** The desk worker's own registrations of the past 7 days, read again after each store. */
export function useOwnRegistrations(userId: number | string, initial: OwnRegistration[]) {
  const [own, setOwn] = useState<OwnRegistration[]>(initial)
  const refresh = useCallback(async () => {
    const since = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000).toISOString()
    const params = new URLSearchParams({
      'where[registeredBy][equals]': String(userId),
      'where[createdAt][greater_than]': since,
      sort: '-occurredAt',
      limit: '50',
      depth: '1',
    })
    try {
      const response = await fetch(`/api/registrations?${params}`, { credentials: 'same-origin' })
      if (response.ok) setOwn(((await response.json()).docs as Registration[]).map(toOwnRegistration))
    } catch {
      // offline: keep the list as it is
    }
  }, [userId])
  return [own, refresh] as const
}

/** The list beside the form: each of the desk worker's recent registrations, with a button to correct it. */
export function OwnRegistrations({
  headingId,
  registrations,
  answerTypes,
  onEdit,
}: {
  headingId: string
  registrations: OwnRegistration[]
  answerTypes: { value: string; label: string }[]
  onEdit: (registration: OwnRegistration) => void
}) {
  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>Mijn registraties van de afgelopen 7 dagen</h2>
      {registrations.length === 0 ? (
        <p className="muted">Nog geen registraties.</p>
      ) : (
        <ul className="own-list" data-testid="own-list">
          {registrations.map((registration) => (
            <li key={registration.id}>
              <strong>{timeFormat.format(new Date(registration.occurredAt))}</strong> · {registration.locationName}
              <br />
              {registration.themeNames.join(', ')} —{' '}
              {answerTypes.find((option) => option.value === registration.answerType)?.label}
              {registration.referralCodes.length > 0 && ` (${registration.referralCodes.join(', ')})`}
              <br />
              <button type="button" className="button-link" onClick={() => onEdit(registration)}>
                Corrigeren
                <span className="visually-hidden">
                  {' '}
                  (registratie van {timeFormat.format(new Date(registration.occurredAt))})
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
