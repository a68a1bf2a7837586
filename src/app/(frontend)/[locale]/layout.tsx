import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type React from 'react'

import { MiniPlayer } from '@/components/player/MiniPlayer'
import { PlayerProvider } from '@/components/player/PlayerProvider'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { clientMessages, PUBLIC_CLIENT_NAMESPACES } from '@/i18n/clientMessages'
import { routing } from '@/i18n/routing'

import '../styles.css'

// Not forced dynamic: the header's account menu is rendered in the browser (AccountNav), so pages
// that read no cookie — the catalog and profiles — are cached (ISR). Pages that need the user read
// the session (getCurrentUser → headers()), which makes them dynamic by themselves.

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
        {/* Only what the public pages' client components read (the (app) group adds its own). */}
        <NextIntlClientProvider messages={clientMessages(locale, PUBLIC_CLIENT_NAMESPACES)}>
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
