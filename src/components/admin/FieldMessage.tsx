'use client'

export interface FieldMessageState {
  kind: 'ok' | 'error'
  text: string
}

/** The outcome of an action in an admin field: announced as an alert when it failed, as a status otherwise. */
export function FieldMessage({ message }: { message: FieldMessageState | null }) {
  if (!message) return null
  return (
    <p
      role={message.kind === 'error' ? 'alert' : 'status'}
      style={{ color: message.kind === 'error' ? 'var(--theme-error-500)' : undefined }}
    >
      {message.text}
    </p>
  )
}
