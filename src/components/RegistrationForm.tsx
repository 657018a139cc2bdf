'use client'

import { useCallback, useEffect, useId, useRef, useState } from 'react'

import { TIME_ZONE } from '@/lib/dates'
import type { Id } from '@/lib/relations'
import { OCCURRED_AT_FORMAT, formatOccurredAt, parseOccurredAt } from '@/registrations/occurredAt'
import type { OrganisationOption } from '@/registrations/organisationSearch'
import {
  backoffMs,
  dequeue,
  enqueue,
  fieldErrorsOf,
  markAttempt,
  readQueue,
  sendRegistration,
  type PendingRegistration,
} from '@/registrations/pendingQueue'
import { SUMMARY_MAX_LENGTH, validateSummary } from '@/registrations/privacyGuard'
import { toOwnRegistration, type OwnRegistration } from '@/registrations/ownRegistration'

import { OrganisationPicker } from './registrations/OrganisationPicker'
import { ToggleToolbar } from './registrations/ToggleToolbar'

interface Option {
  value: string
  label: string
}

export interface RegistrationFormProps {
  userId: Id
  locations: { id: Id; name: string }[]
  defaultLocation: Id | null
  themes: { id: Id; name: string }[]
  answerTypes: Option[]
  referralAnswerTypes: string[]
  channels: Option[]
  ageBands: Option[]
  domains: Option[]
  ownRecent: OwnRegistration[]
}

// Dutch time on the server and in the browser alike, or the server's render differs from hydration.
const timeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

interface Draft {
  editingId: Id | null
  location: string
  occurredAt: string
  timeTouched: boolean
  themes: Id[]
  answerType: string
  organisations: OrganisationOption[]
  summary: string
  channel: string
  ageBand: string
  domain: string
  followUp: boolean
  durationMinutes: string
}

