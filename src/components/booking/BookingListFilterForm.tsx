import { useLocale, useTranslations } from 'next-intl'

import { bookingStatuses } from '@/domain/bookingStatus'
import type { Locale } from '@/i18n/locales'
import { getPathname, Link } from '@/i18n/navigation'
import type { BookingListFilters, BookingListSort } from '@/lib/bookingListFilters'
import { bookingListSorts, isFiltered } from '@/lib/bookingListFilters'
import { labelFor } from '@/lib/labels'

const sortLabel: Record<BookingListSort, 'sortNewest' | 'sortOldest' | 'sortDeadline'> = {
  newest: 'sortNewest',
  oldest: 'sortOldest',
  deadline: 'sortDeadline',
}

/**
 * Status, search and (for customers and admins) sort of a booking list: a plain GET form to the same
 * page, so it works without JavaScript and every view has its own URL (`?status=review&q=spot`).
 * Submitting starts again at page 1 (the form has no page field).
 */
export const BookingListFilterForm = ({
  path,
  filters,
  searchAdmin = false,
  showSort = false,
}: {
  /** The list's path without locale, e.g. `/account/bookings`. */
  path: string
  filters: BookingListFilters
  /** Admins also search the customer's name, email and company: the hint says so. */
  searchAdmin?: boolean
  showSort?: boolean
}) => {
  const t = useTranslations('lists.filters')
  const locale = useLocale() as Locale
  return (
    <form
      method="get"
      action={getPathname({ href: path, locale })}
      role="search"
      aria-label={t('formLabel')}
      className="filters list-filters"
    >
      <div className="filters__field filters__field--search">
        <label htmlFor="list-q">{t('search')}</label>
        <input
          id="list-q"
          type="search"
          name="q"
          defaultValue={filters.q ?? ''}
          placeholder={searchAdmin ? t('searchAdmin') : t('searchTitle')}
          aria-describedby="list-q-hint"
          maxLength={80}
          autoComplete="off"
        />
        <span id="list-q-hint" className="muted filters__hint">
          {searchAdmin ? t('searchAdmin') : t('searchTitle')}
        </span>
      </div>
      <div className="filters__field">
        <label htmlFor="list-status">{t('status')}</label>
        <select id="list-status" name="status" defaultValue={filters.status ?? ''}>
          <option value="">{t('allStatuses')}</option>
          {bookingStatuses.map((status) => (
            <option key={status} value={status}>
              {labelFor('status', status, locale)}
            </option>
          ))}
        </select>
      </div>
      {showSort && (
        <div className="filters__field">
          <label htmlFor="list-sort">{t('sort')}</label>
          <select id="list-sort" name="sort" defaultValue={filters.sort}>
            {bookingListSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(sortLabel[sort])}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('apply')}
        </button>
        {isFiltered(filters) && <Link href={path}>{t('clear')}</Link>}
      </div>
    </form>
  )
}
