'use client'

import { useRef, useState } from 'react'

import type { ImportCounts } from '@/hsds/import/apply'

type Action = 'create' | 'update' | 'unchanged' | 'conflict'

interface Entry {
  key: string
  kind: 'theme' | 'organisation' | 'service'
  name: string
  action: Action
  matchedBy: 'hsdsId' | 'name' | null
  changed: string[]
  editedLocally: string[]
}

interface Preview {
  source: { kind: 'package' | 'api'; name: string }
  digest: string
  totals: { entries: number; create: number; update: number; unchanged: number; conflict: number }
  entries: Entry[]
}

type Source = { file: File } | { url: string }

const KIND = { theme: 'Thema', organisation: 'Organisatie', service: 'Dienst' } as const
const ACTION = { create: 'Nieuw', update: 'Gewijzigd', unchanged: 'Ongewijzigd', conflict: 'Conflict' } as const

/** The import's choices: the conflicts to overwrite, and the digest of the preview they were made on. */
interface Choices {
  overwrite: string[]
  digest: string
}

const post = async (path: string, source: Source, choices?: Choices) => {
  let body: FormData | string
  const headers: Record<string, string> = {}
  const fields = choices && { overwrite: JSON.stringify(choices.overwrite), digest: choices.digest }
  if ('file' in source) {
    body = new FormData()
    body.append('file', source.file)
    if (fields) body.append('_payload', JSON.stringify(fields))
  } else {
    body = JSON.stringify({ url: source.url, ...fields })
    headers['Content-Type'] = 'application/json'
  }
  const response = await fetch(path, { method: 'POST', body, headers, credentials: 'include' })
  const json = await response.json().catch(() => ({ error: 'Onverwacht antwoord van de server.' }))
  return response.ok
    ? { ok: true as const, json }
    : { ok: false as const, status: response.status, error: (json.error as string) ?? 'Het is niet gelukt.' }
}

const differences = (entry: Entry) => {
  if (entry.action === 'create' || entry.action === 'unchanged') return ''
  const local = entry.editedLocally.length ? ` (hier gewijzigd: ${entry.editedLocally.join(', ')})` : ''
  return `${entry.changed.join(', ')}${local}`
}

