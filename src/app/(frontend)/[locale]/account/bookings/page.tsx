import type { Metadata } from 'next'
import { Link } from '@/i18n/navigation'
import { redirect } from 'next/navigation'

import { BookingTable } from '@/components/booking/BookingTable'
import { InvoiceTable } from '@/components/booking/InvoiceTable'
import { listBookings, listInvoices } from '@/lib/bookingViews'
import { getCurrentUser } from '@/lib/currentUser'

export const metadata: Metadata = { title: 'My bookings', robots: { index: false } }

// Next.js requires a default export for pages.
export default async function MyBookingsPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/login?next=/account/bookings')
  if (user.role === 'voiceover') redirect('/dashboard')
  const [bookings, invoices] = await Promise.all([listBookings(user), listInvoices(user)])
  return (
    <div className="container">
      <div className="page-head">
        <h1>{user.role === 'admin' ? 'All bookings' : 'My bookings'}</h1>
        {user.role === 'customer' && <Link href="/account/billing">Billing & email settings</Link>}
      </div>
      {bookings.length === 0 ? (
        <div className="empty-state">
          <p>You haven’t booked a voice yet.</p>
          <Link href="/" className="button">
            Find a voice
          </Link>
        </div>
      ) : (
        <BookingTable bookings={bookings} />
      )}
      {invoices.length > 0 && (
        <section aria-labelledby="invoices-title" className="account-section">
          <h2 id="invoices-title">Invoices</h2>
          <InvoiceTable invoices={invoices} />
        </section>
      )}
    </div>
  )
}
