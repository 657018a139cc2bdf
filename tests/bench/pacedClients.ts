/**
 * Independent clients for a bounded HTTP run, in a process of their own so that they do not take
 * the server's event loop: CLIENTS autocannon instances with one connection each, every one at
 * RATE / CLIENTS requests a second, started evenly spread over the first second — like desk
 * workers who each type at their own moment. (autocannon's own bounded mode starts every
 * connection's second at the same instant, so all clients send together.) Prints one JSON line
 * with the latencies of every answer.
 *
 * Input, as JSON in BENCH_CLIENTS: { url, headers, paths, clients, rate, seconds }.
 */
import autocannon from 'autocannon'

import { percentile, round } from './stats'

interface Options {
  url: string
  headers: Record<string, string>
  paths: string[]
  clients: number
  rate: number
  seconds: number
}

const options = JSON.parse(process.env.BENCH_CLIENTS ?? '') as Options
const latencies: number[] = []
let errors = 0

const client = async (index: number) => {
  await new Promise((resolve) => setTimeout(resolve, (index * 1000) / options.clients))
  // Each client starts at its own offset in the path list, so they do not all ask the same.
  const offset = Math.floor((index * options.paths.length) / options.clients)
  const paths = [...options.paths.slice(offset), ...options.paths.slice(0, offset)]
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: 1,
        overallRate: options.rate / options.clients,
        // The answers themselves are recorded below; see tests/bench/search.ts on autocannon's correction.
        ignoreCoordinatedOmission: true,
        duration: options.seconds,
        headers: options.headers,
        requests: paths.map((path) => ({ method: 'GET', path })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime)
      else errors++
    })
  })
  errors += result.errors + result.timeouts
}

await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)))
latencies.sort((a, b) => a - b)
console.log(
  JSON.stringify({
    requests: latencies.length + errors,
    perSecond: Math.round((latencies.length + errors) / options.seconds),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    errors,
  }),
)
