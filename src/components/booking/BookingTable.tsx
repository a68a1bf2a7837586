import { Link } from '@/i18n/navigation'

import { formatDateTime } from '@/domain/dateFormat'
import { projectTypeLabel } from '@/lib/bookingLabels'
import type { BookingListItem } from '@/lib/bookingViews'
import { formatEuroCents } from '@/lib/money'

import { StatusBadge } from './StatusBadge'

/** A list of bookings as a table that collapses to cards on a phone. */
export const BookingTable = ({
  bookings,
  showPrice = true,
}: {
  bookings: BookingListItem[]
  showPrice?: boolean
}) => (
  <table className="booking-table">
    <thead>
      <tr>
        <th scope="col">Project</th>
        <th scope="col">Voice artist</th>
        <th scope="col">Status</th>
        <th scope="col">Deadline</th>
        {showPrice && <th scope="col">Price</th>}
      </tr>
    </thead>
    <tbody>
      {bookings.map((b) => (
        <tr key={b.id}>
          <td data-label="Project">
            <Link href={`/account/bookings/${b.id}`}>{b.projectTitle}</Link>
            <span className="muted booking-table__type">
              {projectTypeLabel(b.projectType)}
              {b.rushOrder ? ' · rush' : ''}
            </span>
          </td>
          <td data-label="Voice artist">{b.voiceoverName}</td>
          <td data-label="Status">
            <StatusBadge status={b.status} />
          </td>
          <td data-label="Deadline">
            {b.deadline ? formatDateTime(b.deadline, { month: 'short' }) : '—'}
          </td>
          {showPrice && (
            <td data-label="Price">
              {typeof b.quotedPrice === 'number' ? formatEuroCents(b.quotedPrice) : '—'}
            </td>
          )}
        </tr>
      ))}
    </tbody>
  </table>
)
