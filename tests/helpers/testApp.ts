import type { Migration, Payload } from 'payload'

import { freshDatabaseURL } from './database'
import { startHttpServer } from './httpServer'
import { rateLimitsOff } from './rateLimits'

export interface TestApp {
  payload: Payload
  /** Base URL of the real HTTP server, e.g. http://127.0.0.1:41234 */
  url: string
  close: () => Promise<void>
}

/**
 * Boots the real Payload config (rate limits off unless `env` sets them) on a fresh database (schema from the committed migrations, as in
 * production) and serves its REST API over HTTP on a free loopback port.
 */
export const startTestApp = async (env: Record<string, string> = {}): Promise<TestApp> => {
  process.env.DATABASE_URL = freshDatabaseURL()
  process.env.PAYLOAD_SECRET = 'infopunt-test-secret-0123456789abcdef'
  process.env.INFOPUNT_DATA_DIR = process.env.DATABASE_URL.startsWith('file:')
    ? process.env.DATABASE_URL.slice('file:'.length).replace(/infopunt\.db$/, '')
    : `/tmp/infopunt-test-data-${process.pid}`
  Object.assign(process.env, rateLimitsOff, env)

  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  if (payload.db.name === 'sqlite') {
    const { migrations } = await import('../../src/migrations')
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  }
  const server = await startHttpServer(config)
  return {
    payload,
    url: server.url,
    close: async () => {
      await server.close()
      await payload.destroy()
    },
  }
}
