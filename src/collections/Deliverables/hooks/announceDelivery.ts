import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { relationId } from '@/collections/Bookings/actorFor'
import { transitionBookingAsSystem } from '@/collections/Bookings/transitionBookingAsSystem'
import { slugs } from '@/slugs'

/** A new delivery moves the booking to review (a system transition) and is audited, in one transaction. */
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
      ? await transitionBookingAsSystem({ req, id: bookingId, to: 'review' })
      : booking
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
