/**
 * Registrations that could not be sent yet, kept in the browser (localStorage) with their
 * idempotency key, so a retry after a lost answer never stores a second copy.
 */
export interface PendingRegistration {
  idempotencyKey: string
  data: Record<string, unknown>
  queuedAt: string
  attempts: number
}

const STORAGE_KEY = 'infopunt.registrations.pending'

/** A registration queued before the age band was called `ageBand` still carries it as `targetGroup`. */
const withAgeBand = (item: PendingRegistration): PendingRegistration => {
  if (!item?.data || !('targetGroup' in item.data)) return item
  const { targetGroup, ...data } = item.data
  return { ...item, data: { ageBand: targetGroup, ...data } }
}

export const readQueue = (): PendingRegistration[] => {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(parsed) ? parsed.map(withAgeBand) : []
  } catch {
    return []
  }
}

const writeQueue = (queue: PendingRegistration[]) => window.localStorage.setItem(STORAGE_KEY, JSON.stringify(queue))

export const enqueue = (item: PendingRegistration) =>
  writeQueue([...readQueue().filter((entry) => entry.idempotencyKey !== item.idempotencyKey), item])

export const dequeue = (key: string) => writeQueue(readQueue().filter((entry) => entry.idempotencyKey !== key))

export const markAttempt = (key: string) =>
  writeQueue(
    readQueue().map((entry) => (entry.idempotencyKey === key ? { ...entry, attempts: entry.attempts + 1 } : entry)),
  )

/** 1 s, 2 s, 4 s, 8 s, then every 15 s: soon enough at a busy desk, gentle on a struggling server. */
export const backoffMs = (attempts: number) => Math.min(15_000, 1_000 * 2 ** Math.max(0, attempts - 1))

/** The per-field reasons in a REST error answer (`{ errors: [{ data: { errors: [...] } }] }`). */
export const fieldErrorsOf = (body: unknown): { path: string; message: string }[] =>
  (
    (body as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] } | undefined)?.errors ?? []
  ).flatMap((error) => error.data?.errors ?? [])

export type SendOutcome =
  | { kind: 'stored'; doc: { id: number | string } }
  | { kind: 'invalid'; errors: { path: string; message: string }[]; message: string }
  | { kind: 'retry'; reason: string }

/** One attempt to send: stored (201, or 200 for a retry already stored), refused for its content, or to retry later. */
export const sendRegistration = async (item: PendingRegistration): Promise<SendOutcome> => {
  let response: Response
  try {
    response = await fetch('/api/registrations?depth=0', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...item.data, idempotencyKey: item.idempotencyKey }),
    })
  } catch {
    return { kind: 'retry', reason: 'Geen verbinding met de server.' }
  }
  const body = await response.json().catch(() => undefined)
  if (response.status === 200 || response.status === 201) return { kind: 'stored', doc: body.doc }
  if (response.status === 400 || response.status === 409) {
    return {
      kind: 'invalid',
      errors: fieldErrorsOf(body),
      message: body?.error ?? body?.errors?.[0]?.message ?? 'De registratie is niet geldig.',
    }
  }
  if (response.status === 429)
    return {
      kind: 'retry',
      reason: body?.error ?? 'Te veel registraties in korte tijd; de registratie wordt straks opnieuw verstuurd.',
    }
  if (response.status === 401 || response.status === 403)
    return { kind: 'retry', reason: 'Je bent niet (meer) ingelogd. Log opnieuw in; de registratie blijft bewaard.' }
  return { kind: 'retry', reason: `De server antwoordde met ${response.status}.` }
}
