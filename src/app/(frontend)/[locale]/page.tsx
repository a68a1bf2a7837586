import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { CatalogFilterForm } from '@/components/CatalogFilterForm'
import { Pagination } from '@/components/Pagination'
import { VoiceoverCard } from '@/components/VoiceoverCard'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { getCatalogPage } from '@/lib/catalog'
import { catalogHref, hasActiveFilters, parseCatalogFilters } from '@/lib/catalogFilters'
import { getCatalogVocabulary } from '@/lib/catalogVocabulary'
import type { SearchParams } from '@/lib/searchParams'

// Rendered per request (the database may not exist at build time); the query itself is cached.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'catalog' })
  return { title: { absolute: t('metaTitle') } }
}

// Next.js requires a default export for pages.
export default async function CatalogPage({ searchParams }: Props) {
  const t = await getTranslations('catalog')
  const query = await searchParams
  const filters = parseCatalogFilters(query)
  // Set by the "Delete my account" form (DeleteAccountForm) after the account is gone.
  const accountDeleted = query.account === 'deleted'
  const [{ cards, totalDocs, totalPages }, vocabulary] = await Promise.all([
    getCatalogPage(filters),
    getCatalogVocabulary(),
  ])
  const filtered = hasActiveFilters(filters)

  return (
    <div className="container">
      {accountDeleted && (
        <p className="notice notice--ok" role="status">
          {t('accountDeleted')}
        </p>
      )}
      <section className="hero" aria-labelledby="catalog-title">
        <h1 id="catalog-title">{t('title')}</h1>
        <p className="hero__lead">{t('lead')}</p>
      </section>

      {/* Remounted when the URL changes, so the selects show the filters of the page on screen. */}
      <CatalogFilterForm
        key={catalogHref({ ...filters, page: 1 })}
        filters={filters}
        vocabulary={vocabulary}
      />

      <section aria-labelledby="results-title" className="results">
        <div className="results__header">
          <h2 id="results-title" className="visually-hidden">
            {t('resultsTitle')}
          </h2>
          <p className="results__count" role="status">
            {filtered
              ? t('resultCountFiltered', { count: totalDocs })
              : t('resultCount', { count: totalDocs })}
          </p>
          {filtered && (
            <Link href="/" className="results__clear">
              {t('clearFilters')}
            </Link>
          )}
        </div>

        {cards.length > 0 ? (
          <ul className="card-grid">
            {cards.map((card, index) => (
              <li key={card.id}>
                <VoiceoverCard
                  card={card}
                  eager={index < 4}
                  exactPrice={Boolean(filters.projectType)}
                />
              </li>
            ))}
          </ul>
        ) : (
          <div className="empty-state">
            {totalDocs > 0 ? (
              <>
                <h3>{t('emptyPageTitle')}</h3>
                <p>{t('emptyPageText', { pages: totalPages })}</p>
                <Link href={catalogHref({ ...filters, page: 1 })} className="button">
                  {t('firstPage')}
                </Link>
              </>
            ) : (
              <>
                <h3>{t('noneTitle')}</h3>
                <p>{filtered ? t('noneFiltered') : t('noneAtAll')}</p>
                {filtered && (
                  <Link href="/" className="button">
                    {t('showAll')}
                  </Link>
                )}
              </>
            )}
          </div>
        )}

        <Pagination filters={filters} totalPages={totalPages} />
      </section>
    </div>
  )
}
