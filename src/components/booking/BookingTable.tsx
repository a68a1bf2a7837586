import { useLocale, useTranslations } from 'next-intl'

import { formatDateTime } from '@/domain/dateFormat'
import { formatEuro } from '@/domain/money'
import { Link } from '@/i18n/navigation'
import type { BookingListItem } from '@/lib/bookingViews'
import { labelFor } from '@/lib/labels'

import { StatusBadge } from './StatusBadge'

/** A list of bookings as a table that collapses to cards on a phone, in the page's language. */
export const BookingTable = ({
  bookings,
  showPrice = true,
  unseen = [],
}: {
  bookings: BookingListItem[]
  showPrice?: boolean
  /** Ids of bookings with changes the person hasn't seen (`unseenBookingIds`): marked with a dot. */
  unseen?: number[]
}) => {
  const t = useTranslations('bookings.table')
  const tLive = useTranslations('live.row')
  const locale = useLocale()
  return (
    <table className="booking-table">
      <thead>
        <tr>
          <th scope="col">{t('project')}</th>
          <th scope="col">{t('artist')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('deadline')}</th>
          {showPrice && <th scope="col">{t('price')}</th>}
        </tr>
      </thead>
      <tbody>
        {bookings.map((b) => (
          <tr key={b.id}>
            <td data-label={t('project')}>
              {unseen.includes(b.id) && (
                <span data-testid={`unseen-${b.id}`}>
                  <span className="unseen-dot" aria-hidden="true" />
                  <span className="visually-hidden">{tLive('unseen')}: </span>
                </span>
              )}
              <Link href={`/account/bookings/${b.id}`}>{b.projectTitle}</Link>
              <span className="muted booking-table__type">
                {labelFor('projectType', b.projectType, locale)}
                {b.rushOrder ? ` · ${t('rush')}` : ''}
              </span>
            </td>
            <td data-label={t('artist')}>{b.voiceoverName ?? t('artist')}</td>
            <td data-label={t('status')}>
              <StatusBadge status={b.status} />
            </td>
            <td data-label={t('deadline')}>
              {b.deadline ? formatDateTime(b.deadline, { month: 'short', locale }) : '—'}
            </td>
            {showPrice && (
              <td data-label={t('price')}>
                {typeof b.quotedPrice === 'number' ? formatEuro(b.quotedPrice, locale) : '—'}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
