// Plain JavaScript (types in JSDoc) because two worlds import it: the production server's public
// media fast path (src/http/publicMediaFiles.mjs, run by Node without a build step) and the app
// (the /media/ route for `next dev` and other hosts, the Media collection's links). Pure.

/**
 * Rules for serving public media (photos, demo previews, waveform peaks) straight from disk at
 * `/media/<name>`, without a database lookup.
 */

/** Where public media is served from on our own server (local disk store). */
export const PUBLIC_MEDIA_PATH = '/media'

/** @type {Record<string, string>} The content type of each extension served; nothing else is. */
const PUBLIC_TYPES = {
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
 * extension outside photos, MP3 previews (`.preview.mp3`) and peaks (`.peaks.json`) — original demo
 * recordings (WAV, AIFF, FLAC, an uploaded MP3…)
 * are only served by Payload's access-checked file route.
 *
 * @param {string} name the stored file name (URL-decoded)
 * @returns {string | null}
 */
export const publicMediaType = (name) => {
  if (!STORED_NAME.test(name) || name.includes('..')) return null
  const dot = name.lastIndexOf('.')
  if (dot < 0) return null
  const extension = name.slice(dot + 1).toLowerCase()
  // An MP3 or JSON file is public only as what the preview job writes: a demo uploaded as MP3 is an
  // original recording like a WAV (admins only), whatever its format.
  if (extension === 'mp3' && !/\.preview\.mp3$/i.test(name)) return null
  if (extension === 'json' && !/\.peaks\.json$/i.test(name)) return null
  return PUBLIC_TYPES[extension] ?? null
}

/**
 * A strong validator for a file that never changes under its name: size and modification time in
 * milliseconds, both in base 36 (`"1a2b-lq3k9x"`).
 *
 * @param {{ size: number; mtimeMs: number }} stat
 * @returns {string}
 */
export const fileEtag = ({ size, mtimeMs }) =>
  `"${size.toString(36)}-${Math.trunc(mtimeMs).toString(36)}"`

/**
 * Whether a conditional GET may be answered 304 (RFC 9110 §13.1.2/§13.1.3): `If-None-Match` wins
 * when present (weak comparison, `*` matches); otherwise `If-Modified-Since` at or after the file's
 * modification time (whole seconds, as HTTP dates carry).
 *
 * @param {{ etag: string; mtimeMs: number; ifNoneMatch: string | null; ifModifiedSince: string | null }} args
 * @returns {boolean}
 */
export const notModified = ({ etag, mtimeMs, ifNoneMatch, ifModifiedSince }) => {
  if (ifNoneMatch !== null) {
    /** @param {string} tag */
    const strip = (tag) => tag.trim().replace(/^W\//, '')
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag))
  }
  if (ifModifiedSince === null) return false
  const since = Date.parse(ifModifiedSince)
  return Number.isFinite(since) && Math.floor(mtimeMs / 1000) * 1000 <= since
}
