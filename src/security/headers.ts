/**
 * The HTTP security headers of every response. Pure functions, so src/proxy.ts (which sets them on
 * pages, API responses and files) and the tests share one definition.
 */

/** A fresh, unguessable nonce for one response's inline scripts (128 bits, base64). */
export const createNonce = (): string => {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

export interface CspOptions {
  /** `next dev` evaluates code (React Refresh, source maps) and needs 'unsafe-eval'. */
  development?: boolean
}

/**
 * The Content-Security-Policy for a response whose inline scripts carry `nonce`.
 *
 * - script-src: only scripts with this response's nonce, and what they load ('strict-dynamic').
 *   Next.js puts the nonce on its own scripts when it finds it in the request's CSP header (every
 *   page is rendered per request). 'self' is a fallback for browsers without 'strict-dynamic'.
 * - style-src 'unsafe-inline': the Payload admin (and React's `style` props on our pages) set
 *   inline style attributes and inject <style> elements that cannot carry a nonce; CSS cannot run
 *   script, so this allows layout tricks at worst, not code.
 * - frame-ancestors 'self': only our own admin may frame our pages (the startpage live preview).
 * - img-src data: blob:: the admin's upload previews and icons.
 */
export const contentSecurityPolicy = (nonce: string, options: CspOptions = {}): string =>
  [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'${options.development ? ' ws: wss:' : ''}`,
    `frame-src 'self'`,
    `frame-ancestors 'self'`,
    `form-action 'self'`,
    `base-uri 'self'`,
    `object-src 'none'`,
    `worker-src 'self' blob:`,
    `manifest-src 'self'`,
  ].join('; ')

/** Headers that are the same on every response. HSTS only in production (it pins the browser to https). */
export const staticSecurityHeaders = (options: { production: boolean }): Record<string, string> => ({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Only features browsers know: Chromium logs a warning on every page for one it does not (bluetooth).
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()',
  // For browsers without CSP frame-ancestors.
  'X-Frame-Options': 'SAMEORIGIN',
  'Cross-Origin-Opener-Policy': 'same-origin',
  ...(options.production ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
})
