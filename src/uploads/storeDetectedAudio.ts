import type { CollectionBeforeChangeHook } from 'payload'

import type { AudioMetadata } from '@/domain/audio'

import { DETECTED_AUDIO } from './acceptAudioUpload'

/**
 * Writes what `acceptAudioUpload` detected in this request's file into the `audio` group (cleared
 * for a photo). A change without a new file leaves the stored values alone. Read once, so a later
 * operation in the same request starts clean.
 */
export const storeDetectedAudio: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!Object.prototype.hasOwnProperty.call(req.context, DETECTED_AUDIO)) return data
  const audio = req.context[DETECTED_AUDIO] as AudioMetadata | null
  delete req.context[DETECTED_AUDIO]
  return {
    ...data,
    audio: audio ?? {
      format: null,
      codec: null,
      durationSeconds: null,
      sampleRateHz: null,
      bitDepth: null,
      channels: null,
    },
  }
}
