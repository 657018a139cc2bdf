import { getMigrations, type Endpoint, type PayloadRequest } from 'payload'

import { isAdministrator } from '@/access/isAdmin'
import { writesFailing } from '@/db/writeFailures'
import { migrations } from '@/migrations'

import packageJson from '../../package.json' with { type: 'json' }

type SchemaState = { managedBy: string; applied?: number; pending: string[] }

// Migrations change only when the server starts (or someone edits the table by hand): read them at
// most every few seconds, not on every probe of a monitor.
const SCHEMA_CACHE_MS = 5_000
let schemaCache: { at: number; state: SchemaState } | undefined

const readSchemaState = async (req: PayloadRequest): Promise<SchemaState> => {
  if (req.payload.db.name !== 'sqlite') return { managedBy: 'database', pending: [] }
  if (process.env.NODE_ENV !== 'production' && process.env.NODE_ENV !== 'test')
    return { managedBy: 'development push', pending: [] }
  const { existingMigrations } = await getMigrations({ payload: req.payload })
  const applied = new Set(existingMigrations.map((migration) => migration.name))
  return {
    managedBy: 'migrations',
    applied: applied.size,
    pending: migrations.filter((migration) => !applied.has(migration.name)).map((migration) => migration.name),
  }
}

const schemaState = async (req: PayloadRequest): Promise<SchemaState> => {
  if (!schemaCache || Date.now() - schemaCache.at > SCHEMA_CACHE_MS)
    schemaCache = { at: Date.now(), state: await readSchemaState(req) }
  return schemaCache.state
}

const answer = (body: Record<string, unknown>, status: number) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * GET /api/health, for monitors and load balancers: 200 when the database answers, accepts writes
 * (no write failed in the last half minute) and every migration is applied; 503 otherwise. Anyone
 * gets the status; administrators also the version and the database and schema details.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    const details = isAdministrator(req.user)
    try {
      // One row's id through the database adapter: proves the database answers, without counting a
      // table or running the users' access checks and read hooks on every probe.
      await req.payload.db.findOne({ collection: 'users', where: {}, select: { id: true }, req })
    } catch {
      return answer(
        details ? { status: 'unavailable', database: { reachable: false } } : { status: 'unavailable' },
        503,
      )
    }
    const schema = await schemaState(req)
    const writable = !writesFailing()
    const status = !writable ? 'writes-failing' : schema.pending.length > 0 ? 'migrations-pending' : 'ok'
    const code = status === 'ok' ? 200 : 503
    if (!details) return answer({ status }, code)
    return answer(
      {
        status,
        version: packageJson.version,
        database: { kind: req.payload.db.name, reachable: true, writable },
        schema,
        tookMs: Math.round(performance.now() - started),
      },
      code,
    )
  },
}
