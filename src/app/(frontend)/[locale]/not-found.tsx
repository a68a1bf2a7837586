import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

// Next.js requires a default export for not-found files.
export default async function PageNotFound() {
  const t = await getTranslations('notFound')
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
