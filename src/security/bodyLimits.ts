import {
  MAX_HSDS_IMPORT_BYTES,
  MAX_IMPORT_BYTES,
  MAX_REGISTRATION_IMPORT_BYTES,
  MAX_UPLOAD_BYTES,
  megabytes,
} from './fileLimits'

/**
 * How large a request body may be. Uploads have their own, per-collection limits (see uploads.ts);
 * everything else is a JSON or form body of a few kilobytes, so 1 MB is generous.
 */
export const MAX_BODY_BYTES = 1024 * 1024

/** Room for the multipart envelope and the form's other fields around a file. */
const ENVELOPE_BYTES = 512 * 1024

/** API paths that take a file, with the largest file each takes. */
const filePaths: [RegExp, number][] = [
  [/^\/api\/(media|work-documents)(\/[^/]+)?\/?$/, MAX_UPLOAD_BYTES],
  [/^\/api\/organisations-import(\/preview)?\/?$/, MAX_IMPORT_BYTES],
  [/^\/api\/registrations\/import(\/preview)?\/?$/, MAX_REGISTRATION_IMPORT_BYTES],
  [/^\/api\/hsds-import(\/preview)?\/?$/, MAX_HSDS_IMPORT_BYTES],
]

/** The largest body any path takes: what Next.js must hand on whole past the proxy (next.config.ts). */
export const LARGEST_BODY_BYTES = Math.max(MAX_BODY_BYTES, ...filePaths.map(([, bytes]) => bytes + ENVELOPE_BYTES))

export const bodyLimitFor = (pathname: string): number => {
  const file = filePaths.find(([pattern]) => pattern.test(pathname))
  return file ? file[1] + ENVELOPE_BYTES : MAX_BODY_BYTES
}

/** The Dutch reason of a 413. */
export const bodyTooLargeMessage = (limit: number): string =>
  `Het verzoek is te groot: hoogstens ${megabytes(limit)} is toegestaan.`

/**
 * The body's bytes as they arrive, or null as soon as there are more than `limit`. The proxy can
 * refuse a body by its Content-Length, but a chunked body declares no length: only counting what is
 * actually read holds the limit.
 */
export const readBodyWithin = async (request: Request, limit: number): Promise<Blob | null> => {
  if (!request.body) return new Blob([])
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return new Blob(chunks as BlobPart[])
    total += value.byteLength
    if (total > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
}
