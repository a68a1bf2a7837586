import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

/** The footer of every page: the agency line and the links to the catalog and the legal pages. */
export const SiteFooter = async () => {
  const t = await getTranslations('common')
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{t('footerTagline')}</p>
        <nav aria-label={t('footerNav')}>
          <Link href="/">{t('navCatalog')}</Link>
          <Link href="/terms">{t('terms')}</Link>
          <Link href="/privacy">{t('privacy')}</Link>
          <Link href="/contact">{t('contact')}</Link>
        </nav>
      </div>
    </footer>
  )
}
