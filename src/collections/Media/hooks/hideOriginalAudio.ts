import type { CollectionAfterReadHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { publicMediaType } from '@/domain/publicMedia'
import type { Media } from '@/payload-types'

/** True for an original recording: audio by its stored type, or — when a read selected no type — by
 * a stored name that is neither a photo nor a preview file. */
const isOriginalAudio = (doc: Partial<Media>): boolean => {
  if (doc.mimeType) return doc.mimeType.startsWith('audio/')
  if (!doc.filename) return false
  return !publicMediaType(doc.filename)?.startsWith('image/')
}

/**
 * A demo's original recording is the agency's; visitors hear its preview (issue 14: "the original
 * stays for admins"). On the local store its file route answers 403 to anyone else, but on S3 or
 * Vercel Blob the original lies in the public bucket: so answers for anyone but an admin leave out
 * where it is (`url`, `filename`) — the stored name has a random 64-bit prefix, so it cannot be
 * guessed either. Reads the server makes for itself (Local API without a user: jobs, seed, the
 * cached pages) keep both. Returns the document, with `url` and `filename` null when hidden.
 */
export const hideOriginalAudio: CollectionAfterReadHook<Media> = ({ doc, req }) => {
  if (!isOriginalAudio(doc)) return doc
  if (checkRole(['admin'], req.user)) return doc
  if (req.payloadAPI === 'local' && !req.user) return doc
  return { ...doc, url: null, filename: null }
}
