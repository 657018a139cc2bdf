'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

import {
  backoffMs,
  dequeue,
  enqueue,
  markAttempt,
  readQueue,
  sendRegistration,
  type PendingRegistration,
  type SendOutcome,
} from '@/registrations/pendingQueue'

interface QueueEvents {
  /** Registrations kept in the browser were stored after all. */
  onStored: (count: number) => void
  /** A kept registration was refused for its content; it is dropped, since it would never succeed. */
  onRefused: (message: string) => void
}

/**
 * The browser's queue of registrations not sent yet: each is kept before its first attempt, so a
 * crash or a lost answer loses nothing, and is sent again with backoff and when the browser is back online.
 */
export function usePendingQueue(events: QueueEvents) {
  const [pending, setPending] = useState(0)
  const [reason, setReason] = useState('')
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const flushing = useRef(false)
  // The latest handlers, so that `flush` stays the same function and its effect runs once.
  const handlers = useRef(events)
  useEffect(() => {
    handlers.current = events
  })

  /** Sends every waiting registration once; schedules the next try with backoff while some remain. */
  const flush = useCallback(async () => {
    if (flushing.current) return
    flushing.current = true
    if (retryTimer.current) clearTimeout(retryTimer.current)
    let stored = 0
    let nextAttempts = 0
    try {
      for (const item of readQueue()) {
        const outcome = await sendRegistration(item)
        if (outcome.kind === 'stored') {
          dequeue(item.idempotencyKey)
          stored++
        } else if (outcome.kind === 'invalid') {
          dequeue(item.idempotencyKey)
          handlers.current.onRefused(outcome.errors[0]?.message ?? outcome.message)
        } else {
          markAttempt(item.idempotencyKey)
          nextAttempts = Math.max(nextAttempts, item.attempts + 1)
          setReason(outcome.reason)
          break
        }
      }
    } finally {
      flushing.current = false
      const left = readQueue().length
      setPending(left)
      if (left === 0) setReason('')
      if (stored > 0) handlers.current.onStored(stored)
      if (left > 0) retryTimer.current = setTimeout(() => void flush(), backoffMs(nextAttempts || 1))
    }
  }, [])

  useEffect(() => {
    setPending(readQueue().length)
    void flush()
    const online = () => void flush()
    window.addEventListener('online', online)
    return () => {
      window.removeEventListener('online', online)
      if (retryTimer.current) clearTimeout(retryTimer.current)
    }
  }, [flush])

  /** Keeps a new registration in the browser and sends it once; a retry is kept for later. */
  const send = async (data: Record<string, unknown>): Promise<SendOutcome> => {
    const item: PendingRegistration = {
      idempotencyKey: crypto.randomUUID(),
      data,
      queuedAt: new Date().toISOString(),
      attempts: 0,
    }
    enqueue(item)
    setPending(readQueue().length)
    const outcome = await sendRegistration(item)
    if (outcome.kind === 'retry') {
      markAttempt(item.idempotencyKey)
      setReason(outcome.reason)
      if (retryTimer.current) clearTimeout(retryTimer.current)
      retryTimer.current = setTimeout(() => void flush(), backoffMs(1))
    } else {
      dequeue(item.idempotencyKey)
      setPending(readQueue().length)
    }
    return outcome
  }

  return { pending, reason, flush, send }
}
