import { useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'

import type { CatalogFilters } from '@/lib/catalogFilters'
import { catalogHref } from '@/lib/catalogFilters'

/** Previous/next links for the catalog that keep the current filters. */
export const Pagination = ({
  filters,
  totalPages,
}: {
  filters: CatalogFilters
  totalPages: number
}) => {
  const t = useTranslations('catalog.pagination')
  const { page } = filters
  // Past the last page the catalog shows its own "go to the first page" message instead.
  if (totalPages <= 1 || page > totalPages) return null
  return (
    <nav aria-label={t('label')} className="pagination">
      {page > 1 ? (
        <Link
          href={catalogHref({ ...filters, page: page - 1 })}
          rel="prev"
          className="button button--ghost"
        >
          <span aria-hidden="true">← </span>
          {t('previous')}
        </Link>
      ) : (
        <span className="button button--ghost" aria-disabled="true">
          <span aria-hidden="true">← </span>
          {t('previous')}
        </span>
      )}
      <p className="pagination__status">{t('status', { page, pages: totalPages })}</p>
      {page < totalPages ? (
        <Link
          href={catalogHref({ ...filters, page: page + 1 })}
          rel="next"
          className="button button--ghost"
        >
          {t('next')}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span className="button button--ghost" aria-disabled="true">
          {t('next')}
          <span aria-hidden="true"> →</span>
        </span>
      )}
    </nav>
  )
}
