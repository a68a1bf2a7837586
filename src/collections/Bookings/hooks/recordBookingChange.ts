import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import { ISSUE_CREDIT_NOTE_TASK, ISSUE_INVOICE_TASK } from '@/jobs/tasks/issueInvoice'
import type { NotificationExtra } from '@/notifications/queueNotifications'
import {
  queueAutoApprovalTimers,
  queueDeadlineTimers,
  queueNotifications,
} from '@/notifications/queueNotifications'
import type { Booking } from '@/payload-types'

import type { TransitionRecord } from './applyStatusChange'
import { transitionKey } from './applyStatusChange'

/** Where the deliverable's decision leaves the customer's revision notes for the artist's email. */
export const revisionNotesKey = (bookingId: number | string) => `revisionNotes:${bookingId}`

/**
 * Everything that follows a booking change, in the same transaction as the write: the audit event,
 * the invoice (queued), the emails (queued) and the timers (queued, waiting for their moment). If the
 * change rolls back, none of it exists.
 */
export const recordBookingChange: CollectionAfterChangeHook<Booking> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation === 'create') {
    await recordAudit({
      req,
      action: 'booking.created',
      booking: doc,
      toStatus: doc.status,
      details: {
        quotedPrice: doc.quotedPrice,
        projectType: doc.projectType,
        rushOrder: doc.rushOrder,
      },
    })
    await queueNotifications({ req, booking: doc, event: 'booking_created', eventKey: 'created' })
    return doc
  }
  const key = transitionKey(doc.id)
  const transition = req.context[key] as TransitionRecord | undefined
  if (!transition) {
    // An admin moved the deadline: a fresh set of reminders (the old ones see the change and stand down).
    const moved =
      previousDoc?.deadline !== doc.deadline &&
      (doc.status === 'script_received' || doc.status === 'in_production')
    if (moved) await queueDeadlineTimers({ req, booking: doc })
    return doc
  }
  delete req.context[key]
  await recordAudit({
    req,
    action: 'booking.status_changed',
    booking: doc,
    fromStatus: transition.from,
    toStatus: transition.to,
    system: transition.system,
    details: transition.to === 'cancelled' ? { reason: doc.cancellationReason } : undefined,
  })

  // The customer's completion email is queued by the invoice task, so it can link the invoice.
  if (transition.to === 'completed') {
    await req.payload.jobs.queue({
      task: ISSUE_INVOICE_TASK,
      input: { booking: doc.id, autoApproved: transition.system },
      req,
    })
  }
  if (transition.from === 'completed' && transition.to === 'cancelled') {
    await req.payload.jobs.queue({ task: ISSUE_CREDIT_NOTE_TASK, input: { booking: doc.id }, req })
  }

  const eventKey = `status:${transition.to}:${doc.statusChangedAt ?? ''}`
  const notify = (
    event: Parameters<typeof queueNotifications>[0]['event'],
    extra?: NotificationExtra,
  ) => queueNotifications({ req, booking: doc, event, eventKey, extra })
  switch (transition.to) {
    case 'script_received':
      await notify('script_received')
      await queueDeadlineTimers({ req, booking: doc })
      break
    case 'in_production':
      if (transition.from === 'review') {
        const notesKey = revisionNotesKey(doc.id)
        const notes = (req.context[notesKey] as string | undefined) ?? null
        delete req.context[notesKey]
        await notify('revision_requested', { version: doc.deliveryCount ?? null, notes })
      } else {
        await notify('production_started')
      }
      break
    case 'review': {
      await notify('delivery_ready', { version: doc.deliveryCount ?? null })
      const { autoApproveDays } = await getPricingSettings(req)
      await queueAutoApprovalTimers({ req, booking: doc, days: autoApproveDays })
      break
    }
    case 'completed':
      await queueNotifications({
        req,
        booking: doc,
        event: 'completed',
        eventKey,
        extra: { autoApproved: transition.system },
        only: ['completed_artist'],
      })
      break
    case 'cancelled':
      await notify('cancelled', {
        cancelledBy: transition.system
          ? 'system'
          : transition.actor === 'customer'
            ? 'customer'
            : 'admin',
      })
      break
  }
  return doc
}
