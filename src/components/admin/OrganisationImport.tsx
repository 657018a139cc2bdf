'use client'

import { useRef, useState } from 'react'

type Mapping = (string | null)[]

interface Preview {
  format: string
  encoding?: string
  delimiter?: string
  headers: string[]
  mapping: Mapping
  fields: { key: string; label: string }[]
  totals: { rows: number; create: number; update: number; unchanged: number; errors: number }
  rows: {
    line: number
    name: string
    action: 'create' | 'update' | 'unchanged'
    changes?: string[]
    errors: string[]
  }[]
}

/** "1 regel", "2 regels". */
const lines = (count: number) => `${count} ${count === 1 ? 'regel' : 'regels'}`

const actionLabel = { create: 'nieuw', update: 'bijwerken', unchanged: 'ongewijzigd' } as const

interface Result {
  created: number
  updated: number
  unchanged: number
  failed: { line: number; name: string; errors: string[] }[]
}

const post = async (path: string, file: File, mapping?: Mapping) => {
  const body = new FormData()
  body.append('file', file)
  if (mapping) body.append('_payload', JSON.stringify({ mapping: JSON.stringify(mapping) }))
  const response = await fetch(path, { method: 'POST', body, credentials: 'include' })
  const json = await response.json().catch(() => ({ error: 'Onverwacht antwoord van de server.' }))
  return response.ok
    ? { ok: true as const, json }
    : { ok: false as const, error: (json.error as string) ?? 'Het is niet gelukt.' }
}

/** Upload → column mapping → preview with per-row errors → import or cancel (cancel writes nothing). */
export function OrganisationImport() {
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [result, setResult] = useState<Result | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const check = async (chosen: File, mapping?: Mapping) => {
    setBusy(true)
    setError(null)
    setResult(null)
    const answer = await post('/api/organisations-import/preview', chosen, mapping)
    setBusy(false)
    if (answer.ok) setPreview(answer.json)
    else {
      setError(answer.error)
      if (!mapping) setPreview(null)
    }
  }

  const cancel = () => {
    setFile(null)
    setPreview(null)
    setError(null)
    if (input.current) input.current.value = ''
  }

  const runImport = async () => {
    if (!file || !preview) return
    setBusy(true)
    const answer = await post('/api/organisations-import', file, preview.mapping)
    setBusy(false)
    if (answer.ok) {
      setResult(answer.json)
      setPreview(null)
      setFile(null)
      if (input.current) input.current.value = ''
    } else setError(answer.error)
  }

  const remap = (index: number, key: string) => {
    if (!preview || !file) return
    const mapping = preview.mapping.map((current, i) =>
      i === index ? key || null : current === key && key ? null : current,
    )
    setPreview({ ...preview, mapping })
    void check(file, mapping)
  }

  return (
    <div className="organisation-import">
      <section>
        <h2>Exporteren</h2>
        <p>
          <a className="btn btn--style-secondary btn--size-small" href="/api/organisations-export?format=xlsx">
            Download Excel (.xlsx)
          </a>{' '}
          <a className="btn btn--style-secondary btn--size-small" href="/api/organisations-export?format=csv">
            Download CSV
          </a>
        </p>
      </section>

      <section>
        <h2>Importeren</h2>
        <p>
          Een CSV-bestand (komma of puntkomma, UTF-8 of Windows) of Excel-bestand (.xlsx) met kolomnamen op de eerste
          regel. Nieuwe organisaties worden aangemaakt; bestaande (zelfde slug of naam) bijgewerkt. Een lege cel laat
          het bestaande gegeven staan. Er wordt pas iets opgeslagen als je op Importeren klikt.
        </p>
        <p>
          Openingstijden schrijf je als <code>ma-vr 09:00-17:00; za 10:00-12:00</code> (ook <code>ma t/m vr 9-17</code>{' '}
          of <code>di 9.00-12.30, 13.30-17.00</code>); <code>gesloten</code> wist ze.
        </p>
        <label htmlFor="import-file" className="field-label">
          Bestand
        </label>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null
            setFile(chosen)
            if (chosen) void check(chosen)
          }}
        />
        {busy && <p role="status">Bezig…</p>}
        {error && (
          <p role="alert" className="organisation-import__error">
            {error}
          </p>
        )}
      </section>

      {preview && (
        <section aria-labelledby="voorbeeld">
          <h2 id="voorbeeld">Voorbeeld</h2>
          <p>
            {preview.format === 'xlsx'
              ? 'Excel-bestand'
              : `CSV (${preview.encoding}, scheidingsteken "${preview.delimiter}")`}
            : {lines(preview.totals.rows)} — {preview.totals.create} nieuw, {preview.totals.update} bijwerken,{' '}
            {preview.totals.unchanged} ongewijzigd, <strong>{preview.totals.errors} met fouten</strong> (die worden
            overgeslagen).
          </p>
          <h3>Kolommen</h3>
          <table className="organisation-import__table">
            <thead>
              <tr>
                <th scope="col">Kolom in het bestand</th>
                <th scope="col">Veld</th>
              </tr>
            </thead>
            <tbody>
              {preview.headers.map((header, index) => (
                <tr key={index}>
                  <td>{header || `(kolom ${index + 1})`}</td>
                  <td>
                    <select
                      aria-label={`Veld voor kolom ${header || index + 1}`}
                      value={preview.mapping[index] ?? ''}
                      onChange={(event) => remap(index, event.target.value)}
                    >
                      <option value="">— niet importeren —</option>
                      {preview.fields.map((field) => (
                        <option key={field.key} value={field.key}>
                          {field.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Regels</h3>
          <table className="organisation-import__table">
            <thead>
              <tr>
                <th scope="col">Regel</th>
                <th scope="col">Naam</th>
                <th scope="col">Actie</th>
                <th scope="col">Wat verandert</th>
                <th scope="col">Fouten</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.line} className={row.errors.length ? 'has-errors' : undefined}>
                  <td>{row.line}</td>
                  <td>{row.name}</td>
                  <td>{row.errors.length ? 'overslaan' : actionLabel[row.action]}</td>
                  <td>{row.action === 'update' && !row.errors.length ? row.changes?.join(', ') : null}</td>
                  <td>
                    {row.errors.length > 0 && (
                      <ul>
                        {row.errors.map((message) => (
                          <li key={message}>{message}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.totals.create + preview.totals.update === 0 && preview.totals.unchanged > 0 && (
            <p role="status">Er verandert niets: de organisaties in het bestand staan al zo in de Wegwijzer.</p>
          )}
          {preview.rows.length < preview.totals.rows && (
            <p>De eerste {preview.rows.length} regels worden getoond (regels met fouten eerst).</p>
          )}
          <p>
            <button
              type="button"
              className="btn btn--style-primary"
              disabled={busy || preview.totals.create + preview.totals.update === 0}
              onClick={runImport}
            >
              Importeren ({lines(preview.totals.create + preview.totals.update)})
            </button>{' '}
            <button type="button" className="btn btn--style-secondary" onClick={cancel}>
              Annuleren
            </button>
          </p>
        </section>
      )}

      {result && (
        <section aria-labelledby="resultaat" role="status">
          <h2 id="resultaat">Klaar</h2>
          <p>
            {result.created} nieuw, {result.updated} bijgewerkt, {result.unchanged} ongewijzigd, {result.failed.length}{' '}
            niet geïmporteerd.
          </p>
          {result.failed.length > 0 && (
            <ul>
              {result.failed.map((row) => (
                <li key={row.line}>
                  Regel {row.line} ({row.name || 'zonder naam'}): {row.errors.join(' ')}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  )
}
