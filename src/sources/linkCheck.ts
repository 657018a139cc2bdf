import type { Payload } from 'payload'

export const DEFAULT_TIMEOUT_MS = 10_000
export const DEFAULT_CONCURRENCY = 4
const MAX_REDIRECTS = 10
const USER_AGENT = 'Infopunt-linkcontrole/1.0 (+digitale bronnen van het Infopunt)'

export type LinkStatus = 'ok' | 'redirected' | 'broken'

export interface LinkCheckResult {
  status: LinkStatus
  httpStatus: number | null
  finalUrl: string
  redirects: string[]
  method: 'HEAD' | 'GET'
  error?: string
}

export interface LinkCheckOptions {
  timeoutMs?: number
  concurrency?: number
}

/** One request without following redirects; the body is never read. */
const request = async (url: string, method: 'HEAD' | 'GET', signal: AbortSignal) => {
  const response = await fetch(url, {
    method,
    redirect: 'manual',
    signal,
    headers: { 'User-Agent': USER_AGENT, Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
  })
  await response.body?.cancel().catch(() => undefined)
  return response
}

/** Follows redirects by hand, so every hop is recorded. */
const follow = async (url: string, method: 'HEAD' | 'GET', signal: AbortSignal) => {
  const redirects: string[] = []
  let current = url
  for (let hop = 0; ; hop++) {
    const response = await request(current, method, signal)
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      if (hop >= MAX_REDIRECTS) throw new Error('Te veel doorverwijzingen.')
      current = new URL(location, current).toString()
      redirects.push(current)
      continue
    }
    return { response, finalUrl: current, redirects }
  }
}

const timeoutMessage = (ms: number) => `Geen antwoord binnen ${(ms / 1000).toLocaleString('nl-NL')} s.`

/**
 * Checks one URL: HEAD first, and GET when HEAD fails or is refused (many servers answer HEAD
 * with 403, 404, 405 or 501). Each attempt has its own timeout. 2xx is ok, or "redirected" when
 * redirects led there.
 */
export const checkLink = async (url: string, options: LinkCheckOptions = {}): Promise<LinkCheckResult> => {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const headSignal = AbortSignal.timeout(timeoutMs)
  try {
    const head = await follow(url, 'HEAD', headSignal)
    if (head.response.ok) return outcome(head, 'HEAD')
  } catch {
    // A server that hangs on HEAD will hang on GET too: do not wait twice.
    if (headSignal.aborted) return broken(url, 'HEAD', timeoutMessage(timeoutMs))
  }
  const getSignal = AbortSignal.timeout(timeoutMs)
  try {
    return outcome(await follow(url, 'GET', getSignal), 'GET')
  } catch (error) {
    if (getSignal.aborted) return broken(url, 'GET', timeoutMessage(timeoutMs))
    const cause =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)
    return broken(url, 'GET', cause)
  }
}

const outcome = (result: Awaited<ReturnType<typeof follow>>, method: 'HEAD' | 'GET'): LinkCheckResult => ({
  status: result.response.ok ? (result.redirects.length ? 'redirected' : 'ok') : 'broken',
  httpStatus: result.response.status,
  finalUrl: result.finalUrl,
  redirects: result.redirects,
  method,
})

const broken = (url: string, method: 'HEAD' | 'GET', error: string): LinkCheckResult => ({
  status: 'broken',
  httpStatus: null,
  finalUrl: url,
  redirects: [],
  method,
  error,
})

/** Runs `work` over `items` with at most `limit` at a time; results in input order. */
export const mapWithConcurrency = async <T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>) => {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

export interface LinkCheckSummary {
  checked: number
  ok: number
  redirected: number
  broken: number
}

/** Checks every digital source and stores the outcome in its `lastCheck` group. */
export const checkAllSources = async (payload: Payload, options: LinkCheckOptions = {}): Promise<LinkCheckSummary> => {
  const { docs } = await payload.find({
    collection: 'digital-sources',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { url: true },
  })
  const results = await mapWithConcurrency(docs, options.concurrency ?? DEFAULT_CONCURRENCY, async (source) => {
    const result = await checkLink(source.url, options)
    await payload.update({
      collection: 'digital-sources',
      id: source.id,
      overrideAccess: true,
      depth: 0,
      context: { linkCheck: true },
      data: {
        lastCheck: {
          status: result.status,
          httpStatus: result.httpStatus,
          finalUrl: result.finalUrl,
          redirects: result.redirects.join('\n') || null,
          error: result.error ?? null,
          checkedAt: new Date().toISOString(),
        },
      },
    })
    return result
  })
  return {
    checked: results.length,
    ok: results.filter((result) => result.status === 'ok').length,
    redirected: results.filter((result) => result.status === 'redirected').length,
    broken: results.filter((result) => result.status === 'broken').length,
  }
}
