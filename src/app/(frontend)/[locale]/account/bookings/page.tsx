import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { BookingTable } from '@/components/booking/BookingTable'
import { InvoiceTable } from '@/components/booking/InvoiceTable'
import type { Locale } from '@/i18n/locales'
import { Link, redirect } from '@/i18n/navigation'
import { listBookings, listInvoices } from '@/lib/bookingViews'
import { unseenBookingIds } from '@/collections/BookingReads/unseenActivity'
import config from '@payload-config'
import { getPayload } from 'payload'
import { getCurrentUser } from '@/lib/currentUser'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'bookings' })
  return { title: t('listMetaTitle'), robots: { index: false } }
}

// Next.js requires a default export for pages.
export default async function MyBookingsPage({ params }: Props) {
  const locale = (await params).locale as Locale
  const user = await getCurrentUser()
  if (!user) return redirect({ href: `/login?next=/${locale}/account/bookings`, locale })
  if (user.role === 'voiceover') return redirect({ href: '/dashboard', locale })
  const t = await getTranslations('bookings')
  const [bookings, invoices, unseen] = await Promise.all([
    listBookings(user),
    listInvoices(user),
    unseenBookingIds({ payload: await getPayload({ config }), user }),
  ])
  return (
    <div className="container">
      <div className="page-head">
        <h1>{user.role === 'admin' ? t('allBookings') : t('myBookings')}</h1>
        {user.role === 'customer' && <Link href="/account/billing">{t('billingLink')}</Link>}
      </div>
      {bookings.length === 0 ? (
        <div className="empty-state">
          <p>{t('noBookings')}</p>
          <Link href="/" className="button">
            {t('findVoice')}
          </Link>
        </div>
      ) : (
        <BookingTable bookings={bookings} unseen={[...unseen]} />
      )}
      {invoices.length > 0 && (
        <section aria-labelledby="invoices-title" className="account-section">
          <h2 id="invoices-title">{t('invoicesTitle')}</h2>
          <InvoiceTable invoices={invoices} />
        </section>
      )}
    </div>
  )
}