export function RegistrationForm(props: RegistrationFormProps) {
  const { answerTypes, referralAnswerTypes } = props
  const blank = useCallback(
    (): Draft => ({
      editingId: null,
      location: props.defaultLocation != null ? String(props.defaultLocation) : String(props.locations[0]?.id ?? ''),
      occurredAt: '',
      timeTouched: false,
      themes: [],
      answerType: '',
      organisations: [],
      summary: '',
      channel: 'desk',
      ageBand: 'unknown',
      domain: '',
      followUp: false,
      durationMinutes: '',
    }),
    [props.defaultLocation, props.locations],
  )
  const [draft, setDraft] = useState<Draft>(blank)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const [pending, setPending] = useState(0)
  const [pendingReason, setPendingReason] = useState('')
  const [own, setOwn] = useState<OwnRegistration[]>(props.ownRecent)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const flushing = useRef(false)
  const ids = useId()

  // The time shows "now" in the browser (not on the server, which may be in another zone) and keeps
  // following the clock until the desk worker types another time.
  useEffect(() => {
    if (draft.timeTouched) return
    const tick = () => setDraft((current) => ({ ...current, occurredAt: formatOccurredAt(new Date()) }))
    tick()
    const timer = setInterval(tick, 15_000)
    return () => clearInterval(timer)
  }, [draft.timeTouched])

  const refreshOwn = useCallback(async () => {
    const since = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000).toISOString()
    const params = new URLSearchParams({
      'where[registeredBy][equals]': String(props.userId),
      'where[createdAt][greater_than]': since,
      sort: '-occurredAt',
      limit: '50',
      depth: '1',
    })
    try {
      const response = await fetch(`/api/registrations?${params}`, { credentials: 'same-origin' })
      if (response.ok)
        setOwn(((await response.json()).docs as Record<string, any>[]).map((doc) => toOwnRegistration(doc)))
    } catch {
      // offline: keep the list as it is
    }
  }, [props.userId])

  /** Sends every waiting registration once; schedules the next try with backoff while some remain. */
  const flush = useCallback(async () => {
    if (flushing.current) return
    flushing.current = true
    if (retryTimer.current) clearTimeout(retryTimer.current)
    let stored = 0
    let nextAttempts = 0
    try {
      for (const item of readQueue()) {
        const outcome = await sendRegistration(item)
        if (outcome.kind === 'stored') {
          dequeue(item.idempotencyKey)
          stored++
        } else if (outcome.kind === 'invalid') {
          // Refused for its content: it will never succeed, so it is not kept.
          dequeue(item.idempotencyKey)
          setFormError(`Een bewaarde registratie werd geweigerd: ${outcome.errors[0]?.message ?? outcome.message}`)
        } else {
          markAttempt(item.idempotencyKey)
          nextAttempts = Math.max(nextAttempts, item.attempts + 1)
          setPendingReason(outcome.reason)
          break
        }
      }
    } finally {
      flushing.current = false
      const left = readQueue().length
      setPending(left)
      if (left === 0) setPendingReason('')
      if (stored > 0) {
        setStatus(
          stored === 1
            ? 'De bewaarde registratie is alsnog opgeslagen.'
            : `${stored} bewaarde registraties zijn alsnog opgeslagen.`,
        )
        void refreshOwn()
      }
      if (left > 0) retryTimer.current = setTimeout(() => void flush(), backoffMs(nextAttempts || 1))
    }
  }, [refreshOwn])

  useEffect(() => {
    setPending(readQueue().length)
    void flush()
    const online = () => void flush()
    window.addEventListener('online', online)
    return () => {
      window.removeEventListener('online', online)
      if (retryTimer.current) clearTimeout(retryTimer.current)
    }
  }, [flush])

  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }))
  const toggleTheme = (id: Id) =>
    update({ themes: draft.themes.includes(id) ? draft.themes.filter((theme) => theme !== id) : [...draft.themes, id] })
  const isReferral = referralAnswerTypes.includes(draft.answerType)

  const check = (): Record<string, string> => {
    const found: Record<string, string> = {}
    if (!draft.location) found.location = 'Kies het Infopunt.'
    if (draft.timeTouched && !parseOccurredAt(draft.occurredAt))
      found.occurredAt = `Vul het tijdstip in als ${OCCURRED_AT_FORMAT}, bijvoorbeeld ${formatOccurredAt(new Date())}.`
    if (draft.themes.length === 0) found.themes = 'Kies minstens één thema.'
    if (!draft.answerType) found.answerType = 'Kies hoe de vraag is beantwoord.'
    if (isReferral && draft.organisations.length === 0)
      found.referredOrganisations = 'Kies de organisatie waarnaar is doorverwezen.'
    const summary = validateSummary(draft.summary.trim())
    if (summary !== true) found.summary = summary
    return found
  }

  const dataOf = (): Record<string, unknown> => ({
    // Ids as the server types them (numbers on SQLite): the select only knows strings.
    location: props.locations.find((location) => String(location.id) === draft.location)?.id ?? draft.location,
    occurredAt: ((draft.timeTouched && parseOccurredAt(draft.occurredAt)) || new Date()).toISOString(),
    themes: draft.themes,
    answerType: draft.answerType,
    referredOrganisations: isReferral ? draft.organisations.map((organisation) => organisation.id) : [],
    summary: draft.summary.trim() || null,
    channel: draft.channel,
    ageBand: draft.ageBand,
    domain: draft.domain || null,
    followUp: draft.followUp,
    durationMinutes: draft.durationMinutes ? Number(draft.durationMinutes) : null,
  })

  const startNext = () => {
    setDraft({ ...blank(), occurredAt: formatOccurredAt(new Date()) })
    setErrors({})
    setFormError('')
    headingRef.current?.focus()
  }

  /** "Nog een vraag": the confirmation goes and the focus lands on the first field. */
  const nextQuestion = () => {
    startNext()
    setStatus('')
    document.getElementById(`${ids}-location`)?.focus()
  }

  const showServerErrors = (list: { path: string; message: string }[], message: string) => {
    const byPath = Object.fromEntries(list.map((error) => [error.path, error.message]))
    setErrors(byPath)
    setFormError(list.length ? 'De registratie is niet opgeslagen. Verbeter wat hieronder staat.' : message)
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setStatus('')
    setFormError('')
    const found = check()
    setErrors(found)
    if (Object.keys(found).length) {
      setFormError('De registratie is niet opgeslagen. Verbeter wat hieronder staat.')
      document.getElementById(`${ids}-${Object.keys(found)[0]}`)?.focus()
      return
    }
    setBusy(true)
    try {
      if (draft.editingId != null) {
        const response = await fetch(`/api/registrations/${draft.editingId}?depth=0`, {
          method: 'PATCH',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(dataOf()),
        }).catch(() => null)
        if (!response) return setFormError('Geen verbinding met de server. Probeer de correctie zo opnieuw.')
        const body = await response.json().catch(() => undefined)
        if (response.ok) {
          setStatus('De correctie is opgeslagen.')
          startNext()
          void refreshOwn()
        } else showServerErrors(fieldErrorsOf(body), body?.errors?.[0]?.message ?? 'De correctie is niet opgeslagen.')
        return
      }
      // Kept in the browser before the first attempt: a crash or lost answer loses nothing.
      const item: PendingRegistration = {
        idempotencyKey: crypto.randomUUID(),
        data: dataOf(),
        queuedAt: new Date().toISOString(),
        attempts: 0,
      }
      enqueue(item)
      setPending(readQueue().length)
      const outcome = await sendRegistration(item)
      if (outcome.kind === 'stored') {
        dequeue(item.idempotencyKey)
        setPending(readQueue().length)
        setStatus('De registratie is opgeslagen.')
        startNext()
        void refreshOwn()
      } else if (outcome.kind === 'invalid') {
        dequeue(item.idempotencyKey)
        setPending(readQueue().length)
        showServerErrors(outcome.errors, outcome.message)
      } else {
        markAttempt(item.idempotencyKey)
        setPendingReason(outcome.reason)
        setStatus(
          'Nog niet verstuurd: de registratie is in deze browser bewaard en wordt automatisch opnieuw verstuurd.',
        )
        startNext()
        if (retryTimer.current) clearTimeout(retryTimer.current)
        retryTimer.current = setTimeout(() => void flush(), backoffMs(1))
      }
    } finally {
      setBusy(false)
    }
  }

  const edit = (registration: OwnRegistration) => {
    setDraft({
      editingId: registration.id,
      location: String(registration.location),
      occurredAt: formatOccurredAt(new Date(registration.occurredAt)),
      timeTouched: true,
      themes: registration.themes,
      answerType: registration.answerType,
      organisations: registration.referredOrganisations,
      summary: registration.summary,
      channel: registration.channel,
      ageBand: registration.ageBand,
      domain: registration.domain ?? '',
      followUp: registration.followUp,
      durationMinutes: registration.durationMinutes == null ? '' : String(registration.durationMinutes),
    })
    setErrors({})
    setStatus('')
    headingRef.current?.focus()
  }

  const errorText = (name: string) =>
    errors[name] ? (
      <p id={`${ids}-${name}-error`} className="field-error">
        {errors[name]}
      </p>
    ) : null
  const describedBy = (name: string) => (errors[name] ? `${ids}-${name}-error` : undefined)

  return (
    <div className="register-layout">
      <section aria-labelledby={`${ids}-title`} className="stack">
        <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
          {draft.editingId != null ? 'Registratie corrigeren' : 'Hulpvraag registreren'}
        </h1>
        <div aria-live="polite" className="stack">
          {status && (
            <div className="alert alert-info" role="status">
              <p>{status}</p>
              {draft.editingId == null && (
                <button type="button" className="button-link" onClick={nextQuestion}>
                  Nog een vraag
                </button>
              )}
            </div>
          )}
          {pending > 0 && (
            <p className="alert alert-info pending-note" data-testid="pending">
              {pending === 1 ? '1 registratie wacht' : `${pending} registraties wachten`} op verzending. {pendingReason}{' '}
              <button type="button" className="button-link" onClick={() => void flush()}>
                Nu opnieuw proberen
              </button>
            </p>
          )}
        </div>
        {formError && (
          <p className="alert alert-error" role="alert">
            {formError}
          </p>
        )}

        <form className="register-form stack-lg" onSubmit={submit} noValidate>
          <div className="register-row">
            <div className="field">
              <label htmlFor={`${ids}-location`}>Infopunt</label>
              <select
                id={`${ids}-location`}
                value={draft.location}
                onChange={(event) => update({ location: event.target.value })}
                aria-describedby={describedBy('location')}
              >
                {props.locations.map((location) => (
                  <option key={location.id} value={String(location.id)}>
                    {location.name}
                  </option>
                ))}
              </select>
              {errorText('location')}
            </div>
            <div className="field">
              <label htmlFor={`${ids}-occurredAt`}>Tijdstip</label>
              <input
                id={`${ids}-occurredAt`}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={draft.occurredAt}
                onChange={(event) => update({ occurredAt: event.target.value, timeTouched: true })}
                aria-invalid={Boolean(errors.occurredAt)}
                aria-describedby={[`${ids}-occurredAt-hint`, describedBy('occurredAt')].filter(Boolean).join(' ')}
              />
              <p id={`${ids}-occurredAt-hint`} className="muted">
                {draft.timeTouched ? OCCURRED_AT_FORMAT : `Nu; typ een ander tijdstip als ${OCCURRED_AT_FORMAT}`}
              </p>
              {errorText('occurredAt')}
            </div>
          </div>

          <fieldset aria-describedby={describedBy('themes')}>
            <legend id={`${ids}-themes-legend`}>Thema&apos;s</legend>
            <ToggleToolbar
              items={props.themes.map((theme) => ({ id: theme.id, label: theme.name }))}
              pressed={(id) => draft.themes.includes(id)}
              onToggle={toggleTheme}
              firstId={`${ids}-themes`}
              labelledBy={`${ids}-themes-legend`}
              describedBy={describedBy('themes')}
              className="chips"
              buttonClassName="chip"
            />
            {errorText('themes')}
          </fieldset>

          <fieldset aria-describedby={describedBy('answerType')}>
            <legend id={`${ids}-answerType-legend`}>Hoe beantwoord</legend>
            <ToggleToolbar
              items={answerTypes.map((option) => ({ id: option.value, label: option.label }))}
              pressed={(value) => draft.answerType === value}
              onToggle={(value) => update({ answerType: String(value) })}
              firstId={`${ids}-answerType`}
              labelledBy={`${ids}-answerType-legend`}
              describedBy={describedBy('answerType')}
              className="answer-buttons"
              buttonClassName="answer-button"
            />
            {errorText('answerType')}
          </fieldset>

          {isReferral && (
            <OrganisationPicker
              inputId={`${ids}-referredOrganisations`}
              selected={draft.organisations}
              onChange={(organisations) => update({ organisations })}
              error={errorText('referredOrganisations')}
              describedBy={describedBy('referredOrganisations')}
            />
          )}

          <div className="field">
            <label htmlFor={`${ids}-summary`}>Korte samenvatting (optioneel)</label>
            <p id={`${ids}-summary-hint`} className="muted">
              Zonder persoonsgegevens: geen namen, adressen, telefoonnummers, BSN of geboortedata.
            </p>
            <textarea
              id={`${ids}-summary`}
              rows={3}
              maxLength={SUMMARY_MAX_LENGTH}
              value={draft.summary}
              onChange={(event) => {
                update({ summary: event.target.value })
                if (errors.summary) setErrors(({ summary: _removed, ...rest }) => rest)
              }}
              onBlur={() => {
                const result = validateSummary(draft.summary.trim())
                if (result !== true) setErrors((current) => ({ ...current, summary: result }))
              }}
              aria-invalid={Boolean(errors.summary)}
              aria-describedby={[`${ids}-summary-hint`, describedBy('summary')].filter(Boolean).join(' ')}
            />
            {errorText('summary')}
          </div>

          <details>
            <summary>Meer details (kanaal, doelgroep, domein, vervolg)</summary>
            <div className="register-row">
              <div className="field">
                <label htmlFor={`${ids}-channel`}>Kanaal</label>
                <select
                  id={`${ids}-channel`}
                  value={draft.channel}
                  onChange={(event) => update({ channel: event.target.value })}
                >
                  {props.channels.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${ids}-ageBand`}>Doelgroep</label>
                <select
                  id={`${ids}-ageBand`}
                  value={draft.ageBand}
                  onChange={(event) => update({ ageBand: event.target.value })}
                >
                  {props.ageBands.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${ids}-domain`}>Domein</label>
                <select
                  id={`${ids}-domain`}
                  value={draft.domain}
                  onChange={(event) => update({ domain: event.target.value })}
                >
                  <option value="">Niet ingevuld</option>
                  {props.domains.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${ids}-duration`}>Duur (minuten)</label>
                <input
                  id={`${ids}-duration`}
                  type="number"
                  min={0}
                  max={480}
                  step={5}
                  value={draft.durationMinutes}
                  onChange={(event) => update({ durationMinutes: event.target.value })}
                />
              </div>
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={draft.followUp}
                onChange={(event) => update({ followUp: event.target.checked })}
              />{' '}
              Vervolg nodig
            </label>
          </details>

          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {draft.editingId != null ? 'Correctie opslaan' : 'Registreren'}
            </button>
            {draft.editingId != null && (
              <button type="button" className="button-link" onClick={startNext}>
                Annuleren
              </button>
            )}
          </div>
        </form>
      </section>

      <section aria-labelledby={`${ids}-own`} className="stack">
        <h2 id={`${ids}-own`}>Mijn registraties van de afgelopen 7 dagen</h2>
        {own.length === 0 ? (
          <p className="muted">Nog geen registraties.</p>
        ) : (
          <ul className="own-list" data-testid="own-list">
            {own.map((registration) => (
              <li key={registration.id}>
                <strong>{timeFormat.format(new Date(registration.occurredAt))}</strong> · {registration.locationName}
                <br />
                {registration.themeNames.join(', ')} —{' '}
                {answerTypes.find((option) => option.value === registration.answerType)?.label}
                <br />
                <button type="button" className="button-link" onClick={() => edit(registration)}>
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
    </div>
  )
}
