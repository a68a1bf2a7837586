import type { Metadata } from 'next'
import type React from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: '14voices — voice-over artists for your project', template: '%s — 14voices' },
  description:
    'Browse professional voice-over artists, listen to their demos and book one for your project.',
}

// Next.js requires a default export for layouts.
export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
