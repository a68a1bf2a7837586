import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { getPayload } from 'payload'

import config from '@payload-config'
import { BookingListFilterForm } from '@/components/booking/BookingListFilterForm'
import { BookingTable } from '@/components/booking/BookingTable'
import { ListPagination } from '@/components/booking/ListPagination'
import { ArtistLicences } from '@/components/licences/ArtistLicences'
import type { Locale } from '@/i18n/locales'
import { Link, redirect } from '@/i18n/navigation'
import { bookingListHref, isFiltered, parseBookingListFilters } from '@/lib/bookingListFilters'
import { findBookingList } from '@/lib/bookingLists'
import { unseenBookingIds } from '@/collections/BookingReads/unseenActivity'
import { getCurrentUser } from '@/lib/currentUser'
import type { SearchParams } from '@/lib/searchParams'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

const PATH = '/dashboard'

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'dashboard' })
  return { title: t('metaTitle'), robots: { index: false } }
}

/**
 * The artist's work, what needs doing first: by deadline (soonest first, overdue and
 * revision-requested bookings flagged), bookings without a deadline after, finished ones last.
 * Paged, filtered by status and searched by project title, all in the URL.
 */
// Next.js requires a default export for pages.
export default async function DashboardPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale
  const user = await getCurrentUser()
  if (!user) return redirect({ href: `/login?next=/${locale}${PATH}`, locale })
  if (user.role !== 'voiceover') return redirect({ href: '/account/bookings', locale })
  // The dashboard's order is fixed: by deadline ("what needs doing first").
  const filters = {
    ...parseBookingListFilters(await searchParams, 'deadline'),
    sort: 'deadline' as const,
  }
  const payload = await getPayload({ config })
  const [t, tl, bookings, unseen] = await Promise.all([
    getTranslations('dashboard'),
    getTranslations('lists'),
    findBookingList({ payload, user, filters }),
    unseenBookingIds({ payload, user }),
  ])
  const filtered = isFiltered(filters)
  return (
    <div className="container">
      <div className="page-head">
        <h1>{t('title')}</h1>
        <Link href="/account/billing">{t('emailSettings')}</Link>
      </div>
      <p className="muted">{tl('dashboardIntro')}</p>
      {(bookings.totalDocs > 0 || filtered) && (
        <BookingListFilterForm path={PATH} filters={filters} />
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
          ) : (
            <p>{tl('empty.artist')}</p>
          )}
        </div>
      ) : (
        <>
          <p className="list-count" data-testid="bookings-count">
            {tl('count', { first: bookings.first, last: bookings.last, total: bookings.totalDocs })}
          </p>
          <BookingTable bookings={bookings.rows} view="artist" unseen={[...unseen]} />
          <ListPagination
            page={bookings.page}
            totalPages={bookings.totalPages}
            hrefFor={(page) => bookingListHref(PATH, { ...filters, page }, 'deadline')}
          />
        </>
      )}
      {/* eslint-disable-next-line react-hooks/purity -- rendered per request: "now" is its time. */}
      <ArtistLicences payload={payload} user={user} now={Date.now()} />
    </div>
  )
}
