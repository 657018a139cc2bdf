import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { LARGEST_BODY_BYTES } from './src/security/bodyLimits'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // src/proxy.ts sees every request body, and Next.js hands on to the route only the first this
    // many bytes of it (a larger upload arrives cut off): the largest body any path takes, an Open
    // Referral data package (50 MB). The proxy itself refuses anything above a path's own limit.
    proxyClientMaxBodySize: LARGEST_BODY_BYTES,
  },
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

/** Payload's admin (payload.config.ts keeps the default route); the pattern matches `/admin` itself too. */
const ADMIN_PATHS = '/admin/:path*'

/**
 * withPayload asks for the colour-scheme client hint on every path (Accept-CH, Vary and Critical-CH),
 * for the admin's light or dark theme. Critical-CH makes Chrome restart a first navigation (a 307 to
 * itself) on every page, so the hint is asked for on the admin only; our own pages do not use it.
 */
const config: NextConfig = {
  ...withPayloadConfig,
  headers: async () => {
    const rules = (await withPayloadConfig.headers?.()) ?? []
    return rules.flatMap((rule) => {
      if (rule.source !== '/:path*') return [rule]
      const hint = rule.headers.filter(({ key }) => ['Accept-CH', 'Vary', 'Critical-CH'].includes(key))
      const rest = rule.headers.filter((header) => !hint.includes(header))
      return [...(rest.length > 0 ? [{ ...rule, headers: rest }] : []), { ...rule, source: ADMIN_PATHS, headers: hint }]
    })
  },
  // Accounts are never made with a typed password (collections/Users.ts): the admin's create view is the invitation.
  redirects: async () => [
    ...((await withPayloadConfig.redirects?.()) ?? []),
    { source: '/admin/collections/users/create', destination: '/admin/collega-uitnodigen', permanent: false },
  ],
}

export default config
