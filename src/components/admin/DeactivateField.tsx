'use client'

import { useAuth, useDocumentInfo, useForm, useFormFields } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { FieldMessage, type FieldMessageState } from './FieldMessage'

interface Listed {
  id: number | string
  label: string
  alone: boolean
}

const shiftCount = (count: number, kind = '') => `${count} ${kind}${count === 1 ? 'dienst' : 'diensten'}`

/**
 * In an account's sidebar, for administrators: someone leaves the network the administrator works in.
 * Who works there only is deactivated; who also works in another network is taken out of this one
 * and keeps their account. First lists this network's future shifts they will be taken off (a shift
 * with nobody else is deleted), then asks to confirm.
 */
export function DeactivateField() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const active = useFormFields(([fields]) => fields.active?.value)
  const networkCount = useFormFields(([fields]) => fields.networks?.rows?.length ?? 0)
  const [shifts, setShifts] = useState<Listed[] | null>(null)
  // The network's name when the person works in another too and leaves this one only.
  const [leaves, setLeaves] = useState<string | null>(null)
  const [done, setDone] = useState<'deactivated' | 'left' | null>(null)
  const { dispatchFields } = useForm()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<FieldMessageState | null>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const title = useRef<HTMLParagraphElement>(null)
  const open = shifts !== null
  // Keyboard and screen-reader users follow the panel: focus moves to its question when it opens,
  // and back to the button that opened it when it closes.
  const wasOpen = useRef(false)
  useEffect(() => {
    if (open) title.current?.focus()
    else if (wasOpen.current) opener.current?.focus()
    wasOpen.current = open
  }, [open])
  if (!id || (user as { role?: string } | null)?.role !== 'beheerder' || String(user?.id) === String(id)) return null
  if (active === false && !message) return null
  const elsewhere = networkCount > 1

  const call = async (method: 'GET' | 'POST') => {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/users/${id}/deactivation`, {
        method,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: method === 'POST' ? JSON.stringify({ confirm: true }) : undefined,
      })
      const body = await response.json().catch(() => ({}))
      if (!response.ok) return setMessage({ kind: 'error', text: body.error ?? 'Dat is niet gelukt.' })
      if (method === 'GET') {
        setLeaves(body.leaves ?? null)
        return setShifts(body.shifts)
      }
      setShifts(null)
      setDone(body.left ? 'left' : 'deactivated')
      // The form shows the account as it now is, so that saving it afterwards does not make it active again.
      if (!body.left) dispatchFields({ type: 'UPDATE', path: 'active', value: false, initialValue: false })
      const count = body.removed + body.deleted
      const shiftsDone =
        count === 0
          ? ''
          : ` Van ${shiftCount(count)} gehaald${body.deleted > 0 ? ` (${body.deleted} leeg geworden en verwijderd)` : ''}.`
      setMessage({
        kind: 'ok',
        text: body.left
          ? `Uit ${body.left} gehaald.${shiftsDone} Deze persoon staat niet meer in jouw lijst.`
          : `Gedeactiveerd.${shiftsDone}`,
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type deactivate" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">Vertrekt deze persoon?</p>
      {done === 'left' ? (
        <a href="/admin/collections/users">Terug naar de gebruikers</a>
      ) : done === 'deactivated' ? null : shifts === null ? (
        <button
          ref={opener}
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={busy}
          onClick={() => call('GET')}
        >
          {elsewhere ? 'Uit dit netwerk halen…' : 'Deactiveren…'}
        </button>
      ) : (
        <div
          role="group"
          aria-labelledby="deactivate-title"
          onKeyDown={(event) => event.key === 'Escape' && setShifts(null)}
        >
          <p id="deactivate-title" ref={title} tabIndex={-1}>
            {leaves
              ? shifts.length === 0
                ? `Geen komende diensten in ${leaves}. Uit dit netwerk halen?`
                : `Deze persoon gaat van ${shiftCount(shifts.length, 'komende ')} in ${leaves} af:`
              : shifts.length === 0
                ? 'Geen komende diensten. Deactiveren?'
                : `Deze persoon gaat van ${shiftCount(shifts.length, 'komende ')} af:`}
          </p>
          {shifts.length > 0 && (
            <ul>
              {shifts.map((shift) => (
                <li key={shift.id}>
                  {shift.label}
                  {shift.alone && ' (staat alleen op deze dienst: de dienst wordt verwijderd)'}
                </li>
              ))}
            </ul>
          )}
          {shifts.some((shift) => shift.alone) && (
            <p>Op een dienst die wordt verwijderd staat daarna niemand: zoek een vervanger of pas het rooster aan.</p>
          )}
          <p>
            {leaves
              ? `Deze persoon werkt ook in een ander netwerk. Daarna werkt deze persoon niet meer in ${leaves}, maar het account blijft werken in de andere netwerken.`
              : 'Na het deactiveren kan deze persoon niet meer inloggen.'}
          </p>
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={busy}
            onClick={() => call('POST')}
          >
            {busy
              ? 'Bezig…'
              : leaves
                ? shifts.length > 0
                  ? 'Uit het netwerk en van de diensten halen'
                  : 'Uit het netwerk halen'
                : shifts.length > 0
                  ? 'Deactiveren en van de diensten halen'
                  : 'Deactiveren'}
          </button>{' '}
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setShifts(null)}>
            Annuleren
          </button>
        </div>
      )}
      <FieldMessage message={message} />
    </div>
  )
}
