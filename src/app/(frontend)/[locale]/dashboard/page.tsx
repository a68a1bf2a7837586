import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { BookingTable } from '@/components/booking/BookingTable'
import type { BookingStatus } from '@/domain/bookingStatus'
import type { Locale } from '@/i18n/locales'
import { Link, redirect } from '@/i18n/navigation'
import { listBookings } from '@/lib/bookingViews'
import { unseenBookingIds } from '@/collections/BookingReads/unseenActivity'
import config from '@payload-config'
import { getPayload } from 'payload'
import { getCurrentUser } from '@/lib/currentUser'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'dashboard' })
  return { title: t('metaTitle'), robots: { index: false } }
}

const groups = [
  { title: 'todo', empty: 'todoEmpty', statuses: ['script_received', 'in_production'] },
  { title: 'waiting', empty: 'waitingEmpty', statuses: ['pending_script', 'review'] },
  { title: 'finished', empty: 'finishedEmpty', statuses: ['completed', 'cancelled'] },
] as const satisfies readonly { title: string; empty: string; statuses: BookingStatus[] }[]

/** The artist's work: new scripts and recordings first, then what waits on the customer. */
// Next.js requires a default export for pages.
export default async function DashboardPage({ params }: Props) {
  const locale = (await params).locale as Locale
  const user = await getCurrentUser()
  if (!user) return redirect({ href: `/login?next=/${locale}/dashboard`, locale })
  if (user.role !== 'voiceover') return redirect({ href: '/account/bookings', locale })
  const t = await getTranslations('dashboard')
  const [bookings, unseen] = await Promise.all([
    listBookings(user, 200),
    unseenBookingIds({ payload: await getPayload({ config }), user }),
  ])
  return (
    <div className="container">
      <div className="page-head">
        <h1>{t('title')}</h1>
        <Link href="/account/billing">{t('emailSettings')}</Link>
      </div>
      {groups.map((group) => {
        const items = bookings.filter((b) =>
          (group.statuses as readonly BookingStatus[]).includes(b.status),
        )
        return (
          <section
            key={group.title}
            aria-labelledby={`group-${group.statuses[0]}`}
            className="panel"
          >
            <h2 id={`group-${group.statuses[0]}`}>
              {t(group.title)} <span className="muted">({items.length})</span>
            </h2>
            {items.length === 0 ? (
              <p className="muted">{t(group.empty)}</p>
            ) : (
              <BookingTable bookings={items} showPrice={false} unseen={[...unseen]} />
            )}
          </section>
        )
      })}
    </div>
  )
}
