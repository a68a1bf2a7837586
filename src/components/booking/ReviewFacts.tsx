import { getTranslations } from 'next-intl/server'

import { LocalTime } from '@/components/booking/LocalTime'
import { formatDateTime } from '@/domain/dateFormat'
import type { TransitionActor } from '@/domain/bookingStatus'
import { formatEuro } from '@/domain/money'
import type { Locale } from '@/i18n/locales'
import type { ReviewView } from '@/lib/reviewView'
import type { Booking } from '@/payload-types'

/**
 * Revisions and approval at the head of the versions list, while the booking is in production or in
 * review: the free revision rounds left, the fee per round after them and the billable rounds so far
 * (customer and admin; artists never see prices), how far a revision moves the deadline, and while in
 * review the moment the delivery is approved automatically, with its zone. A server component.
 */
export const ReviewFacts = async ({
  review,
  role,
  status,
  version,
  locale,
}: {
  review: ReviewView
  role: TransitionActor
  status: Booking['status']
  version: number
  locale: Locale
}) => {
  if (status !== 'review' && status !== 'in_production') return null
  const t = await getTranslations('review.panel')
  const seesMoney = role !== 'artist'
  const billableTotal = review.billableFeesCents.reduce((sum, fee) => sum + fee, 0)
  return (
    <div className="review-facts" data-testid="review-facts">
      <h3>{t('title')}</h3>
      <p data-testid="rounds-left">
        {t('roundsLeft', { left: review.roundsLeft, free: review.freeRounds })}
        {seesMoney && (
          <>
            {' '}
            {t('feeAfter', {
              free: review.freeRounds,
              fee: formatEuro(review.revisionFeeCents, locale),
            })}
          </>
        )}
      </p>
      {seesMoney && review.billableFeesCents.length > 0 && (
        <p data-testid="billable-rounds">
          {t('billableSoFar', {
            count: review.billableFeesCents.length,
            amount: formatEuro(billableTotal, locale),
          })}
        </p>
      )}
      {status === 'review' && (
        <p className="muted">{t('turnaround', { days: review.turnaroundDays })}</p>
      )}
      {review.autoApprovalAt && (
        <p data-testid="auto-approval">
          {t(role === 'customer' ? 'autoApprovalCustomer' : 'autoApprovalOther', {
            version,
            date: formatDateTime(review.autoApprovalAt, { locale }),
          })}
          <LocalTime value={review.autoApprovalAt} />
        </p>
      )}
    </div>
  )
}