/** Data package or API address → preview with conflicts → import (conflicts only where chosen) or cancel. */
export function HsdsImport() {
  const input = useRef<HTMLInputElement>(null)
  const [url, setUrl] = useState('')
  const [source, setSource] = useState<Source | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [overwrite, setOverwrite] = useState<Set<string>>(new Set())
  const [result, setResult] = useState<ImportCounts | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const check = async (chosen: Source) => {
    setBusy(true)
    setError(null)
    setResult(null)
    setPreview(null)
    setOverwrite(new Set())
    const answer = await post('/api/hsds-import/preview', chosen)
    setBusy(false)
    if (answer.ok) {
      setSource(chosen)
      setPreview(answer.json)
    } else setError(answer.error)
  }

  const cancel = () => {
    setSource(null)
    setPreview(null)
    setError(null)
    setOverwrite(new Set())
    if (input.current) input.current.value = ''
  }

  const runImport = async () => {
    if (!source || !preview) return
    setBusy(true)
    const answer = await post('/api/hsds-import', source, { overwrite: [...overwrite], digest: preview.digest })
    setBusy(false)
    if (answer.ok) {
      setResult(answer.json)
      cancel()
    } else if (answer.status === 409) {
      // Changed since the preview: show what it would do now, with the reason above it.
      await check(source)
      setError(answer.error)
    } else setError(answer.error)
  }

  const toggle = (key: string, on: boolean) => {
    const next = new Set(overwrite)
    if (on) next.add(key)
    else next.delete(key)
    setOverwrite(next)
  }

  const listed = preview?.entries.filter((entry) => entry.action !== 'unchanged') ?? []

  return (
    <div className="organisation-import">
      <section>
        <h2>Bron kiezen</h2>
        <p>
          Een Open Referral-datapakket (HSDS 3.0, een .zip met datapackage.json en CSV-bestanden, hoogstens 50 MB) of
          het basisadres van een HSDS-API. We herkennen bestaande gegevens aan hun HSDS-id en anders aan hun naam. Wat
          hier sinds de vorige import is gewijzigd, overschrijven we alleen als je dat per regel kiest. Er wordt pas
          iets opgeslagen als je op Importeren klikt.
        </p>
        <label htmlFor="hsds-file" className="field-label">
          Datapakket (.zip)
        </label>
        <input
          id="hsds-file"
          ref={input}
          type="file"
          accept=".zip,application/zip"
          onChange={(event) => {
            const chosen = event.target.files?.[0]
            if (chosen) void check({ file: chosen })
          }}
        />
        <form
          onSubmit={(event) => {
            event.preventDefault()
            if (url.trim()) void check({ url: url.trim() })
          }}
        >
          <label htmlFor="hsds-url" className="field-label">
            Of het adres van een HSDS-API
          </label>
          <input
            id="hsds-url"
            type="url"
            value={url}
            placeholder="https://voorbeeld.nl/api/hsds"
            onChange={(event) => setUrl(event.target.value)}
          />{' '}
          <button type="submit" className="btn btn--style-secondary btn--size-small" disabled={busy}>
            Gegevens ophalen
          </button>
        </form>
        {busy && <p role="status">Bezig…</p>}
        {error && (
          <p role="alert" className="organisation-import__error">
            {error}
          </p>
        )}
      </section>

      {preview && (
        <section aria-labelledby="hsds-voorbeeld">
          <h2 id="hsds-voorbeeld">Voorbeeld</h2>
          <p>
            {preview.source.name}: {preview.totals.entries} gegevens — {preview.totals.create} nieuw,{' '}
            {preview.totals.update} gewijzigd, {preview.totals.unchanged} ongewijzigd,{' '}
            <strong>{preview.totals.conflict} conflicten</strong> (hier gewijzigd én anders in de bron; zonder vinkje
            blijft onze versie staan).
          </p>
          {listed.length > 0 && (
            <table className="organisation-import__table">
              <thead>
                <tr>
                  <th scope="col">Soort</th>
                  <th scope="col">Naam</th>
                  <th scope="col">Wat er gebeurt</th>
                  <th scope="col">Verschillen</th>
                  <th scope="col">Overschrijven</th>
                </tr>
              </thead>
              <tbody>
                {listed.map((entry) => (
                  <tr key={entry.key} className={entry.action === 'conflict' ? 'has-errors' : undefined}>
                    <td>{KIND[entry.kind]}</td>
                    <td>{entry.name}</td>
                    <td>
                      {ACTION[entry.action]}
                      {entry.matchedBy === 'name' ? ' (herkend aan de naam)' : ''}
                    </td>
                    <td>{differences(entry)}</td>
                    <td>
                      {entry.action === 'conflict' && (
                        <input
                          type="checkbox"
                          aria-label={`${entry.name} overschrijven met de bron`}
                          checked={overwrite.has(entry.key)}
                          onChange={(event) => toggle(entry.key, event.target.checked)}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            <button
              type="button"
              className="btn btn--style-primary btn--size-small"
              onClick={runImport}
              disabled={busy}
            >
              Importeren
            </button>{' '}
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={cancel} disabled={busy}>
              Annuleren
            </button>
          </p>
        </section>
      )}

      {result && (
        <section aria-labelledby="hsds-resultaat">
          <h2 id="hsds-resultaat">Geïmporteerd</h2>
          <p role="status">
            {result.created} nieuw, {result.updated} bijgewerkt, {result.unchanged} ongewijzigd; van de{' '}
            {result.conflicts} conflicten {result.overwritten} overschreven en {result.kept} behouden.
          </p>
          <p>
            <a href="/admin/collections/directory-imports">Alle imports bekijken</a>
          </p>
        </section>
      )}
    </div>
  )
}
