'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { FieldMessage, type FieldMessageState } from './FieldMessage'

import './proposal-review.css'

interface Row {
  path: string
  label: string
  before: string
  proposed: string
  /** The value in the Wegwijzer now; null when the service no longer exists. */
  current: string | null
}

interface Comparison {
  status: string
  organisation: { id: number | string; name: string }
  note: string
  acceptedFields: string[]
  rows: Row[]
}

const shown = (value: string | null) => (value === null ? '(bestaat niet meer)' : value || '(leeg)')

/**
 * An organisation's proposal beside what the Wegwijzer says now: pick per field what to take over,
 * or reject the whole proposal. Nothing changes until one of the two buttons is pressed.
 */
export function ProposalReview() {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const [comparison, setComparison] = useState<Comparison | null>(null)
  const [accepted, setAccepted] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<FieldMessageState | null>(null)

  useEffect(() => {
    if (!id) return
    fetch(`/api/organisation-proposals/${id}/comparison`, { credentials: 'include' })
      .then(async (response) => {
        const body = await response.json().catch(() => ({}))
        if (!response.ok) throw new Error(body.error ?? 'Het voorstel kon niet worden geladen.')
        setComparison(body)
        setAccepted(new Set((body as Comparison).rows.map((row) => row.path)))
      })
      .catch((error: Error) => setMessage({ kind: 'error', text: error.message }))
  }, [id])

  if (!id) return null
  if (!comparison) return <FieldMessage message={message} />
  const open = comparison.status === 'open'

  const decide = async (accept: string[]) => {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/organisation-proposals/${id}/decide`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ accept }),
      })
      const body = await response.json().catch(() => ({}))
      if (!response.ok) {
        setMessage({ kind: 'error', text: body.error ?? 'Beoordelen is niet gelukt.' })
        return
      }
      setComparison({ ...comparison, status: body.status, acceptedFields: accept })
      setMessage({
        kind: 'ok',
        text:
          body.status === 'rejected'
            ? 'Het voorstel is afgewezen; de Wegwijzer is niet gewijzigd.'
            : `${body.accepted} ${body.accepted === 1 ? 'waarde' : 'waarden'} overgenomen en live in de Wegwijzer.`,
      })
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  const toggle = (path: string, checked: boolean) => {
    const next = new Set(accepted)
    if (checked) next.add(path)
    else next.delete(path)
    setAccepted(next)
  }

  return (
    <div className="field-type proposal-review">
      <h2 className="proposal-review__title">Voorstel van {comparison.organisation.name}</h2>
      {comparison.note && (
        <p>
          <strong>Opmerking van de organisatie:</strong> {comparison.note}
        </p>
      )}
      {comparison.rows.length > 0 && (
        <table className="proposal-review__table">
          <caption>Nu in de Wegwijzer naast het voorstel</caption>
          <thead>
            <tr>
              <th scope="col">Veld</th>
              <th scope="col">Nu in de Wegwijzer</th>
              <th scope="col">Voorgesteld</th>
              <th scope="col">{open ? 'Overnemen' : 'Besluit'}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.path}>
                <th scope="row">{row.label}</th>
                <td>{shown(row.current)}</td>
                <td>{shown(row.proposed)}</td>
                <td>
                  {open ? (
                    <input
                      type="checkbox"
                      aria-label={`${row.label} overnemen`}
                      checked={accepted.has(row.path)}
                      onChange={(event) => toggle(row.path, event.target.checked)}
                    />
                  ) : comparison.acceptedFields.includes(row.path) ? (
                    'Overgenomen'
                  ) : (
                    'Niet overgenomen'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && (
        <div className="proposal-review__actions">
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={busy || accepted.size === 0}
            onClick={() => decide([...accepted])}
          >
            Geselecteerde waarden overnemen
          </button>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => decide([])}
          >
            Voorstel afwijzen
          </button>
        </div>
      )}
      <FieldMessage message={message} />
    </div>
  )
}
