/**
 * Which emails a workflow event produces, who receives each, and when the timers fire. Pure: the
 * hooks that queue the emails and the task that sends them ask this module.
 */
import { autoApprovalDate } from '@/domain/autoApproval'
import { HOUR_MS } from '@/domain/time'

import type { NotificationKind } from './templates'

export type NotificationEvent =
  | 'booking_created'
  | 'script_received'
  | 'script_replaced'
  | 'production_started'
  | 'delivery_ready'
  | 'revision_requested'
  | 'completed'
  | 'cancelled'
  | 'invoice_corrected'

export type RecipientRole = 'customer' | 'artist' | 'staff'
export type CancelledBy = 'customer' | 'admin' | 'system'

/** The recipient is part of the kind's name: `…_customer`, `…_artist`, `…_staff`. */
export const recipientOf = (kind: NotificationKind): RecipientRole => {
  if (kind.endsWith('_customer')) return 'customer'
  if (kind.endsWith('_artist')) return 'artist'
  return 'staff'
}

export const kindsFor = (
  event: NotificationEvent,
  { cancelledBy }: { cancelledBy?: CancelledBy } = {},
): NotificationKind[] => {
  switch (event) {
    case 'booking_created':
      return ['booking_created_customer', 'booking_created_staff']
    case 'script_received':
      return ['script_received_artist', 'script_received_customer']
    case 'script_replaced':
      return ['script_replaced_artist']
    case 'production_started':
      return ['production_started_customer']
    case 'delivery_ready':
      return ['delivery_ready_customer']
    case 'revision_requested':
      // The artist gets the notes and the new deadline; the customer a confirmation with both.
      return ['revision_requested_artist', 'revision_requested_customer']
    case 'completed':
      return ['completed_customer', 'completed_artist']
    case 'cancelled':
      // The other party and the staff; an admin's (or the system's) cancellation concerns both parties.
      return cancelledBy === 'customer'
        ? ['cancelled_artist', 'cancelled_staff']
        : ['cancelled_customer', 'cancelled_artist', 'cancelled_staff']
    case 'invoice_corrected':
      return ['invoice_corrected_customer']
  }
}

export type Timer = { kind: NotificationKind; at: Date; hoursLeft?: number }

/**
 * Reminders 24 and 4 hours before the deadline (only those still ahead), and the overdue escalation
 * at the deadline itself.
 */
export const deadlineTimers = ({ deadline, now }: { deadline: Date; now: Date }): Timer[] => {
  const reminders: Timer[] = [24, 4]
    .map((hoursLeft) => ({
      kind: 'deadline_reminder_artist' as const,
      at: new Date(deadline.getTime() - hoursLeft * HOUR_MS),
      hoursLeft,
    }))
    .filter((t) => t.at.getTime() > now.getTime())
  return [
    ...reminders,
    { kind: 'overdue_artist', at: deadline },
    { kind: 'overdue_staff', at: deadline },
  ]
}

/** The warning goes one day before the automatic approval (or at once, if the window is shorter). */
export const autoApprovalWarningAt = ({
  reviewSince,
  days,
}: {
  reviewSince: Date
  days: number
}): Date => autoApprovalDate({ reviewSince, days: Math.max(0, days - 1) })
