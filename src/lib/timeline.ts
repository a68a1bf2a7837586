import type { AuditAction } from '@/audit/actions'
import type { BookingStatus } from '@/domain/bookingStatus'
import { statusLabels } from '@/domain/bookingStatus'

type Event = {
  action: AuditAction
  actorType?: 'user' | 'system' | null
  fromStatus?: BookingStatus | null
  toStatus?: BookingStatus | null
  details?: unknown
}

const detail = (event: Event, key: string): unknown =>
  typeof event.details === 'object' && event.details !== null
    ? (event.details as Record<string, unknown>)[key]
    : undefined

/** One line of the booking's history, in words a customer or artist reads. */
export const describeEvent = (event: Event): string => {
  const by = event.actorType === 'system' ? ' (automatically)' : ''
  switch (event.action) {
    case 'booking.created':
      return 'Booking made'
    case 'booking.status_changed':
      return `${event.fromStatus ? statusLabels[event.fromStatus] : '?'} → ${
        event.toStatus ? statusLabels[event.toStatus] : '?'
      }${by}`
    case 'booking.updated':
      return 'Booking details updated'
    case 'script.uploaded':
      return 'Script uploaded'
    case 'script.downloaded':
      return 'Script opened'
    case 'deliverable.uploaded': {
      const version = detail(event, 'version')
      return typeof version === 'number' ? `Version ${version} delivered` : 'Recording delivered'
    }
    case 'deliverable.downloaded':
      return 'Recording downloaded'
    case 'deliverable.decided': {
      const decision = detail(event, 'decision')
      return decision === 'approved' ? `Recording approved${by}` : 'Revision requested'
    }
    case 'invoice.issued':
      return 'Invoice issued'
    case 'invoice.downloaded':
      return 'Invoice downloaded'
    case 'credit_note.issued':
      return 'Credit note issued'
    case 'account.erased':
      return detail(event, 'as') === 'artist'
        ? 'The artist deleted their account'
        : 'The customer deleted their account'
    case 'account.email_changed':
      // An account event: no booking's timeline shows it.
      return 'Email address changed'
    case 'files.purged':
      return 'Script and recordings deleted under the retention policy'
  }
}
