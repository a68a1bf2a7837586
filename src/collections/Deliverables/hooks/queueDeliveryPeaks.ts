import type { CollectionAfterChangeHook } from 'payload'

import { DELIVERY_PEAKS_TASK } from '@/jobs/tasks/computeDeliveryPeaks'
import type { Deliverable } from '@/payload-types'

/**
 * Queues the waveform job for a new delivery, with `req` so the job is committed (or rolled back)
 * with the upload itself; the delivery shows `waveform.status: pending` until it has run.
 */
export const queueDeliveryPeaks: CollectionAfterChangeHook<Deliverable> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || !doc.filename) return doc
  await req.payload.jobs.queue({
    task: DELIVERY_PEAKS_TASK,
    input: { deliverable: doc.id, filename: doc.filename },
    req,
  })
  return doc
}
