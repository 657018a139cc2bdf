/**
 * The clients of the create-throughput run, in a process of their own so that they do not take the
 * server's event loop: CLIENTS loops, each posting one registration after another (with its own
 * idempotency key) until SECONDS are up. Every request started is awaited, so the acknowledged count
 * is exact. Prints one JSON line.
 *
 * Input, as JSON in BENCH_CLIENTS: { url, token, body, clients, seconds }.
 */
import { randomUUID } from 'node:crypto'

import { percentile } from './stats'

interface Options {
  url: string
  token: string
  body: Record<string, unknown>
  clients: number
  seconds: number
}

const options = JSON.parse(process.env.BENCH_CLIENTS ?? '') as Options
let acknowledged = 0
let errors = 0
const latencies: number[] = []
const started = performance.now()
const deadline = started + options.seconds * 1000

await Promise.all(
  Array.from({ length: options.clients }, async () => {
    while (performance.now() < deadline) {
      const sent = performance.now()
      try {
        const response = await fetch(`${options.url}/api/registrations?depth=0`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `JWT ${options.token}` },
          body: JSON.stringify({ ...options.body, idempotencyKey: randomUUID() }),
        })
        await response.arrayBuffer()
        if (response.status === 201) acknowledged++
        else errors++
      } catch {
        errors++
      }
      latencies.push(performance.now() - sent)
    }
  }),
)
latencies.sort((a, b) => a - b)
console.log(
  JSON.stringify({
    acknowledged,
    errors,
    seconds: (performance.now() - started) / 1000,
    p95Ms: percentile(latencies, 95),
  }),
)
