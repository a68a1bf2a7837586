import type { BookingStatus } from '@/domain/bookingStatus'
import { isBookingStatus } from '@/domain/bookingStatus'

import type { SearchParams } from './searchParams'

/**
 * The booking lists' filters as they live in the URL (`?status=review&q=spot&sort=oldest&page=2`),
 * for `/account/bookings` and the artist's `/dashboard`. Unknown values are dropped, so a hand-made
 * URL can never make a query fail.
 */
export type BookingListFilters = {
  status?: BookingStatus
  /** Search text: the project title (and, for admins, the customer's name, email or company). */
  q?: string
  /** Customers and admins: newest first by default. The dashboard always sorts by deadline. */
  sort: BookingListSort
  page: number
  /** The invoice list's own page on `/account/bookings` (`?ipage=2`). */
  invoicePage: number
}

export const bookingListSorts = ['newest', 'oldest', 'deadline'] as const
export type BookingListSort = (typeof bookingListSorts)[number]

/** Rows per page on every booking and invoice list. */
export const BOOKING_LIST_PAGE_SIZE = 20

/** Longer queries are cut: they only make the LIKE scan slower. */
const MAX_QUERY_LENGTH = 80
/** Deep pages are refused rather than queried: nobody pages that far. */
const MAX_PAGE = 10_000

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

const parsePage = (value: string | string[] | undefined): number => {
  const v = first(value)
  if (!v || !/^\d{1,5}$/.test(v)) return 1
  const n = Number(v)
  return n >= 1 && n <= MAX_PAGE ? n : 1
}

const parseQuery = (value: string | string[] | undefined): string | undefined => {
  const v = first(value)?.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  return v ? v : undefined
}

/**
 * Reads the filters from a page's `searchParams`. Input: Next.js's search params and the sort to use
 * when none (or an unknown one) is given. Output: the filters, page numbers ≥ 1 (out-of-range pages
 * are clamped later, when the total is known).
 */
export const parseBookingListFilters = (
  params: SearchParams,
  defaultSort: BookingListSort = 'newest',
): BookingListFilters => {
  const status = first(params.status)
  const sort = first(params.sort)
  return {
    status: isBookingStatus(status) ? status : undefined,
    q: parseQuery(params.q),
    sort: (bookingListSorts as readonly string[]).includes(sort ?? '')
      ? (sort as BookingListSort)
      : defaultSort,
    page: parsePage(params.page),
    invoicePage: parsePage(params.ipage),
  }
}

/** True when the list is narrowed by a status or a search (the empty state then says so). */
export const isFiltered = (filters: BookingListFilters): boolean =>
  Boolean(filters.status || filters.q)

/**
 * The list's URL for `filters` under `path` (e.g. `/account/bookings`): empty values, page 1 and
 * the default sort left out, so the plain URL is the default view.
 */
export const bookingListHref = (
  path: string,
  filters: Partial<BookingListFilters>,
  defaultSort: BookingListSort = 'newest',
): string => {
  const params = new URLSearchParams()
  if (filters.status) params.set('status', filters.status)
  if (filters.q) params.set('q', filters.q)
  if (filters.sort && filters.sort !== defaultSort) params.set('sort', filters.sort)
  if (filters.page && filters.page > 1) params.set('page', String(filters.page))
  if (filters.invoicePage && filters.invoicePage > 1) {
    params.set('ipage', String(filters.invoicePage))
  }
  const query = params.toString()
  return query ? `${path}?${query}` : path
}
