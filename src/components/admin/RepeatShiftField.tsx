'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { FieldMessage, type FieldMessageState } from './FieldMessage'

/** In a saved shift's sidebar: repeat it every week up to a date (all or nothing, overlaps refused). */
export function RepeatShiftField() {
  const { id } = useDocumentInfo()
  const [until, setUntil] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<FieldMessageState | null>(null)
  if (!id) return null

  const repeat = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/roster-shifts/${id}/repeat`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ until }),
      })
      const body = await response.json().catch(() => ({}))
      setMessage(
        response.ok
          ? { kind: 'ok', text: `${body.created} ${body.created === 1 ? 'dienst' : 'diensten'} aangemaakt.` }
          : { kind: 'error', text: body.error ?? 'Herhalen is niet gelukt.' },
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type repeat-shift" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label" htmlFor="repeat-until">
        Wekelijks herhalen tot en met
      </label>
      <input id="repeat-until" type="date" value={until} onChange={(event) => setUntil(event.target.value)} />
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={!until || busy}
        onClick={repeat}
      >
        {busy ? 'Bezig…' : 'Herhalen'}
      </button>
      <FieldMessage message={message} />
    </div>
  )
}
