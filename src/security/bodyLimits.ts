/**
 * How large a request body may be. Uploads have their own, per-collection limits (see uploads.ts);
 * everything else is a JSON or form body of a few kilobytes, so 1 MB is generous.
 */
export const MAX_BODY_BYTES = 1024 * 1024

const ENVELOPE = 512 * 1024

/** The largest upload (a work document), plus room for the multipart envelope and its fields. */
export const MAX_UPLOAD_BODY_BYTES = 10 * 1024 * 1024 + ENVELOPE

/** The organisation import takes spreadsheets up to 15 MB (src/directory-import/parse.ts). */
export const MAX_IMPORT_BODY_BYTES = 15 * 1024 * 1024 + ENVELOPE

const uploadPaths = /^\/api\/(media|work-documents)(\/[^/]+)?\/?$/
const importPaths = /^\/api\/organisations-import(\/preview)?\/?$/

export const bodyLimitFor = (pathname: string): number =>
  importPaths.test(pathname)
    ? MAX_IMPORT_BODY_BYTES
    : uploadPaths.test(pathname)
      ? MAX_UPLOAD_BODY_BYTES
      : MAX_BODY_BYTES

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`

/** The Dutch reason of a 413. */
export const bodyTooLargeMessage = (limit: number): string =>
  `Het verzoek is te groot: hoogstens ${megabytes(limit)} is toegestaan.`
