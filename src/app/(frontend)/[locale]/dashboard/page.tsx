import type { Metadata } from 'next'
import { Link } from '@/i18n/navigation'
import { redirect } from 'next/navigation'

import { BookingTable } from '@/components/booking/BookingTable'
import type { BookingStatus } from '@/domain/bookingStatus'
import { listBookings } from '@/lib/bookingViews'
import { getCurrentUser } from '@/lib/currentUser'

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } }

const groups: { title: string; statuses: BookingStatus[]; empty: string }[] = [
  {
    title: 'To do',
    statuses: ['script_received', 'in_production'],
    empty: 'Nothing to record right now.',
  },
  {
    title: 'Waiting for the customer',
    statuses: ['pending_script', 'review'],
    empty: 'Nothing waiting.',
  },
  { title: 'Finished', statuses: ['completed', 'cancelled'], empty: 'No finished bookings yet.' },
]

/** The artist's work: new scripts and recordings first, then what waits on the customer. */
// Next.js requires a default export for pages.
export default async function DashboardPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/login?next=/dashboard')
  if (user.role !== 'voiceover') redirect('/account/bookings')
  const bookings = await listBookings(user, 200)
  return (
    <div className="container">
      <div className="page-head">
        <h1>Your bookings</h1>
        <Link href="/account/billing">Email settings</Link>
      </div>
      {groups.map((group) => {
        const items = bookings.filter((b) => group.statuses.includes(b.status))
        return (
          <section
            key={group.title}
            aria-labelledby={`group-${group.statuses[0]}`}
            className="panel"
          >
            <h2 id={`group-${group.statuses[0]}`}>
              {group.title} <span className="muted">({items.length})</span>
            </h2>
            {items.length === 0 ? (
              <p className="muted">{group.empty}</p>
            ) : (
              <BookingTable bookings={items} showPrice={false} />
            )}
          </section>
        )
      })}
    </div>
  )
}
