import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { LegalPageKind } from '@/domain/legal'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { findLegalPage } from '@/lib/legalPages'

import { LegalPageView } from './LegalPageView'

type Props = { params: Promise<{ locale: string }> }

const localeOf = async (params: Props['params']): Promise<Locale> => {
  const { locale } = await params
  return isLocale(locale) ? locale : defaultLocale
}

/** The `generateMetadata` of a legal page: its own title, else the kind's name, in the URL's language. */
export const legalMetadata =
  (kind: LegalPageKind) =>
  async ({ params }: Props): Promise<Metadata> => {
    const locale = await localeOf(params)
    const page = await findLegalPage(kind, locale)
    const t = await getTranslations({ locale, namespace: 'legal' })
    return { title: page?.title ?? t(`metaTitle.${kind}`) }
  }

/**
 * The page component of `/[locale]/terms` or `/[locale]/privacy`: the published page in the URL's
 * language (404 when none is published). The terms show their version, the one bookings record.
 */
export const legalPage = (kind: Exclude<LegalPageKind, 'contact'>) =>
  async function LegalRoute({ params }: Props) {
    const locale = await localeOf(params)
    setRequestLocale(locale)
    const page = await findLegalPage(kind, locale)
    if (!page) notFound()
    return <LegalPageView page={page} locale={locale} showVersion={kind === 'terms'} />
  }
