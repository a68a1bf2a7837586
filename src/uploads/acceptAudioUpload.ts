import type { CollectionBeforeOperationHook, File as PayloadFile } from 'payload'

import { decideUpload } from '@/domain/audioDecision'
import { UserError } from '@/errors/UserError'

import { probeAudio } from './probeAudio'

/** `req.context` key under which the detected audio travels to `storeDetectedAudio`. */
export const DETECTED_AUDIO = 'uploads:detectedAudio'

/**
 * A `beforeOperation` hook for uploads that must be audio (deliveries) or audio or a photo (media,
 * with `images`). It judges the uploaded file by its bytes alone — a temp file from our multipart
 * parser or Payload's (`tempFilePath`), or an in-memory `data` buffer from the Local API — with
 * `decideUpload`, refuses with UserError 415/422 and its sentence, and otherwise replaces the
 * client's label with the canonical type (`audio/wav`, `audio/mp4`, `image/png`…) and leaves the
 * detected audio in `req.context[DETECTED_AUDIO]` (null for a photo). Payload's own restricted-file
 * check still runs afterwards.
 */
export const acceptAudioUpload =
  ({ images }: { images?: readonly string[] } = {}): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
    const file = req.file as (PayloadFile & { tempFilePath?: string }) | undefined
    if (!file) return args
    const source =
      file.tempFilePath && (!file.data || file.data.length === 0)
        ? { tempFilePath: file.tempFilePath }
        : { data: file.data }
    const decision = decideUpload({ probe: await probeAudio(source), imageMimeTypes: images })
    if (!decision.ok) throw new UserError(decision.sentence, decision.status)
    file.mimetype = decision.mimeType
    req.context[DETECTED_AUDIO] = decision.kind === 'audio' ? decision.audio : null
    return args
  }
