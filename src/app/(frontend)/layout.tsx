import type { Metadata, Viewport } from 'next'
import React from 'react'

import { getBrand } from '@/components/brand'

import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Infopunt', template: '%s – Infopunt' },
  description: 'Het digitale Infopunt: startpagina, Wegwijzer en registratie voor de balie.',
  robots: { index: false, follow: false },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

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
