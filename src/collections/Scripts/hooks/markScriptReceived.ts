import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { relationId, SYSTEM_TRANSITION } from '@/collections/Bookings/actorFor'
import { slugs } from '@/slugs'

/**
 * The upload itself moves the booking to `script_received` — a system transition through the same
 * state machine and compare-and-set as any other, in the upload's transaction: if the status change
 * fails, the script isn't stored either.
 */
export const markScriptReceived: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const bookingId = relationId(doc.booking) as number
  req.context[SYSTEM_TRANSITION] = true
  try {
    // System transition (the actor is the upload, checked by the state machine as 'system').
    const booking = await req.payload.update({
      collection: slugs.bookings,
      id: bookingId,
      data: { status: 'script_received' },
      depth: 0,
      req,
      overrideAccess: true,
    })
    await recordAudit({
      req,
      action: 'script.uploaded',
      booking,
      details: {
        script: doc.id,
        filename: doc.filename,
        size: doc.filesize,
        mimeType: doc.mimeType,
      },
    })
  } finally {
    delete req.context[SYSTEM_TRANSITION]
  }
  return doc
}
