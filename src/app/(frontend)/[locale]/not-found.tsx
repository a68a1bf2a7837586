'use client'

import { useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'

// A client component: Next renders not-found boundaries alongside every page of the segment, and
// a server one would read the language from the request headers, making the cached catalog and
// profiles dynamic. The language comes from NextIntlClientProvider (the layout).
// Next.js requires a default export for not-found files.
export default function PageNotFound() {
  const t = useTranslations('notFound')
  return (
    <div className="container narrow not-found">
      <h1>{t('pageTitle')}</h1>
      <p>{t('pageText')}</p>
      <Link href="/" className="button">
        {t('browse')}
      </Link>
    </div>
  )
}
