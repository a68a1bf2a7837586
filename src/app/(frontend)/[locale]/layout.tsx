import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type React from 'react'

import { MiniPlayer } from '@/components/player/MiniPlayer'
import { PlayerProvider } from '@/components/player/PlayerProvider'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { routing } from '@/i18n/routing'

import '../styles.css'

// Every page shows the visitor's account menu, so nothing here is prerendered at build time
// (the database may not exist then); the catalog data itself is cached in src/lib.
export const dynamic = 'force-dynamic'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'common' })
  return {
    title: { default: t('metaTitle'), template: '%s — 14voices' },
    description: t('metaDescription'),
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#3b2fc9',
}

/** The site's root layout: `<html lang>` from the URL's language, header, footer, catalogues. */
// Next.js requires a default export for layouts.
export default async function FrontendLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'common' })
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          {/* The demo player lives here, so it keeps playing while the visitor browses. */}
          <PlayerProvider>
            <a href="#main" className="skip-link">
              {t('skipToContent')}
            </a>
            <SiteHeader />
            <main id="main" tabIndex={-1} className="site-main">
              {children}
            </main>
            <SiteFooter />
            <MiniPlayer />
          </PlayerProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
