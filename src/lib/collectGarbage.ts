import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let gc: (() => void) | undefined

const fullCollection = () => {
  if (!gc) {
    const exposed = (globalThis as { gc?: () => void }).gc
    if (exposed) gc = exposed
    else {
      setFlagsFromString('--expose-gc')
      gc = runInNewContext('gc') as () => void
    }
  }
  gc()
}

/**
 * For bulk work: returns a function to await between batches with the number of documents the
 * batch read or wrote. It gives the event loop a turn (other requests get in) and, once the process
 * has grown by `headroom` bytes, a full garbage collection, at most once per `documents`.
 *
 * The SQLite driver keeps each statement's native memory until its small JavaScript handle is
 * collected and finalised, and V8, which does not see that memory, is in no hurry to collect; the
 * finalisers then run on a later turn of the event loop, which a bulk run of synchronous
 * statements never gives. Without collections, importing 100,000 registrations held several
 * gigabytes. A collection goes over the whole app's heap (some hundreds of milliseconds), so one
 * after every batch took most of an import's time; and the memory it frees mostly stays with the
 * process for the next statements, so the growth alone cannot say when the next one is due.
 */
export const garbageGuard = ({ headroom = 48 * 1024 * 1024, documents = 5000 } = {}) => {
  const limit = process.memoryUsage.rss() + headroom
  let since = 0
  return async (handled: number): Promise<void> => {
    since += handled
    if (since >= documents && process.memoryUsage.rss() > limit) {
      fullCollection()
      since = 0
    }
    await new Promise((resolve) => setImmediate(resolve))
  }
}
