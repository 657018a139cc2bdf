import type { Metadata, Viewport } from 'next'
import React from 'react'

import { getBrand } from '@/brand/load'
import { DEFAULT_PRIMARY_COLOUR } from '@/brand/defaults'

import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Infopunt', template: '%s – Infopunt' },
  description: 'Het digitale Infopunt: startpagina, Wegwijzer en registratie voor de balie.',
  robots: { index: false, follow: false },
  icons: {
    icon: [
      { url: '/favicon.svg', type: 'image/svg+xml' },
      { url: '/favicon.ico', sizes: '32x32' },
    ],
    apple: '/apple-touch-icon.png',
  },
  manifest: '/manifest.webmanifest',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: DEFAULT_PRIMARY_COLOUR }

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const brand = await getBrand()
  return (
    <html lang="nl">
      <body style={{ ['--brand' as string]: brand.primaryColour }}>
        <a className="skip-link" href="#inhoud">
          Direct naar de inhoud
        </a>
        {children}
      </body>
    </html>
  )
}
