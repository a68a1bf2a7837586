import type { CollectionBeforeChangeHook } from 'payload'

import type { Media } from '@/payload-types'
import { DETECTED_AUDIO } from '@/uploads/acceptAudioUpload'

/** `req.context` key: this request stored a new audio file, so a preview must be made after it. */
export const PREVIEW_WANTED = 'media:previewWanted'

const EMPTY_PREVIEW = {
  status: null,
  error: null,
  filename: null,
  url: null,
  mimeType: null,
  bitrate: null,
  filesize: null,
  peaksFilename: null,
  peaksUrl: null,
} satisfies Media['preview']

/**
 * When a new file arrives (acceptAudioUpload left what it detected in the context), the old preview
 * no longer belongs to it: audio gets a `pending` preview and leaves PREVIEW_WANTED for
 * queueDemoPreview; a photo gets none. Runs before storeDetectedAudio, which consumes the context.
 */
export const markPreviewPending: CollectionBeforeChangeHook<Media> = ({ data, req }) => {
  if (!Object.prototype.hasOwnProperty.call(req.context, DETECTED_AUDIO)) return data
  const isAudio = Boolean(req.context[DETECTED_AUDIO])
  if (isAudio) req.context[PREVIEW_WANTED] = true
  return { ...data, preview: { ...EMPTY_PREVIEW, status: isAudio ? 'pending' : null } }
}
