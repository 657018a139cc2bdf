import type { PayloadRequest } from 'payload'

/** A JSON answer of a custom endpoint: never cached (every answer is for its caller). */
export const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** A request's JSON body (an empty one as `{}`), or null when it is not JSON. */
export const jsonBody = async (req: PayloadRequest): Promise<Record<string, unknown> | null> => {
  try {
    return ((await req.json?.()) ?? {}) as Record<string, unknown>
  } catch {
    return null
  }
}
