import { getTranslations } from 'next-intl/server'
import { Suspense } from 'react'

import { AccountDeletedNotice } from '@/components/AccountDeletedNotice'
import { CatalogFilterForm } from '@/components/CatalogFilterForm'
import { Pagination } from '@/components/Pagination'
import { VoiceoverCard } from '@/components/VoiceoverCard'
import { Link } from '@/i18n/navigation'
import { getCatalogPage } from '@/lib/catalog'
import type { CatalogFilters } from '@/lib/catalogFilters'
import { catalogHref, hasActiveFilters } from '@/lib/catalogFilters'
import { getCatalogVocabulary, vocabularyForFilters } from '@/lib/catalogVocabulary'

/**
 * The catalog for `filters`: heading, filter form, one page of artist cards, pagination. The same
 * for every visitor (no cookies, no search params read here), so the pages that render it are
 * cached per canonical query (see `catalogRoute.ts`).
 */
export const CatalogView = async ({ filters }: { filters: CatalogFilters }) => {
  const t = await getTranslations('catalog')
  const [{ cards, totalDocs, totalPages }, vocabulary] = await Promise.all([
    getCatalogPage(filters),
    getCatalogVocabulary(),
  ])
  const filtered = hasActiveFilters(filters)

  return (
    <div className="container">
      {/* Read in the browser: the page itself is cached without the query string. */}
      <Suspense>
        <AccountDeletedNotice />
      </Suspense>
      <section className="hero" aria-labelledby="catalog-title">
        <h1 id="catalog-title">{t('title')}</h1>
        <p className="hero__lead">{t('lead')}</p>
      </section>

      {/* Remounted when the URL changes, so the selects show the filters of the page on screen. */}
      <CatalogFilterForm
        key={catalogHref({ ...filters, page: 1 })}
        filters={filters}
        vocabulary={vocabularyForFilters(vocabulary, filters)}
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
