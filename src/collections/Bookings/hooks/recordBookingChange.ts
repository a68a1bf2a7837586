import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { queueDeadlineTimers, queueNotifications } from '@/notifications/queueNotifications'
import type { Booking } from '@/payload-types'

/**
 * What follows a booking's creation or an admin's edit, in the same transaction as the write: the
 * audit event (with the terms of service the customer accepted) and emails of a new booking, fresh deadline reminders when an admin moves the
 * deadline. Status changes don't pass through here: `transitionBooking` audits and queues them.
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
        // Which terms of service the customer accepted, and when (null when nobody did: an admin's
        // booking on a customer's behalf).
        termsAcceptance: doc.termsAcceptance?.acceptedAt
          ? {
              version: doc.termsAcceptance.version ?? null,
              language: doc.termsAcceptance.language ?? null,
              acceptedAt: doc.termsAcceptance.acceptedAt,
            }
          : null,
      },
    })
    // A licence renewal completes at once: its emails are the completion's (with the invoice).
    if (doc.kind !== 'renewal') {
      await queueNotifications({ req, booking: doc, event: 'booking_created', eventKey: 'created' })
    }
    return doc
  }
  // An admin moved the deadline: a fresh set of reminders (the old ones see the change and stand down).
  const moved =
    previousDoc?.deadline !== doc.deadline &&
    (doc.status === 'script_received' || doc.status === 'in_production')
  if (moved) await queueDeadlineTimers({ req, booking: doc })
  return doc
}
