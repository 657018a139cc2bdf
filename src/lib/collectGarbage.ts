import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let gc: (() => void) | undefined

/**
 * A full garbage collection, for bulk writes, and a turn of the event loop. The SQLite driver keeps
 * each statement's native memory until its small JavaScript handle is collected and finalised, and
 * V8, which does not see that memory, is in no hurry to collect; the finalisers then run on a later
 * turn of the event loop, which a bulk write of synchronous statements never gives. Without this,
 * importing 100,000 registrations held several gigabytes. A bulk writer awaits this between batches
 * (some tens of milliseconds each); the turn also lets other requests in.
 */
export const collectGarbage = async (): Promise<void> => {
  if (!gc) {
    const exposed = (globalThis as { gc?: () => void }).gc
    if (exposed) gc = exposed
    else {
      setFlagsFromString('--expose-gc')
      gc = runInNewContext('gc') as () => void
    }
  }
  gc()
  await new Promise((resolve) => setImmediate(resolve))
}
