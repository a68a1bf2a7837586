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
  const { page } = filters
  // Past the last page the catalog shows its own "go to the first page" message instead.
  if (totalPages <= 1 || page > totalPages) return null
  return (
    <nav aria-label="Pagination" className="pagination">
      {page > 1 ? (
        <Link
          href={catalogHref({ ...filters, page: page - 1 })}
          rel="prev"
          className="button button--ghost"
        >
          <span aria-hidden="true">← </span>Previous
        </Link>
      ) : (
        <span className="button button--ghost" aria-disabled="true">
          <span aria-hidden="true">← </span>Previous
        </span>
      )}
      <p className="pagination__status">
        Page {page} of {totalPages}
      </p>
      {page < totalPages ? (
        <Link
          href={catalogHref({ ...filters, page: page + 1 })}
          rel="next"
          className="button button--ghost"
        >
          Next<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span className="button button--ghost" aria-disabled="true">
          Next<span aria-hidden="true"> →</span>
        </span>
      )}
    </nav>
  )
}
