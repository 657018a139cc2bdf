/**
 * How large a request body may be. Uploads have their own, per-collection limits (see uploads.ts);
 * everything else is a JSON or form body of a few kilobytes, so 1 MB is generous.
 */
export const MAX_BODY_BYTES = 1024 * 1024

/** The largest upload (a work document), plus room for the multipart envelope and its fields. */
export const MAX_UPLOAD_BODY_BYTES = 10 * 1024 * 1024 + 512 * 1024

/** API paths that take a file: the upload collections and the organisation import. */
const uploadPaths = [/^\/api\/(media|work-documents)(\/[^/]+)?\/?$/, /^\/api\/organisations-import(\/preview)?\/?$/]

export const bodyLimitFor = (pathname: string): number =>
  uploadPaths.some((pattern) => pattern.test(pathname)) ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`

/** The Dutch reason of a 413. */
export const bodyTooLargeMessage = (limit: number): string =>
  `Het verzoek is te groot: hoogstens ${megabytes(limit)} is toegestaan.`
