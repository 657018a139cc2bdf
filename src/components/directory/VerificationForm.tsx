'use client'

import { useState, type FormEvent } from 'react'

import type { FormField, VerificationPageEntry } from '@/directory/verification/loaders'

const NOTE_MAX = 1000

function Field({ field }: { field: FormField }) {
  const id = `veld-${field.key.replace(/[^\w-]/g, '-')}`
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      {field.multiline ? (
        <textarea
          id={id}
          name={field.key}
          defaultValue={field.value}
          maxLength={field.maxLength}
          rows={3}
          required={field.required}
        />
      ) : (
        <input
          id={id}
          name={field.key}
          defaultValue={field.value}
          maxLength={field.maxLength}
          required={field.required}
        />
      )}
    </div>
  )
}

/** "Alles klopt" or a proposed change, sent with the link's secret; the answer replaces the form. */
export function VerificationForm({ token, entry }: { token: string; entry: VerificationPageEntry }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const send = async (body: Record<string, unknown>, thanks: string) => {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch('/api/directory/verification', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token, ...body }),
      })
      const answer = await response.json().catch(() => ({}))
      if (response.ok) setDone(thanks)
      else setError(answer.error ?? 'Uw antwoord kon niet worden verstuurd. Probeer het later opnieuw.')
    } catch {
      setError('Uw antwoord kon niet worden verstuurd. Controleer uw internetverbinding en probeer het opnieuw.')
    } finally {
      setBusy(false)
    }
  }

  const propose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const values: Record<string, string> = {}
    for (const field of [...entry.fields, ...entry.services.flatMap((service) => service.fields)])
      values[field.key] = String(data.get(field.key) ?? '')
    void send(
      { answer: 'propose', values, note: String(data.get('note') ?? '') },
      'Dank u wel. Uw voorstel is ontvangen; een medewerker van het Infopunt bekijkt het en past de Wegwijzer aan.',
    )
  }

  if (done)
    return (
      <p className="alert alert-info" role="status">
        {done}
      </p>
    )

  return (
    <div className="stack">
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <p>
        Hieronder ziet u de gegevens van <strong>{entry.name}</strong> zoals het Infopunt ze in de Wegwijzer heeft. Met
        deze gegevens verwijzen baliemedewerkers inwoners naar u door.
      </p>
      <section aria-labelledby="alles-klopt" className="stack">
        <h2 id="alles-klopt">Klopt alles?</h2>
        <p>Dan is één klik genoeg. Wij noteren dat u uw gegevens vandaag heeft gecontroleerd.</p>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => send({ answer: 'confirm' }, 'Dank u wel. We hebben genoteerd dat uw gegevens kloppen.')}
        >
          Alles klopt
        </button>
      </section>
      <section aria-labelledby="wijzigen">
        <h2 id="wijzigen">Is er iets veranderd?</h2>
        <p>
          Pas de velden aan en verstuur uw voorstel. Er verandert pas iets in de Wegwijzer als een medewerker van het
          Infopunt uw voorstel heeft bekeken.
        </p>
        <form onSubmit={propose} className="stack" noValidate>
          <fieldset className="stack">
            <legend>Uw organisatie</legend>
            {entry.fields.map((field) => (
              <Field key={field.key} field={field} />
            ))}
          </fieldset>
          {entry.services.map((service, index) => (
            <fieldset key={index} className="stack">
              <legend>Dienst: {service.name}</legend>
              {service.fields.map((field) => (
                <Field key={field.key} field={field} />
              ))}
            </fieldset>
          ))}
          <div className="field">
            <label htmlFor="veld-note">Wilt u nog iets anders laten weten? (niet verplicht)</label>
            <textarea id="veld-note" name="note" maxLength={NOTE_MAX} rows={4} />
          </div>
          <button type="submit" className="button" disabled={busy}>
            Wijziging voorstellen
          </button>
        </form>
      </section>
    </div>
  )
}
