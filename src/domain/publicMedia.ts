/**
 * Rules for serving public media (photos, demo previews, waveform peaks) straight from disk at
 * `/media/<name>`, without a database lookup. Pure.
 */

/** Where public media is served from on our own server (local disk store). */
export const PUBLIC_MEDIA_PATH = '/media'

/** The content type of each extension the public route serves. Anything else is not served. */
const PUBLIC_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  mp3: 'audio/mpeg',
  json: 'application/json',
}

/** Stored names: a random hex id, a dash, then ASCII letters, digits and `._-` (randomizeFilename). */
const STORED_NAME = /^[a-f0-9]{16}-[A-Za-z0-9._-]{1,200}$/

/**
 * The content type to serve the stored file `name` with, or `null` when the public route must not
 * serve it: a name that is not a single stored file name (no `/`, no `..`, the random prefix), or an
 * extension outside photos, MP3 previews and peaks JSON — original demo recordings (WAV, AIFF, FLAC…)
 * are only served by Payload's access-checked file route.
 */
export const publicMediaType = (name: string): string | null => {
  if (!STORED_NAME.test(name) || name.includes('..')) return null
  const dot = name.lastIndexOf('.')
  if (dot < 0) return null
  return PUBLIC_TYPES[name.slice(dot + 1).toLowerCase()] ?? null
}

/**
 * A strong validator for a file that never changes under its name: size and modification time in
 * milliseconds, both in base 36 (`"1a2b-lq3k9x"`).
 */
export const fileEtag = ({ size, mtimeMs }: { size: number; mtimeMs: number }): string =>
  `"${size.toString(36)}-${Math.trunc(mtimeMs).toString(36)}"`

/**
 * Whether a conditional GET may be answered 304 (RFC 9110 §13.1.2/§13.1.3): `If-None-Match` wins
 * when present (weak comparison, `*` matches); otherwise `If-Modified-Since` at or after the file's
 * modification time (whole seconds, as HTTP dates carry).
 */
export const notModified = ({
  etag,
  mtimeMs,
  ifNoneMatch,
  ifModifiedSince,
}: {
  etag: string
  mtimeMs: number
  ifNoneMatch: string | null
  ifModifiedSince: string | null
}): boolean => {
  if (ifNoneMatch !== null) {
    const strip = (tag: string) => tag.trim().replace(/^W\//, '')
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag))
  }
  if (ifModifiedSince === null) return false
  const since = Date.parse(ifModifiedSince)
  return Number.isFinite(since) && Math.floor(mtimeMs / 1000) * 1000 <= since
}
