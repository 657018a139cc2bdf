'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { FieldMessage, type FieldMessageState } from './FieldMessage'

/** Sends the verification requests that are due now, instead of waiting for the morning job. */
export function VerificationRoundButton() {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<FieldMessageState | null>(null)

  const send = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch('/api/directory/verification-round', { method: 'POST', credentials: 'include' })
      const body = await response.json().catch(() => ({}))
      if (!response.ok) {
        setMessage({ kind: 'error', text: body.error ?? 'Versturen is niet gelukt.' })
        return
      }
      const parts = [`${body.sent} verstuurd`, `${body.bounced} niet bezorgd`]
      if (body.withoutAddress) parts.push(`${body.withoutAddress} zonder e-mailadres`)
      setMessage({ kind: 'ok', text: `Controleverzoeken: ${parts.join(', ')}.` })
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="infopunt-dashboard__actions">
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={send}>
        {busy ? 'Bezig met versturen…' : 'Controleverzoeken nu versturen'}
      </button>
      <FieldMessage message={message} />
    </div>
  )
}
