import type { BookingStatus } from '@/domain/bookingStatus'
import { statusLabels } from '@/domain/bookingStatus'

/** The booking's status as a coloured label; `data-status` carries the machine value. */
export const StatusBadge = ({ status, testId }: { status: BookingStatus; testId?: string }) => (
  <span className={`status status--${status}`} data-status={status} data-testid={testId}>
    {statusLabels[status]}
  </span>
)
