import { hasLocale, NextIntlClientProvider } from 'next-intl'
import type React from 'react'

import { APP_CLIENT_NAMESPACES, clientMessages } from '@/i18n/clientMessages'
import { routing } from '@/i18n/routing'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

/**
 * The signed-in and form pages (account, bookings, booking form, dashboard, log in, register): their
 * client components read more texts than the public pages ship, so this group gives them their own
 * set (a nested provider replaces the outer one for everything below it; the header and the
 * mini-player stay outside, on the root layout's set).
 */
// Next.js requires a default export for layouts.
export default async function AppLayout({ children, params }: Props) {
  const { locale } = await params
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
  return (
    <NextIntlClientProvider messages={clientMessages(lang, APP_CLIENT_NAMESPACES)}>
      {children}
    </NextIntlClientProvider>
  )
}
