import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { relationId } from '@/collections/Bookings/actorFor'
import { transitionBooking } from '@/collections/Bookings/transitionBooking'
import { queueNotifications } from '@/notifications/queueNotifications'
import type { Script } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * The first script moves the booking to `script_received` — a system transition through the same
 * state machine and compare-and-set as any other, in the upload's transaction: if the status change
 * fails, the script isn't stored either. A later script (version 2, 3, … — allowed only before
 * production by `linkScriptToBooking`) replaces the current one instead: the earlier versions are
 * marked superseded (kept, listed in the history), the event `script.replaced` is audited and the
 * artist's email is queued, all in the same transaction. The deadline stays as it was set when the
 * first script arrived.
 */
export const markScriptReceived: CollectionAfterChangeHook<Script> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const bookingId = relationId(doc.booking) as number
  const details = {
    script: doc.id,
    version: doc.version ?? 1,
    filename: doc.filename,
    size: doc.filesize,
    mimeType: doc.mimeType,
  }
  if ((doc.version ?? 1) <= 1) {
    const booking = await transitionBooking({
      req,
      id: bookingId,
      to: 'script_received',
      actor: 'system',
    })
    await recordAudit({ req, action: 'script.uploaded', booking, details })
    return doc
  }
  // System write: scripts aren't updatable through the API (update access is `nobody`); marking the
  // older versions superseded is part of this upload, which the caller was allowed to make.
  await req.payload.update({
    collection: slugs.scripts,
    where: {
      and: [
        { booking: { equals: bookingId } },
        { id: { not_equals: doc.id } },
        { supersededAt: { exists: false } },
      ],
    },
    data: { supersededAt: doc.createdAt },
    req,
    overrideAccess: true,
    depth: 0,
  })
  const booking = await req.payload.findByID({
    collection: slugs.bookings,
    id: bookingId,
    depth: 0,
    req,
    overrideAccess: true, // the caller's access to this booking was checked before the upload
  })
  await recordAudit({ req, action: 'script.replaced', booking, details })
  await queueNotifications({
    req,
    booking,
    event: 'script_replaced',
    eventKey: `script:${doc.id}`,
    extra: { version: doc.version ?? null },
  })
  return doc
}
