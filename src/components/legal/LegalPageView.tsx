import { RichText } from '@payloadcms/richtext-lexical/react'
import { getTranslations } from 'next-intl/server'
import type React from 'react'

import { formatDate } from '@/domain/dateFormat'
import type { Locale } from '@/i18n/locales'
import type { LegalPage } from '@/payload-types'

/**
 * A legal page as the site shows it: title, the text edited in the admin (Lexical rich text rendered
 * on the server, no scripts), its version and last update. A page in another language than the
 * reader's says so and carries its own `lang`. `children` come after the text (the contact page's
 * company details).
 */
export const LegalPageView = async ({
  page,
  locale,
  showVersion,
  children,
}: {
  page: LegalPage
  locale: Locale
  showVersion: boolean
  children?: React.ReactNode
}) => {
  const t = await getTranslations({ locale, namespace: 'legal' })
  const updated = formatDate(page.updatedAt, { locale })
  return (
    <div className="container narrow legal-page">
      {page.language !== locale && <p className="notice">{t('otherLanguage')}</p>}
      <article lang={page.language === locale ? undefined : page.language}>
        <h1>{page.title}</h1>
        <p className="muted">
          {showVersion && (
            <>
              <span data-testid="legal-version">{t('version', { version: page.version })}</span>
              {' · '}
            </>
          )}
          {t('updated', { date: updated })}
        </p>
        <RichText data={page.body as Parameters<typeof RichText>[0]['data']} disableContainer />
      </article>
      {children}
    </div>
  )
}
