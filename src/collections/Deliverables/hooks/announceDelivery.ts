import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { relationId } from '@/collections/Bookings/actorFor'
import { MEASURE_DELIVERY_TASK } from '@/jobs/tasks/measureDelivery'
import type { Deliverable } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * A new delivery is audited and its technical check is queued (`measureDelivery`), with `req`, so
 * both commit with the upload. Nothing is announced yet: the customer cannot see the delivery until
 * it passes the check or its artist releases it (`publishDelivery` then moves the booking to review
 * and emails the customer) — never for audio the customer cannot open.
 */
export const announceDelivery: CollectionAfterChangeHook<Deliverable> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  // System read inside the transaction: the audit event names the booking as it is.
  const booking = await req.payload.findByID({
    collection: slugs.bookings,
    id: relationId(doc.booking) as number,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (doc.filename) {
    await req.payload.jobs.queue({
      task: MEASURE_DELIVERY_TASK,
      input: { deliverable: doc.id, filename: doc.filename },
      req,
    })
  }
  await recordAudit({
    req,
    action: 'deliverable.uploaded',
    booking,
    details: {
      deliverable: doc.id,
      version: doc.version,
      filename: doc.filename,
      size: doc.filesize,
    },
  })
  return doc
}
