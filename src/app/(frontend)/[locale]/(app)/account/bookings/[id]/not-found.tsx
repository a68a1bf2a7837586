import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

// Next.js requires a default export for not-found files.
export default async function BookingNotFound() {
  const t = await getTranslations('notFound')
  return (
    <div className="container narrow not-found">
      <h1>{t('bookingTitle')}</h1>
      <p>{t('bookingText')}</p>
      <Link href="/account/bookings" className="button">
        {t('yourBookings')}
      </Link>
    </div>
  )
}
