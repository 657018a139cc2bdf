'use client'

import { useRef, useState } from 'react'

import type { ImportOutcome as Outcome } from '@/registrations/import/importer'

const post = async (path: string, file: File) => {
  const body = new FormData()
  body.append('file', file)
  const response = await fetch(path, { method: 'POST', body, credentials: 'include' })
  const json = await response.json().catch(() => ({ error: 'Onverwacht antwoord van de server.' }))
  return response.ok
    ? { ok: true as const, outcome: json as Outcome }
    : { ok: false as const, error: (json.error as string) ?? 'Het is niet gelukt.' }
}

const dutchDate = (day: string | null) => (day ? day.split('-').reverse().join('-') : '')
const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('nl-NL')} ${count === 1 ? one : many}`

/** Choose a file → preview with the errors per row → import or cancel (cancel writes nothing). */
export function RegistrationImport() {
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Outcome | null>(null)
  const [result, setResult] = useState<Outcome | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  const reset = () => {
    setFile(null)
    setPreview(null)
    if (input.current) input.current.value = ''
  }

  const check = async (chosen: File) => {
    setBusy('Het bestand wordt gecontroleerd…')
    setError(null)
    setResult(null)
    setPreview(null)
    const answer = await post('/api/registrations/import/preview', chosen)
    setBusy(null)
    if (answer.ok) setPreview(answer.outcome)
    else setError(answer.error)
  }

  const runImport = async () => {
    if (!file) return
    setBusy('De registraties worden geïmporteerd…')
    setError(null)
    const answer = await post('/api/registrations/import', file)
    setBusy(null)
    if (answer.ok) {
      setResult(answer.outcome)
      reset()
    } else setError(answer.error)
  }

  return (
    <div className="stack">
      <div className="field">
        <label htmlFor="import-bestand">Bestand (.csv of .xlsx)</label>
        <input
          id="import-bestand"
          ref={input}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="import-uitleg"
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null
            setFile(chosen)
            if (chosen) void check(chosen)
          }}
        />
      </div>
      <p role="status" className="muted">
        {busy ?? ''}
      </p>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <p className="alert alert-info" role="status" data-testid="import-result">
          Klaar: {plural(result.added, 'registratie', 'registraties')} toegevoegd
          {result.duplicates > 0 && `, ${plural(result.duplicates, 'stond', 'stonden')} er al`}
          {result.rejected > 0 && `, ${plural(result.rejected, 'regel', 'regels')} met fouten overgeslagen`}.
          {result.added > 0 &&
            ` De rapportage telt ze mee (${dutchDate(result.from)} tot en met ${dutchDate(result.to)}).`}
        </p>
      )}

      {preview && (
        <section aria-labelledby="voorbeeld" className="stack">
          <h2 id="voorbeeld">Voorbeeld</h2>
          <p data-testid="import-preview">
            {preview.format === 'xlsx'
              ? 'Excel-bestand'
              : `CSV (${preview.encoding === 'windows-1252' ? 'Windows-tekens' : 'UTF-8'}, scheidingsteken "${preview.delimiter}")`}
            : {plural(preview.rows, 'regel', 'regels')} — {preview.added.toLocaleString('nl-NL')} nieuw,{' '}
            {preview.duplicates.toLocaleString('nl-NL')} al aanwezig,{' '}
            <strong>{preview.rejected.toLocaleString('nl-NL')} met fouten</strong> (die worden overgeslagen).
          </p>
          {preview.columns.some((column) => !column.field) && (
            <p>
              Deze kolommen worden niet gebruikt:{' '}
              {preview.columns
                .filter((column) => !column.field)
                .map((column) => column.header || '(zonder naam)')
                .join(', ')}
              .
            </p>
          )}
          {preview.errors.length > 0 && (
            <table className="report-table">
              <caption>
                Regels met fouten
                {preview.rejected > preview.errors.length && ` (de eerste ${preview.errors.length})`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Regel</th>
                  <th scope="col">Wat moet anders</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.map((row) => (
                  <tr key={row.line}>
                    <th scope="row">{row.line}</th>
                    <td>
                      <ul>
                        {row.errors.map((message, index) => (
                          <li key={index}>{message}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            <button type="button" className="button" onClick={runImport} disabled={!!busy || preview.added === 0}>
              {preview.added === 0
                ? 'Niets te importeren'
                : `Importeer ${plural(preview.added, 'registratie', 'registraties')}`}
            </button>{' '}
            <button type="button" className="button-link" onClick={reset}>
              Annuleren
            </button>
          </p>
        </section>
      )}
    </div>
  )
}
