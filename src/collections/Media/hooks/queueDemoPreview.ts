import type { CollectionAfterChangeHook } from 'payload'

import { DEMO_PREVIEW_TASK } from '@/jobs/tasks/makeDemoPreview'
import type { Media } from '@/payload-types'

import { PREVIEW_WANTED } from './markPreviewPending'

/**
 * Queues the preview job for a newly stored demo, with `req` so the job is committed (or rolled
 * back) with the upload itself. The job takes the file name, so a later replacement of the file
 * makes this job a no-op (the replacement queues its own).
 */
export const queueDemoPreview: CollectionAfterChangeHook<Media> = async ({ doc, req }) => {
  if (!req.context[PREVIEW_WANTED] || !doc.filename) return doc
  delete req.context[PREVIEW_WANTED]
  await req.payload.jobs.queue({
    task: DEMO_PREVIEW_TASK,
    input: { media: doc.id, filename: doc.filename },
    req,
  })
  return doc
}
