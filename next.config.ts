import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // src/proxy.ts sees every request body; above this size Next.js would pass on only its start.
    // The proxy itself refuses anything above the largest allowed upload (src/security/bodyLimits.ts).
    proxyClientMaxBodySize: '12mb',
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
