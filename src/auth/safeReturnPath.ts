/** Stands in for our own origin: only the path, query and fragment of the result are used. */
const OWN_ORIGIN = 'https://infopunt.invalid'

/**
 * Only same-site paths may be returned to after login or a preview: no open redirects. The value
 * is read as a browser reads a link on our own pages (WHATWG URL), which drops tabs and line breaks
 * and reads a backslash as a slash, so "/\t/evil.example" is the other site it would be to the
 * browser. What comes back is the normalised path, safe to put in a Location header.
 */
export const safeReturnPath = (value: unknown): string => {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/'
  let url: URL
  try {
    url = new URL(value, OWN_ORIGIN)
  } catch {
    return '/'
  }
  return url.origin === OWN_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : '/'
}
