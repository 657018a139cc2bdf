const MB = 1024 * 1024

/** The largest file an upload collection accepts (work documents; images have their own, smaller limit). */
export const MAX_UPLOAD_BYTES = 10 * MB

/** The largest spreadsheet the organisation import reads. */
export const MAX_IMPORT_BYTES = 15 * MB

/** The largest registrations file the registrations import reads (some 250,000 rows of the export). */
export const MAX_REGISTRATION_IMPORT_BYTES = 40 * MB

/** The largest Open Referral data package (zip) the directory import reads… */
export const MAX_HSDS_IMPORT_BYTES = 50 * MB
/** …and the most its files may hold unpacked (a zip bomb is refused before it is unpacked). */
export const MAX_HSDS_UNPACKED_BYTES = 200 * MB

/**
 * Where Payload's multipart parser stops reading: a backstop above every endpoint's own limit, so
 * that those answer with their own message (the proxy refuses larger bodies by Content-Length first).
 */
export const MAX_MULTIPART_FILE_BYTES =
  Math.max(MAX_UPLOAD_BYTES, MAX_IMPORT_BYTES, MAX_REGISTRATION_IMPORT_BYTES, MAX_HSDS_IMPORT_BYTES) + 5 * MB

export const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`
