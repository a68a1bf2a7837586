import type { TaskConfig } from 'payload'

import { relationId } from '@/collections/Bookings/actorFor'
import { publishDelivery } from '@/collections/Deliverables/publishDelivery'
import { withTransaction } from '@/db/withTransaction'
import type { QcMeasurement, QcVerdict } from '@/domain/deliveryQc'
import { compareWithSpec } from '@/domain/deliveryQc'
import { bookingDeliverySpec } from '@/globals/Pricing/getDeliverySpec'
import type { Deliverable } from '@/payload-types'
import { slugs } from '@/slugs'
import { StoredFileMissing, withStoredFile } from '@/storage/withStoredFile'
import { MeasureError, measureAudio } from '@/uploads/measureAudio'

export const MEASURE_DELIVERY_TASK = 'measureDelivery'

type Outcome = 'passed' | 'failed' | 'stale'

const emptyMeasurement = {
  integratedLufs: null,
  loudnessRangeLu: null,
  truePeakDbtp: null,
  sampleRateHz: null,
  bitDepth: null,
  channels: null,
  durationSeconds: null,
  leadingSilenceSeconds: null,
  trailingSilenceSeconds: null,
  clippedSamples: null,
}

/** The `qc` group as stored: the verdict, the values in their units, and when. */
const report = (
  doc: Deliverable,
  m: Omit<QcMeasurement, 'format'>,
  verdict: QcVerdict,
  error: string | null,
): NonNullable<Deliverable['qc']> => ({
  ...doc.qc,
  status: verdict.status,
  measuredAt: new Date().toISOString(),
  ...m,
  problems: verdict.problems.map((p) => ({ key: p.key, values: p.values })),
  error,
})

/**
 * Measures a new delivery (`measureAudio`: ffmpeg's ebur128/astats/silencedetect and the file's
 * own headers) against its booking's delivery spec and stores the report as the deliverable's `qc`
 * (status `passed` or `failed`, the values in LUFS, LU, dBTP, Hz, bits, seconds, and the problems).
 * A pass publishes the delivery to the customer (`publishDelivery`: the booking moves to review or
 * the customer hears of the new version). A file ffmpeg cannot decode fails with `unmeasured` and
 * ffmpeg's reason; the job completes. The file is read from private storage into a temporary file,
 * deleted afterwards. A deliverable that is gone or holds another file by now is left alone (`stale`).
 * Running it twice rewrites the same report and publishes once (`publishDelivery` is idempotent).
 */
export const measureDeliveryTask: TaskConfig<{
  input: { deliverable: number; filename: string }
  output: { outcome: Outcome }
}> = {
  slug: MEASURE_DELIVERY_TASK,
  label: 'Check a delivery against its technical spec',
  inputSchema: [
    { name: 'deliverable', type: 'number', required: true },
    { name: 'filename', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    // System reads and writes: the check acts for the agency on a file an artist uploaded.
    const doc = await req.payload
      .findByID({
        collection: slugs.deliverables,
        id: input.deliverable,
        depth: 0,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    if (!doc || doc.filename !== input.filename || doc.purgedAt) {
      return { output: { outcome: 'stale' as const } }
    }
    // System read: the job checks the delivery against its booking's spec for the agency.
    const booking = await req.payload.findByID({
      collection: slugs.bookings,
      id: relationId(doc.booking) as number,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const spec = await bookingDeliverySpec(req, booking)
    let qc: NonNullable<Deliverable['qc']>
    try {
      const measured = await withStoredFile({
        req,
        collection: slugs.deliverables,
        doc,
        read: measureAudio,
      })
      const { format: _format, ...values } = measured
      qc = report(doc, values, compareWithSpec(spec, measured), null)
    } catch (error) {
      // Only a file ffmpeg refuses (or that is gone) is final; a store error throws, so the job retries.
      if (!(error instanceof MeasureError) && !(error instanceof StoredFileMissing)) throw error
      qc = report(
        doc,
        emptyMeasurement,
        { status: 'failed', problems: [{ key: 'unmeasured', values: {} }] },
        error.message.slice(0, 500),
      )
    }
    await withTransaction(req, async () => {
      // System write: `qc` is server-only (field access nobody).
      await req.payload.update({
        collection: slugs.deliverables,
        id: doc.id,
        data: { qc },
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (qc.status === 'passed') await publishDelivery({ req, deliverableId: doc.id })
    })
    return {
      output: { outcome: qc.status === 'passed' ? ('passed' as const) : ('failed' as const) },
    }
  },
}
