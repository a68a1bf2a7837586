import { useLocale, useTranslations } from 'next-intl'

import { formatDateTime } from '@/domain/dateFormat'
import { formatEuro } from '@/domain/money'
import type { Locale } from '@/i18n/locales'
import { intlTag } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { BookingListRow } from '@/lib/bookingLists'
import { labelFor } from '@/lib/labels'

import { StatusBadge } from './StatusBadge'

/**
 * Who reads the list, which decides its columns: a customer (their bookings, with the price), an admin
 * (all bookings, with the customer) or an artist (their dashboard: customer, project type, words and
 * their fee — never the customer's price — with overdue and revision-requested bookings flagged).
 */
export type BookingTableView = 'customer' | 'admin' | 'artist'

/**
 * A list of bookings as a table that collapses to cards on a phone, in the page's language. All rows
 * are rendered here, in one place, so a marker on a row is added once for every list.
 */
export const BookingTable = ({
  bookings,
  view,
  unseen = [],
}: {
  bookings: BookingListRow[]
  view: BookingTableView
  /** Ids of bookings with changes the person hasn't seen (`unseenBookingIds`): marked with a dot. */
  unseen?: number[]
}) => {
  const t = useTranslations('bookings.table')
  const tl = useTranslations('lists.table')
  const tLive = useTranslations('live.row')
  const locale = useLocale() as Locale
  const isArtist = view === 'artist'
  return (
    <table className="booking-table">
      <thead>
        <tr>
          <th scope="col">{t('project')}</th>
          {view !== 'customer' && <th scope="col">{tl('customer')}</th>}
          {isArtist ? (
            <>
              <th scope="col">{tl('projectType')}</th>
              <th scope="col">{tl('words')}</th>
            </>
          ) : (
            <th scope="col">{t('artist')}</th>
          )}
          <th scope="col">{t('deadline')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{isArtist ? tl('fee') : tl('price')}</th>
        </tr>
      </thead>
      <tbody>
        {bookings.map((b) => {
          const money = isArtist ? b.artistFeeCents : b.priceCents
          return (
            <tr
              key={b.id}
              data-booking={b.id}
              data-flags={b.flags.join(' ') || undefined}
              className={b.flags.map((f) => `booking-table__row--${f}`).join(' ') || undefined}
            >
              <td data-label={t('project')}>
                {unseen.includes(b.id) && (
                  <span data-testid={`unseen-${b.id}`}>
                    <span className="unseen-dot" aria-hidden="true" />
                    <span className="visually-hidden">{tLive('unseen')}: </span>
                  </span>
                )}
                <Link href={`/account/bookings/${b.id}`}>{b.projectTitle}</Link>
                {b.reference && (
                  <span className="muted booking-table__reference"> {b.reference}</span>
                )}
                {b.flags.length > 0 && (
                  <span className="booking-flags">
                    {b.flags.map((flag) => (
                      <span key={flag} className={`booking-flag booking-flag--${flag}`}>
                        <span aria-hidden="true">{flag === 'overdue' ? '⚠ ' : '↺ '}</span>
                        {tl(flag)}
                      </span>
                    ))}
                  </span>
                )}
                {!isArtist && (
                  <span className="muted booking-table__type">
                    {labelFor('projectType', b.projectType, locale)}
                    {b.rushOrder ? ` · ${t('rush')}` : ''}
                  </span>
                )}
              </td>
              {view !== 'customer' && <td data-label={tl('customer')}>{b.customerName ?? '—'}</td>}
              {isArtist ? (
                <>
                  <td data-label={tl('projectType')}>
                    {labelFor('projectType', b.projectType, locale)}
                    {b.rushOrder ? ` · ${t('rush')}` : ''}
                  </td>
                  <td data-label={tl('words')}>
                    {typeof b.wordCount === 'number'
                      ? b.wordCount.toLocaleString(intlTag[locale])
                      : '—'}
                  </td>
                </>
              ) : (
                <td data-label={t('artist')}>{b.voiceoverName ?? t('artist')}</td>
              )}
              <td data-label={t('deadline')}>
                {b.deadline ? (
                  <time dateTime={b.deadline}>
                    {formatDateTime(b.deadline, { month: 'short', locale })}
                  </time>
                ) : (
                  <span className="muted">{tl('noDeadline')}</span>
                )}
              </td>
              <td data-label={t('status')}>
                <StatusBadge status={b.status} />
              </td>
              <td data-label={isArtist ? tl('fee') : tl('price')} data-testid="booking-money">
                {typeof money === 'number' ? formatEuro(money, locale) : '—'}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
