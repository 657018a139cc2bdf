import { getMigrations, type Endpoint, type PayloadRequest } from 'payload'

import { migrations } from '@/migrations'

import packageJson from '../../package.json' with { type: 'json' }

const schemaState = async (req: PayloadRequest) => {
  if (req.payload.db.name !== 'sqlite') return { managedBy: 'database', pending: [] as string[] }
  if (process.env.NODE_ENV !== 'production' && process.env.NODE_ENV !== 'test')
    return { managedBy: 'development push', pending: [] as string[] }
  const { existingMigrations } = await getMigrations({ payload: req.payload })
  const applied = new Set(existingMigrations.map((migration) => migration.name))
  return {
    managedBy: 'migrations',
    applied: applied.size,
    pending: migrations.filter((migration) => !applied.has(migration.name)).map((migration) => migration.name),
  }
}

/**
 * GET /api/health, for monitors and load balancers: 200 when the database answers and every
 * migration is applied, 503 otherwise. Public, and says nothing beyond that and the version.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    try {
      await req.payload.count({ collection: 'users' })
    } catch {
      return Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503 })
    }
    const schema = await schemaState(req)
    const healthy = schema.pending.length === 0
    return Response.json(
      {
        status: healthy ? 'ok' : 'migrations-pending',
        version: packageJson.version,
        database: { kind: req.payload.db.name, reachable: true },
        schema,
        tookMs: Math.round(performance.now() - started),
      },
      { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
