import type { PayloadRequest, TaskConfig } from 'payload'

import { deliveryPeakPairs } from '@/domain/reviewComments'
import type { Deliverable } from '@/payload-types'
import { slugs } from '@/slugs'
import { StoredFileMissing, withStoredFile } from '@/storage/withStoredFile'
import { computeAudioPeaks } from '@/uploads/audioPeaks'
import { FfmpegError } from '@/uploads/ffmpeg'

export const DELIVERY_PEAKS_TASK = 'computeDeliveryPeaks'

type Outcome = 'ready' | 'failed' | 'stale'

const record = (
  req: PayloadRequest,
  id: number,
  waveform: Partial<NonNullable<Deliverable['waveform']>>,
) =>
  // System write: the waveform is written by the server only (field access: nobody).
  req.payload.update({
    collection: slugs.deliverables,
    id,
    data: { waveform },
    overrideAccess: true,
    depth: 0,
    req,
  })

/**
 * Computes the waveform of a delivered version once, at upload: ffmpeg decodes the private file
 * and `deliveryPeakPairs` min/max pairs (20 per second, 1000–12 000) are stored on the delivery as
 * `waveform.peaks` (status `ready`), so the booking page draws even a long take at once. A file
 * ffmpeg can't decode is recorded as `failed` with its reason and the job completes (the page then
 * plays the file without a drawn waveform). A delivery that is gone, holds another file, or whose
 * file was purged is `stale` and left alone. Running it twice writes the same result.
 * The file is read from whichever private store holds it (local disk, S3, UploadThing) through
 * `withStoredFile`, as the technical check does.
 */
export const computeDeliveryPeaksTask: TaskConfig<{
  input: { deliverable: number; filename: string }
  output: { outcome: Outcome; pairs: number }
}> = {
  slug: DELIVERY_PEAKS_TASK,
  label: 'Compute the waveform of a delivery',
  inputSchema: [
    { name: 'deliverable', type: 'number', required: true },
    { name: 'filename', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'outcome', type: 'text', required: true },
    { name: 'pairs', type: 'number', required: true },
  ],
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    // System read: the job acts for the agency on a file the booking's artist uploaded.
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
      return { output: { outcome: 'stale' as const, pairs: 0 } }
    }
    try {
      const made = await withStoredFile({
        req,
        collection: slugs.deliverables,
        doc,
        read: (sourcePath) => computeAudioPeaks({ sourcePath, pairs: deliveryPeakPairs }),
      })
      await record(req, doc.id, {
        status: 'ready',
        error: null,
        durationSeconds: Math.round(made.durationSeconds * 1000) / 1000,
        peaks: made.peaks,
      })
      return { output: { outcome: 'ready' as const, pairs: made.peaks.length } }
    } catch (error) {
      // Only a file ffmpeg refuses is final; a database error throws, so the job retries.
      if (error instanceof StoredFileMissing)
        return { output: { outcome: 'stale' as const, pairs: 0 } }
      if (!(error instanceof FfmpegError)) throw error
      await record(req, doc.id, { status: 'failed', error: error.message.slice(0, 500) })
      return { output: { outcome: 'failed' as const, pairs: 0 } }
    }
  },
}
