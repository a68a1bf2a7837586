// Plain JavaScript (types in JSDoc) because two worlds import it: the production server's public
// media fast path (src/http/publicMediaFiles.mjs, run by Node without a build step) and the app's
// file routes. Pure.

/**
 * What to serve for an HTTP `Range` request header, per RFC 9110 §14 (Range Requests). Pure.
 *
 * - no header, a unit other than `bytes`, a malformed or an invalid range-spec (`bytes=abc`,
 *   `bytes=5-2`) → `full`: the header is ignored and the whole file is served with 200 (§14.2: a server
 *   MAY ignore a Range it cannot use);
 * - several ranges → `full` (§14.2 allows ignoring Range; we don't send multipart/byteranges);
 * - `bytes=first-[last]` → `partial`, `last` clamped to the end; `first` beyond the end → `unsatisfiable` (416);
 * - `bytes=-N` (the last N bytes) → `partial`; N larger than the file means the whole file (§14.1.3:
 *   "the entire representation is used"); `bytes=-0` → `unsatisfiable`.
 * Whitespace around the spec (`bytes= 0-`) and leading zeros (`bytes=00-`) are read as the numbers
 * they are. Sizes and offsets are bytes; `end` is inclusive.
 */
/**
 * @typedef {{ kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' }} ByteRange
 */

const SPEC = /^(\d*)-(\d*)$/

/**
 * @param {number} size the file's size in bytes
 * @param {string | null | undefined} header the request's Range header
 * @returns {ByteRange}
 */
export const resolveByteRange = (size, header) => {
  if (!header) return { kind: 'full' }
  const unit = /^\s*bytes\s*=(.*)$/i.exec(header)
  if (!unit) return { kind: 'full' }
  const specs = unit[1].split(',').map((s) => s.trim())
  if (specs.length !== 1) return { kind: 'full' }
  const match = SPEC.exec(specs[0].replace(/\s+/g, ''))
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'full' }
  if (match[1] === '') {
    const suffix = Number(match[2])
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' }
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 }
  }
  const first = Number(match[1])
  const last = match[2] === '' ? Infinity : Number(match[2])
  if (last < first) return { kind: 'full' }
  if (first >= size) return { kind: 'unsatisfiable' }
  return { kind: 'partial', start: first, end: Math.min(last, size - 1) }
}
