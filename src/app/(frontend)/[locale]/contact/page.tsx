import { getTranslations, setRequestLocale } from 'next-intl/server'

import { LegalPageView } from '@/components/legal/LegalPageView'
import { legalMetadata } from '@/components/legal/legalRoute'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { findCompanyContact, findLegalPage } from '@/lib/legalPages'

export const generateMetadata = legalMetadata('contact')

type Props = { params: Promise<{ locale: string }> }

/**
 * `/[locale]/contact`: the agency's contact text (edited in the admin) and its company details from
 * the Company global — name, address, KvK number, VAT ID, email and phone (the imprint).
 */
// Next.js requires a default export for pages.
export default async function ContactPage({ params }: Props) {
  const { locale: raw } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  setRequestLocale(locale)
  const [page, company, t] = await Promise.all([
    findLegalPage('contact', locale),
    findCompanyContact(),
    getTranslations({ locale, namespace: 'legal' }),
  ])
  const details = (
    <section aria-labelledby="company-heading" className="legal-company">
      <h2 id="company-heading">{t('companyHeading')}</h2>
      <dl className="facts">
        {(
          [
            ['companyName', company.name],
            ['address', company.address],
            ['kvk', company.kvk],
            ['vatId', company.vatId],
            ['email', company.email && <a href={`mailto:${company.email}`}>{company.email}</a>],
            [
              'phone',
              company.phone && (
                <a href={`tel:${company.phone.replace(/[^\d+]/g, '')}`}>{company.phone}</a>
              ),
            ],
          ] as const
        )
          .filter(([, value]) => Boolean(value))
          .map(([key, value]) => (
            <div key={key} className="facts__row">
              <dt>{t(key)}</dt>
              <dd className={key === 'address' ? 'prewrap' : undefined}>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  )
  if (!page) {
    return (
      <div className="container narrow legal-page">
        <h1>{t('metaTitle.contact')}</h1>
        {details}
      </div>
    )
  }
  return (
    <LegalPageView page={page} locale={locale} showVersion={false}>
      {details}
    </LegalPageView>
  )
}
