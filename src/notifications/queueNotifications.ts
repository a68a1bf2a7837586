import type { PayloadRequest } from 'payload'

import { autoApprovalDate } from '@/domain/autoApproval'
import type { BookingStatus } from '@/domain/bookingStatus'
import type { Booking } from '@/payload-types'

import type { CancelledBy, NotificationEvent } from './events'
import { autoApprovalWarningAt, deadlineTimers, kindsFor } from './events'
import type { NotificationKind } from './templates'

export const SEND_NOTIFICATION_TASK = 'sendNotification'
export const AUTO_APPROVE_TASK = 'autoApproveBooking'

/** Facts of the event that the booking itself doesn't hold. */
export type NotificationExtra = {
  version?: number | null
  notes?: string | null
  autoApproved?: boolean
  cancelledBy?: CancelledBy | null
  hoursLeft?: number | null
  /** A revision request: the deadline before and after it (ISO instants). */
  previousDeadline?: string | null
  deadline?: string | null
  /** A licence reminder: days left (30 or 7) and the licence's end (ISO instant). */
  daysLeft?: number | null
  licenceEndsAt?: string | null
}

/** A timer's email is only sent if the booking is still as it was when the timer was set. */
export type NotificationCondition = {
  statuses: BookingStatus[]
  deadline?: string | null
  statusChangedAt?: string | null
}

export type NotificationInput = {
  kind: NotificationKind
  booking: number
  /** Names the occurrence (e.g. `status:review:<time>`); with the kind, it keys the delivery record. */
  eventKey: string
  extra?: NotificationExtra | null
  condition?: NotificationCondition | null
}

const queueEmail = (req: PayloadRequest, input: NotificationInput, waitUntil?: Date) =>
  req.payload.jobs.queue({
    task: SEND_NOTIFICATION_TASK,
    input: input as unknown as Record<string, unknown>,
    waitUntil,
    req,
  } as unknown as Parameters<PayloadRequest['payload']['jobs']['queue']>[0])

/**
 * Queues the event's emails as jobs in `req`'s transaction: if the change rolls back, no email
 * exists. Recipients, texts and languages are resolved when the job runs.
 */
export const queueNotifications = async ({
  req,
  booking,
  event,
  eventKey,
  extra,
  only,
}: {
  req: PayloadRequest
  booking: Pick<Booking, 'id'>
  event: NotificationEvent
  eventKey: string
  extra?: NotificationExtra
  /** Queue only these of the event's emails (others are queued elsewhere). */
  only?: NotificationKind[]
}): Promise<void> => {
  const kinds = kindsFor(event, { cancelledBy: extra?.cancelledBy ?? undefined })
  for (const kind of kinds.filter((k) => !only || only.includes(k))) {
    await queueEmail(req, { kind, booking: booking.id, eventKey, extra })
  }
}

/**
 * Deadline reminders (24 h and 4 h before) and the overdue escalation, as jobs that wait until their
 * moment. Each re-checks the booking when it fires: a moved deadline or a delivered booking cancels it
 * (a moved deadline queues a fresh set). Overdue is keyed by booking only, so it escalates once.
 */
export const queueDeadlineTimers = async ({
  req,
  booking,
  now = new Date(),
}: {
  req: PayloadRequest
  booking: Pick<Booking, 'id' | 'deadline'>
  now?: Date
}): Promise<void> => {
  if (!booking.deadline) return
  const deadline = new Date(booking.deadline)
  const condition: NotificationCondition = {
    statuses: ['script_received', 'in_production'],
    deadline: deadline.toISOString(),
  }
  for (const timer of deadlineTimers({ deadline, now })) {
    const eventKey = timer.hoursLeft
      ? `deadline:${deadline.toISOString()}:${timer.hoursLeft}h`
      : 'overdue'
    await queueEmail(
      req,
      {
        kind: timer.kind,
        booking: booking.id,
        eventKey,
        extra: { hoursLeft: timer.hoursLeft ?? null },
        condition,
      },
      timer.at,
    )
  }
}

/**
 * For a booking that just went to review: the customer's warning a day before the automatic approval,
 * and the approval itself — both only if the booking is still in that same review when they fire.
 */
export const queueAutoApprovalTimers = async ({
  req,
  booking,
  days,
}: {
  req: PayloadRequest
  booking: Pick<Booking, 'id' | 'statusChangedAt'>
  days: number
}): Promise<void> => {
  if (!booking.statusChangedAt) return
  const reviewSince = new Date(booking.statusChangedAt)
  const statusChangedAt = reviewSince.toISOString()
  await queueEmail(
    req,
    {
      kind: 'auto_approval_warning_customer',
      booking: booking.id,
      eventKey: `review:${statusChangedAt}`,
      condition: { statuses: ['review'], statusChangedAt },
    },
    autoApprovalWarningAt({ reviewSince, days }),
  )
  await req.payload.jobs.queue({
    task: AUTO_APPROVE_TASK,
    input: { booking: booking.id, statusChangedAt },
    waitUntil: autoApprovalDate({ reviewSince, days }),
    req,
  } as unknown as Parameters<PayloadRequest['payload']['jobs']['queue']>[0])
}
