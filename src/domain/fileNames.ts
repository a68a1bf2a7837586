import anyAscii from 'any-ascii'

/**
 * File names: the name a person gave a file (kept for them), the ASCII-safe name it is stored under,
 * and the human name a download gets (RFC 6266 + RFC 8187 `Content-Disposition`).
 */

/** C0/C1 control characters and the bidi controls that make a name display reversed ("gpj.exe"). */
const INVISIBLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

export const MAX_ORIGINAL_FILENAME = 200
export const MAX_DOWNLOAD_NAME = 150
export const MAX_STORED_BASE = 80

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** Code point count, so an emoji counts as what it is rather than as two UTF-16 units. */
const codePoints = (text: string): number => Array.from(text).length

/**
 * Shortens `name` to at most `max` code points, keeping its extension and never splitting a
 * grapheme (an emoji sequence or a letter with its accents stays whole or goes whole).
 */
export const shortenName = (name: string, max: number): string => {
  if (codePoints(name) <= max) return name
  const dot = name.lastIndexOf('.')
  const ext = dot > 0 && codePoints(name.slice(dot)) <= 16 ? name.slice(dot) : ''
  const stem = ext ? name.slice(0, dot) : name
  let out = ''
  for (const { segment } of segmenter.segment(stem)) {
    if (codePoints(out + segment + ext) > max) break
    out += segment
  }
  return out.trimEnd() + ext
}

/**
 * The name the uploader gave the file, as kept in `originalFilename`: the last path segment (old
 * browsers send `C:\fakepath\…`), NFC-normalised (macOS sends decomposed letters), without control
 * or bidi characters, trimmed, at most 200 code points with the extension kept.
 * @returns the cleaned name, or `upload` when nothing usable is left.
 */
export const cleanOriginalFilename = (name: string): string => {
  const last =
    name
      .split(/[/\\]/)
      .filter((part) => part.trim() !== '')
      .pop() ?? ''
  const cleaned = last.normalize('NFC').replace(INVISIBLE, '').trim()
  if (cleaned === '' || /^\.+$/.test(cleaned)) return 'upload'
  return shortenName(cleaned, MAX_ORIGINAL_FILENAME)
}

/**
 * The readable part of a stored file name: transliterated to ASCII (any-ascii: `Łódź` → `Lodz`,
 * `Запись` → `Zapis`), anything but letters, digits, `.`, `_` and `-` turned into `-`, at most 80
 * characters with the extension kept. Random prefixes are added by the caller.
 */
export const storedNameBase = (name: string): string => {
  const ascii = anyAscii(cleanOriginalFilename(name))
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
  return shortenName(ascii || 'upload', MAX_STORED_BASE)
}

/** Replaces the extension of `name` (or adds one). */
export const withExtension = (name: string, ext: string): string => {
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name
  return `${stem}.${ext}`
}

/**
 * A download's human name, e.g. `Spring campaign - script.pdf` or `Spring campaign - v2.wav`:
 * characters that no file system accepts (`/ \ : * ? " < > |`) and control characters become `-`.
 */
export const downloadName = ({
  title,
  label,
  ext,
}: {
  title: string
  label?: string
  ext: string
}): string => {
  const clean = (text: string) =>
    text
      .normalize('NFC')
      .replace(INVISIBLE, '')
      .replace(/[/\\:*?"<>|]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
  const base = clean(title) || 'download'
  const suffix = label ? ` - ${clean(label)}` : ''
  return shortenName(`${base}${suffix}.${ext.replace(/[^A-Za-z0-9]/g, '')}`, MAX_DOWNLOAD_NAME)
}

/** `attr-char` of RFC 8187 §3.2.1; everything else is percent-encoded as UTF-8. */
const encodeRfc8187 = (value: string): string =>
  Array.from(new TextEncoder().encode(value), (byte) => {
    const c = String.fromCharCode(byte)
    return /[A-Za-z0-9!#$&+\-.^_`|~]/.test(c)
      ? c
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }).join('')

/**
 * `Content-Disposition: attachment` with a file name every client understands (RFC 6266 §4.3 and
 * appendix D): `filename="<ASCII fallback>"` for old clients, then `filename*=UTF-8''<percent-encoded>`
 * (RFC 8187), which current browsers prefer.
 *
 * The fallback is transliterated (any-ascii) and limited to a conservative set of characters:
 * quotes, backslashes (RFC 6266 advises against escapes, which browsers read differently), `%`
 * (some browsers decode it), `;` and anything non-ASCII become `_`. The name is NFC-normalised,
 * stripped of control characters, path separators replaced by `_`, and shortened to 150 code points
 * (extension kept, graphemes whole).
 * @param filename the human name, any Unicode
 * @returns the header value
 */
export const attachmentDisposition = (filename: string): string => {
  const name = shortenName(
    filename.normalize('NFC').replace(INVISIBLE, '').replace(/[/\\]/g, '_').trim() || 'download',
    MAX_DOWNLOAD_NAME,
  )
  const fallback = shortenName(
    anyAscii(name)
      .replace(/[^A-Za-z0-9 !#$&'()+,.=@[\]^_`{}~-]/g, '_')
      .replace(/\s+/g, ' ')
      .trim() || 'download',
    MAX_DOWNLOAD_NAME,
  )
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc8187(name)}`
}

/** The extension of a stored file name (`a1b2-script.pdf` → `pdf`), `bin` when it has none. */
export const extensionOf = (filename: string | null | undefined): string => {
  const name = filename ?? ''
  const dot = name.lastIndexOf('.')
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1) : 'bin'
}

/**
 * The names downloads get, in the file routes' `Content-Disposition` and the booking page's
 * `download` attributes alike (issue 13): `<project> - script.pdf`, `<project> - v2.wav`, and
 * invoices `<invoice number> - <project>.pdf`. The extension comes from the stored name (judged by
 * content at upload). Pure; see `downloadName` for what is cleaned and how long names are cut.
 */
export const bookingFileName = (
  input:
    | { kind: 'script'; projectTitle: string; filename: string | null | undefined }
    | {
        kind: 'version'
        projectTitle: string
        version: number | null | undefined
        filename: string | null | undefined
      }
    | { kind: 'invoice'; projectTitle: string | null | undefined; number: string },
): string => {
  switch (input.kind) {
    case 'script':
      return downloadName({
        title: input.projectTitle,
        label: 'script',
        ext: extensionOf(input.filename),
      })
    case 'version':
      return downloadName({
        title: input.projectTitle,
        label: typeof input.version === 'number' ? `v${input.version}` : 'delivery',
        ext: extensionOf(input.filename),
      })
    case 'invoice':
      // The number first: it is what bookkeeping sorts and searches by.
      return downloadName({
        title: input.number,
        label: input.projectTitle?.trim() || undefined,
        ext: 'pdf',
      })
  }
}
