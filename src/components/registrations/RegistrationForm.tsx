'use client'

import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react'

import type { Id } from '@/lib/relations'
import { blankDraft, checkDraft, draftOf, registrationData, type Draft } from '@/registrations/draft'
import { OCCURRED_AT_FORMAT, formatOccurredAt } from '@/registrations/occurredAt'
import { fieldErrorsOf } from '@/registrations/pendingQueue'
import { SUMMARY_MAX_LENGTH, validateSummary } from '@/registrations/privacyGuard'
import type { OwnRegistration } from '@/registrations/ownRegistration'

import { OwnRegistrations, useOwnRegistrations } from './OwnRegistrations'
import type { LinkableReferral } from './ReferralLinks'
import { RegistrationDetails } from './RegistrationDetails'
import { ToggleToolbar } from './ToggleToolbar'
import { usePendingQueue } from './usePendingQueue'

// Only a referral needs these: their code loads when the desk worker picks such an answer.
const OrganisationPicker = lazy(() =>
  import('./OrganisationPicker').then((module) => ({ default: module.OrganisationPicker })),
)
const ReferralLinks = lazy(() => import('./ReferralLinks').then((module) => ({ default: module.ReferralLinks })))

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
  recentReferrals: LinkableReferral[]
  preselectedReferral: Id | null
}

export function RegistrationForm(props: RegistrationFormProps) {
  const { answerTypes, referralAnswerTypes } = props
  const blank = () => blankDraft(props.locations, props.defaultLocation)
  // Opened from a referral in the Wegwijzer: that referral and its organisation come pre-selected, once.
  const [draft, setDraft] = useState<Draft>(() => {
    const referral = props.recentReferrals.find((candidate) => candidate.id === props.preselectedReferral)
    return referral ? { ...blank(), referrals: [referral.id], organisations: [referral.organisation] } : blank()
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
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

  const [own, refreshOwn] = useOwnRegistrations(props.userId, props.ownRecent)
  const queue = usePendingQueue({
    onStored: (stored) => {
      setStatus(
        stored === 1
          ? 'De bewaarde registratie is alsnog opgeslagen.'
          : `${stored} bewaarde registraties zijn alsnog opgeslagen.`,
      )
      void refreshOwn()
    },
    // Refused for its content: it will never succeed, so it is not kept.
    onRefused: (message) => setFormError(`Een bewaarde registratie werd geweigerd: ${message}`),
  })

  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }))
  const toggleTheme = (id: Id) =>
    update({ themes: draft.themes.includes(id) ? draft.themes.filter((theme) => theme !== id) : [...draft.themes, id] })
  const isReferral = referralAnswerTypes.includes(draft.answerType)

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
    const found = checkDraft(draft, isReferral)
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
          body: JSON.stringify(registrationData(draft, props.locations, isReferral)),
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
      const outcome = await queue.send(registrationData(draft, props.locations, isReferral))
      if (outcome.kind === 'stored') {
        setStatus('De registratie is opgeslagen.')
        startNext()
        void refreshOwn()
      } else if (outcome.kind === 'invalid') {
        showServerErrors(outcome.errors, outcome.message)
      } else {
        setStatus(
          'Nog niet verstuurd: de registratie is in deze browser bewaard en wordt automatisch opnieuw verstuurd.',
        )
        startNext()
      }
    } finally {
      setBusy(false)
    }
  }

  const edit = (registration: OwnRegistration) => {
    setDraft(draftOf(registration))
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
          {queue.pending > 0 && (
            <p className="alert alert-info pending-note" data-testid="pending">
              {queue.pending === 1 ? '1 registratie wacht' : `${queue.pending} registraties wachten`} op verzending.{' '}
              {queue.reason}{' '}
              <button type="button" className="button-link" onClick={() => void queue.flush()}>
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
            <Suspense fallback={<p className="muted">Organisaties laden…</p>}>
              <OrganisationPicker
                inputId={`${ids}-referredOrganisations`}
                selected={draft.organisations}
                onChange={(organisations) => update({ organisations })}
                error={errorText('referredOrganisations')}
                describedBy={describedBy('referredOrganisations')}
              />
              <ReferralLinks
                idPrefix={ids}
                referrals={props.recentReferrals}
                selected={draft.referrals}
                onChange={(referrals) => update({ referrals })}
              />
            </Suspense>
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

          <RegistrationDetails
            idPrefix={ids}
            values={draft}
            onChange={update}
            channels={props.channels}
            ageBands={props.ageBands}
            domains={props.domains}
          />

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

      <OwnRegistrations headingId={`${ids}-own`} registrations={own} answerTypes={answerTypes} onEdit={edit} />
    </div>
  )
}
