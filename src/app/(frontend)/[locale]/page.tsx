import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CatalogView } from '@/components/CatalogView'
import type { Locale } from '@/i18n/locales'
import { parseCatalogFilters } from '@/lib/catalogFilters'

// Rendered on the first request and then served from Next's cache (ISR; the database may not exist at
// build time, hence no params here). An artist change expires it at once through the catalog tag
// (revalidateCatalog.ts); the time limit is a backstop, see catalogCache.ts. A query string is sent to
// the cached `catalog/[query]` route by src/proxy.ts.
export const revalidate = 300
export const generateStaticParams = async (): Promise<{ locale: string }[]> => []

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'catalog' })
  return { title: { absolute: t('metaTitle') } }
}

// Next.js requires a default export for pages.
export default async function CatalogPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale as Locale)
  return <CatalogView filters={parseCatalogFilters({})} />
}
