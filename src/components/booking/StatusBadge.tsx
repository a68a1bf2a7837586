import { useLocale } from 'next-intl'

import type { BookingStatus } from '@/domain/bookingStatus'
import { labelFor } from '@/lib/labels'

/** The booking's status as a coloured label in the page's language; `data-status` carries the machine value. */
export const StatusBadge = ({ status, testId }: { status: BookingStatus; testId?: string }) => {
  const locale = useLocale()
  return (
    <span className={`status status--${status}`} data-status={status} data-testid={testId}>
      {labelFor('status', status, locale)}
    </span>
  )
}
