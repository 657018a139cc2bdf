import { Sema } from 'async-sema'
import { after } from 'next/server'
import { cache } from 'react'

/**
 * How many staff pages this process renders at once; the rest wait their turn, first come first
 * served. Rendering is CPU work on one thread: beyond a few at once, more in flight only adds memory
 * and garbage collection, so at nine o'clock fifty desks all got slower and some timed out. A larger
 * machine (or a quieter one) can set PAGE_RENDER_SLOTS.
 */
const SLOTS = Math.max(1, Number(process.env.PAGE_RENDER_SLOTS) || 4)

const slots = new Sema(SLOTS)

/**
 * Waits for a render slot and holds it until the response has been sent (`after`), so the slot
 * covers the whole render, streamed parts included. Call it from a page or a loader it calls, after
 * the access checks, so a refusal never waits. Once per request (React's `cache`): a second call in
 * the same render waits for nothing, where taking a second slot could deadlock a full house.
 */
export const takeRenderSlot = cache(async (): Promise<void> => {
  await slots.acquire()
  after(() => slots.release())
})
