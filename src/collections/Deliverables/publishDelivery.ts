import type { PayloadRequest } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { relationId } from '@/collections/Bookings/actorFor'
import { transitionBooking } from '@/collections/Bookings/transitionBooking'
import { queueNotifications } from '@/notifications/queueNotifications'
import type { Booking, Deliverable } from '@/payload-types'
import { slugs } from '@/slugs'

export type PublishOutcome = 'published' | 'already' | 'superseded' | 'closed'

/**
 * Shows a delivery to the customer — because it passed the technical check (the `measureDelivery`
 * job) or because its artist or an admin released it with a note (`POST /api/deliverables/:id/release`)
 * — and only then tells the customer: a booking in production moves to review (`transitionBooking`
 * as the system: the customer is emailed and the auto-approval clock starts); a booking already in
 * review (the artist improved a take before the customer decided) emails the customer about the new
 * version, keyed by the delivery. Sets `qc.publishedAt` (the customer's read access asks for it).
 *
 * Idempotent: a delivery already published returns `already` and does nothing (a retried job
 * emails once). Returns `superseded` for a delivery a newer version has replaced and `closed` when
 * the booking is neither in production nor in review (cancelled, completed): those stay hidden.
 * Runs in the caller's transaction; `release` is recorded with the delivery and audited.
 */
export const publishDelivery = async ({
  req,
  deliverableId,
  release,
}: {
  req: PayloadRequest
  deliverableId: number
  /** Who released a delivery that did not pass, and the note the customer reads. */
  release?: { by: number; note: string }
}): Promise<PublishOutcome> => {
  // System reads and writes in the caller's transaction: publishing is the server's decision.
  const doc = await req.payload.findByID({
    collection: slugs.deliverables,
    id: deliverableId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (doc.qc?.publishedAt) return 'already'
  const bookingId = relationId(doc.booking) as number
  // System read: publishing acts for the agency once the check passed or the artist released it.
  const booking: Booking = await req.payload.findByID({
    collection: slugs.bookings,
    id: bookingId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (doc.version !== booking.deliveryCount) return 'superseded'
  if (booking.status !== 'in_production' && booking.status !== 'review') return 'closed'
  const now = new Date().toISOString()
  const qc: NonNullable<Deliverable['qc']> = {
    ...doc.qc,
    publishedAt: now,
    ...(release ? { releasedAt: now, releasedBy: release.by, releaseNote: release.note } : {}),
  }
  // System write: `qc` is server-only (field access nobody).
  await req.payload.update({
    collection: slugs.deliverables,
    id: doc.id,
    data: { qc },
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
    action: release ? 'deliverable.released' : 'deliverable.published',
    booking: current,
    system: !release,
    details: {
      deliverable: doc.id,
      version: doc.version,
      qcStatus: doc.qc?.status ?? null,
      ...(release ? { note: release.note } : {}),
    },
  })
  return 'published'
}
