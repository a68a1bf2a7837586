import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { getPayload } from 'payload'

import config from '@payload-config'
import { BookingListFilterForm } from '@/components/booking/BookingListFilterForm'
import { BookingTable } from '@/components/booking/BookingTable'
import { InvoiceTable } from '@/components/booking/InvoiceTable'
import { ListPagination } from '@/components/booking/ListPagination'
import type { Locale } from '@/i18n/locales'
import { Link, redirect } from '@/i18n/navigation'
import { bookingListHref, isFiltered, parseBookingListFilters } from '@/lib/bookingListFilters'
import { findBookingList, findInvoiceList } from '@/lib/bookingLists'
import { unseenBookingIds } from '@/collections/BookingReads/unseenActivity'
import { getCurrentUser } from '@/lib/currentUser'
import type { SearchParams } from '@/lib/searchParams'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

const PATH = '/account/bookings'

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'bookings' })
  return { title: t('listMetaTitle'), robots: { index: false } }
}

/**
 * A customer's bookings (an admin's: all bookings), paged, filtered by status, searched (admins also
 * by customer) and sorted — all in the URL — and their invoices below, paged on their own.
 */
// Next.js requires a default export for pages.
export default async function MyBookingsPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale
  const user = await getCurrentUser()
  if (!user) return redirect({ href: `/login?next=/${locale}${PATH}`, locale })
  if (user.role === 'voiceover') return redirect({ href: '/dashboard', locale })
  const filters = parseBookingListFilters(await searchParams)
  const payload = await getPayload({ config })
  const [t, tl, bookings, invoices, unseen] = await Promise.all([
    getTranslations('bookings'),
    getTranslations('lists'),
    findBookingList({ payload, user, filters }),
    findInvoiceList({ payload, user, page: filters.invoicePage }),
    unseenBookingIds({ payload, user }),
  ])
  const isAdmin = user.role === 'admin'
  const filtered = isFiltered(filters)
  return (
    <div className="container">
      <div className="page-head">
        <h1>{isAdmin ? t('allBookings') : t('myBookings')}</h1>
        {user.role === 'customer' && <Link href="/account/billing">{t('billingLink')}</Link>}
        {user.role === 'customer' && (
          <Link href="/account/licences">
            {(await getTranslations('licences'))('bookingsLink')}
          </Link>
        )}
      </div>
      {(bookings.totalDocs > 0 || filtered) && (
        <BookingListFilterForm path={PATH} filters={filters} searchAdmin={isAdmin} showSort />
      )}
      {bookings.totalDocs === 0 ? (
        <div className="empty-state" data-testid="bookings-empty">
          {filtered ? (
            <>
              <p>{tl('empty.filtered')}</p>
              <p className="muted">{tl('empty.filteredHint')}</p>
              <Link href={PATH} className="button">
                {tl('filters.clear')}
              </Link>
            </>
          ) : isAdmin ? (
            <p>{tl('empty.admin')}</p>
          ) : (
            <>
              <p>{t('noBookings')}</p>
              <Link href="/" className="button">
                {t('findVoice')}
              </Link>
            </>
          )}
        </div>
      ) : (
        <>
          <p className="list-count" data-testid="bookings-count" aria-live="polite">
            {tl('count', { first: bookings.first, last: bookings.last, total: bookings.totalDocs })}
          </p>
          <BookingTable
            bookings={bookings.rows}
            view={isAdmin ? 'admin' : 'customer'}
            unseen={[...unseen]}
          />
          <ListPagination
            page={bookings.page}
            totalPages={bookings.totalPages}
            hrefFor={(page) => bookingListHref(PATH, { ...filters, page })}
          />
        </>
      )}
      {invoices.totalDocs > 0 && (
        <section aria-labelledby="invoices-title" className="account-section">
          <h2 id="invoices-title">{t('invoicesTitle')}</h2>
          <p className="list-count" data-testid="invoices-count">
            {tl('invoiceCount', {
              first: invoices.first,
              last: invoices.last,
              total: invoices.totalDocs,
            })}
          </p>
          <InvoiceTable invoices={invoices.rows} />
          <ListPagination
            page={invoices.page}
            totalPages={invoices.totalPages}
            hrefFor={(invoicePage) => bookingListHref(PATH, { ...filters, invoicePage })}
          />
        </section>
      )}
    </div>
  )
}
