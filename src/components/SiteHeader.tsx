import { getTranslations } from 'next-intl/server'

import { AccountNav } from '@/components/header/AccountNav'
import { Link } from '@/i18n/navigation'

/**
 * The site-wide header: logo and catalog link from the server, the account menu and language switch
 * from the browser (`AccountNav`), so that every page's HTML is the same for every visitor and the
 * catalog and profile pages can be served from cache.
 */
export const SiteHeader = async () => {
  const t = await getTranslations('common')
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="logo" aria-label={t('homeLabel')}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" className="logo__mark">
            <path d="M3 10v4M7 6v12M11 3v18M15 7v10M19 10v4" />
          </svg>
          <span>14voices</span>
        </Link>
        <nav aria-label={t('mainNav')} className="site-nav">
          <Link href="/">{t('navCatalog')}</Link>
        </nav>
        <AccountNav />
      </div>
    </header>
  )
}
