import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { relationId } from '@/collections/Bookings/actorFor'
import { transitionBooking } from '@/collections/Bookings/transitionBooking'

/**
 * The upload itself moves the booking to `script_received` — a system transition through the same
 * state machine and compare-and-set as any other, in the upload's transaction: if the status change
 * fails, the script isn't stored either.
 */
export const markScriptReceived: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const booking = await transitionBooking({
    req,
    id: relationId(doc.booking) as number,
    to: 'script_received',
    actor: 'system',
  })
  await recordAudit({
    req,
    action: 'script.uploaded',
    booking,
    details: { script: doc.id, filename: doc.filename, size: doc.filesize, mimeType: doc.mimeType },
  })
  return doc
}
