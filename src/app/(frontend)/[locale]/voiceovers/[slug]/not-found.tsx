import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

// Next.js requires a default export for not-found files.
export default async function VoiceoverNotFound() {
  const t = await getTranslations('notFound')
  return (
    <div className="container narrow not-found">
      <h1>{t('artistTitle')}</h1>
      <p>{t('artistText')}</p>
      <Link href="/" className="button">
        {t('browse')}
      </Link>
    </div>
  )
}
