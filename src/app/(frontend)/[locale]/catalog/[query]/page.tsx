import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CatalogView } from '@/components/CatalogView'
import type { Locale } from '@/i18n/locales'
import { filtersFromSegment } from '@/lib/catalogRoute'

// The catalog with a query string, one cached page per canonical query (src/lib/catalogRoute.ts):
// visitors ask for `/<locale>?<query>` and src/proxy.ts rewrites here. Cached like the plain catalog.
export const revalidate = 300
export const generateStaticParams = async (): Promise<{ locale: string; query: string }[]> => []

type Props = { params: Promise<{ locale: string; query: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'catalog' })
  return { title: { absolute: t('metaTitle') } }
}

// Next.js requires a default export for pages.
export default async function FilteredCatalogPage({ params }: Props) {
  const { locale, query } = await params
  setRequestLocale(locale as Locale)
  const filters = filtersFromSegment(query)
  if (!filters) notFound()
  return <CatalogView filters={filters} />
}
