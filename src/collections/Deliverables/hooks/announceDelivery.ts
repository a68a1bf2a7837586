import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { relationId } from '@/collections/Bookings/actorFor'
import { transitionBooking } from '@/collections/Bookings/transitionBooking'
import { queueNotifications } from '@/notifications/queueNotifications'
import { slugs } from '@/slugs'

/**
 * A new delivery moves the booking to review (a system transition, which emails the customer) and is
 * audited, in one transaction. A version delivered while the booking is already in review — the
 * artist improving a take before the customer decided — emails the customer itself (keyed by the
 * delivery, so a retried job sends it once); before, the customer never heard of it.
 */
export const announceDelivery: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const bookingId = relationId(doc.booking) as number
  // System read inside the transaction: the booking's current status decides whether to move it.
  const booking = await req.payload.findByID({
    collection: slugs.bookings,
    id: bookingId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const current =
    booking.status === 'in_production'
      ? await transitionBooking({ req, id: bookingId, to: 'review', actor: 'system' })
      : booking
  if (booking.status === 'review') {
    await queueNotifications({
      req,
      booking: current,
      event: 'delivery_ready',
      eventKey: `delivery:${doc.id}`,
      extra: { version: doc.version ?? null },
    })
  }
  await recordAudit({
    req,
    action: 'deliverable.uploaded',
    booking: current,
    details: {
      deliverable: doc.id,
      version: doc.version,
      filename: doc.filename,
      size: doc.filesize,
    },
  })
  return doc
}
