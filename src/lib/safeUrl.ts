/**
 * Links from stored content are only ever followed to web pages, e-mail and phone numbers, or our
 * own paths: a `javascript:` or `data:` URL that slipped into the database never becomes a link.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

export const isSafeHref = (url: unknown): url is string => {
  if (typeof url !== 'string' || !url.trim()) return false
  const value = url.trim()
  if (value.startsWith('/') && !value.startsWith('//')) return true
  if (value.startsWith('#')) return true
  try {
    return SAFE_PROTOCOLS.has(new URL(value).protocol)
  } catch {
    return false
  }
}

/** The URL when it is safe to link to, otherwise undefined (render the text without a link). */
export const safeHref = (url: unknown): string | undefined => (isSafeHref(url) ? url.trim() : undefined)

/** Dutch reason for a link in rich text that is not allowed, or true. */
export const validateRichTextLinks = (value: unknown): true | string => {
  const unsafe: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { type, fields, children, root } = node as {
      type?: string
      fields?: { url?: unknown; linkType?: string }
      children?: unknown[]
      root?: unknown
    }
    if ((type === 'link' || type === 'autolink') && fields?.linkType !== 'internal' && !isSafeHref(fields?.url))
      unsafe.push(String(fields?.url ?? ''))
    if (root) walk(root)
    for (const child of children ?? []) walk(child)
  }
  walk(value)
  return unsafe.length === 0 ? true : 'Een link in de tekst moet beginnen met https://, http://, mailto: of tel:.'
}
