import type { PayloadRequest } from 'payload'

import type { BookingStatus, TransitionActor } from '@/domain/bookingStatus'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import { ISSUE_CREDIT_NOTE_TASK, ISSUE_INVOICE_TASK } from '@/jobs/tasks/issueInvoice'
import type { NotificationExtra } from '@/notifications/queueNotifications'
import {
  queueAutoApprovalTimers,
  queueDeadlineTimers,
  queueNotifications,
} from '@/notifications/queueNotifications'
import type { Booking } from '@/payload-types'

/**
 * Queues what follows a status change — the invoice or credit note, the emails, the deadline and
 * auto-approval timers — inside `req`'s transaction, so none of it exists if the change rolls back.
 * Input: the booking as it is after the change, where it came from, who made it, and the
 * customer's revision notes and the deadline before the change when a revision was requested. Jobs are keyed by the status and its
 * timestamp, so a retried job sends each email once.
 */
export const queueTransitionEffects = async ({
  req,
  booking,
  from,
  to,
  actor,
  revisionNotes = null,
  previousDeadline = null,
}: {
  req: PayloadRequest
  booking: Booking
  from: BookingStatus
  to: BookingStatus
  actor: TransitionActor
  revisionNotes?: string | null
  /** The deadline before the change (a revision moves it; both parties are told old and new). */
  previousDeadline?: string | null
}): Promise<void> => {
  const system = actor === 'system'
  // The customer's completion email is queued by the invoice task, so it can link the invoice.
  if (to === 'completed') {
    await req.payload.jobs.queue({
      task: ISSUE_INVOICE_TASK,
      input: { booking: booking.id, autoApproved: system },
      req,
    })
  }
  if (from === 'completed' && to === 'cancelled') {
    await req.payload.jobs.queue({
      task: ISSUE_CREDIT_NOTE_TASK,
      input: { booking: booking.id },
      req,
    })
  }

  const eventKey = `status:${to}:${booking.statusChangedAt ?? ''}`
  const notify = (
    event: Parameters<typeof queueNotifications>[0]['event'],
    extra?: NotificationExtra,
  ) => queueNotifications({ req, booking, event, eventKey, extra })
  switch (to) {
    case 'script_received':
      await notify('script_received')
      await queueDeadlineTimers({ req, booking })
      break
    case 'in_production':
      if (from === 'review') {
        await notify('revision_requested', {
          version: booking.deliveryCount ?? null,
          notes: revisionNotes,
          previousDeadline,
          deadline: booking.deadline ?? null,
        })
        // The revision's deadline gets its own reminders; the old ones see a moved deadline and lapse.
        await queueDeadlineTimers({ req, booking })
      } else {
        await notify('production_started')
      }
      break
    case 'review': {
      await notify('delivery_ready', { version: booking.deliveryCount ?? null })
      const { autoApproveDays } = await getPricingSettings(req)
      await queueAutoApprovalTimers({ req, booking, days: autoApproveDays })
      break
    }
    case 'completed':
      await queueNotifications({
        req,
        booking,
        event: 'completed',
        eventKey,
        extra: { autoApproved: system },
        only: ['completed_artist'],
      })
      break
    case 'cancelled':
      await notify('cancelled', {
        cancelledBy: system ? 'system' : actor === 'customer' ? 'customer' : 'admin',
      })
      break
    case 'pending_script':
      break
  }
}
