import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type React from 'react'

import { SiteHeader } from '@/components/SiteHeader'

import './styles.css'

// Every page shows the visitor's account menu, so nothing here is prerendered at build time
// (the database may not exist then); the catalog data itself is cached in src/lib.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: { default: '14voices — voice-over artists for your project', template: '%s — 14voices' },
  description:
    'Browse professional voice-over artists, listen to their demos and book one for your project.',
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#3b2fc9',
}

// Next.js requires a default export for layouts.
export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="site-main">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container site-footer__inner">
            <p>© 14voices — professional voice-overs, booked online.</p>
            <nav aria-label="Footer">
              <Link href="/">Voice artists</Link>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  )
}
