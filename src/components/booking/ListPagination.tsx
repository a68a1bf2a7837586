import { useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'

/**
 * Previous/next links of a paged list, keeping its filters: `hrefFor(page)` builds each link (a
 * server component passes it, so the links are plain `<a>` elements that work without JavaScript).
 * Nothing when everything fits on one page.
 */
export const ListPagination = ({
  page,
  totalPages,
  hrefFor,
}: {
  page: number
  totalPages: number
  hrefFor: (page: number) => string
}) => {
  const t = useTranslations('lists.pagination')
  if (totalPages <= 1) return null
  return (
    <nav aria-label={t('label')} className="pagination">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className="button button--ghost">
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
        <Link href={hrefFor(page + 1)} rel="next" className="button button--ghost">
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
