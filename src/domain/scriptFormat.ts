/**
 * What a script upload is, judged from its bytes alone (never its name or the browser's label).
 *
 * Accepted: plain text (UTF-8 with or without BOM, UTF-16 LE/BE with BOM), PDF, DOCX, ODT, RTF and
 * DOC. Everything else is refused with one of the reasons in `scriptRefusals`.
 *
 * Decisions worth knowing (issue 10, item 3):
 * - PDF: `%PDF-x.y` within the first 1024 bytes (ISO 32000-1 §7.5.2 lets readers accept leading bytes;
 *   Acrobat looks in the first 1024), and a `startxref` followed by a `%%EOF` near the end
 *   (§7.5.5). Bytes after the last `%%EOF` are tolerated when they are padding (NUL or whitespace, any
 *   amount) or up to 1 KiB of other junk; more than that, a ZIP signature or HTML there, or HTML in
 *   the first 1024 bytes, makes the file a polyglot and it is refused — so a GIFAR-style "PDF + ZIP"
 *   is refused, not accepted as a PDF.
 * - Text that is not valid UTF-8 and has no BOM (e.g. Latin-1 / Windows-1252) is refused with a
 *   sentence asking for UTF-8, rather than guessed: a wrong guess would silently garble the script.
 * - HTML, SVG, XML and program code (JavaScript, `#!` scripts) are text but are refused.
 */

export type ScriptFormat = {
  /** Stored as the document's MIME type; text carries its charset. */
  mimeType: string
  /** Extension (without dot) that the stored file name gets. */
  ext: string
}

/**
 * Why a file is refused as a script. Each reason's sentence is `script.<reason>` in the `errors`
 * catalogue (src/i18n/messages/<locale>/errors.json), written in the reader's language.
 */
export const scriptRefusals = [
  'executable',
  'html',
  'svg',
  'xml',
  'code',
  'image',
  'zip',
  'notWordProcessing',
  'macros',
  'passwordProtected',
  'damaged',
  'polyglot',
  'encoding',
  'unknown',
] as const

export type ScriptRefusal = (typeof scriptRefusals)[number]

export type ScriptVerdict =
  | { kind: 'accepted'; format: ScriptFormat }
  | { kind: 'refused'; reason: ScriptRefusal }
  /** A ZIP container: the caller lists its entries and calls `judgeZipPackage`. */
  | { kind: 'zip' }

const accepted = (mimeType: string, ext: string): ScriptVerdict => ({
  kind: 'accepted',
  format: { mimeType, ext },
})
const refused = (reason: ScriptRefusal): ScriptVerdict => ({ kind: 'refused', reason })

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b)

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0))

/** Latin-1 view of some bytes: one char per byte, so indexes match byte offsets. */
const latin1 = (bytes: Uint8Array): string => {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192))
  }
  return out
}

const EXECUTABLE_SIGNATURES: readonly (readonly number[])[] = [
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xfe, 0xed, 0xfa, 0xce], // Mach-O 32
  [0xfe, 0xed, 0xfa, 0xcf], // Mach-O 64
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal / Java class
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
  ascii('#!'), // shell, Python, Node scripts
]

const IMAGE_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  ascii('GIF87a'),
  ascii('GIF89a'),
  [0x49, 0x49, 0x2a, 0x00], // TIFF LE
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF BE
  [0x00, 0x00, 0x01, 0x00], // ICO
]

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04]
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06]
const ZIP_SPANNED = [0x50, 0x4b, 0x07, 0x08]
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const HTML_MARKERS = /<\s*(?:!doctype\s+html|html|head|body|script|iframe|object|embed|svg)\b/i

/** How far from the start `%PDF-` may sit, and how much non-padding junk may follow `%%EOF`. */
export const PDF_HEADER_WINDOW = 1024
export const PDF_TRAILING_JUNK_LIMIT = 1024

/**
 * Judges a script upload from its complete bytes.
 * @param bytes the whole file (scripts are small: MAX_SCRIPT_MB caps them before this runs)
 * @returns accepted with the stored MIME type and extension, refused with a `scriptRefusals` key,
 *   or `zip` when the container's entries decide (see `judgeZipPackage`).
 */
export const judgeScriptBytes = (bytes: Uint8Array): ScriptVerdict => {
  if (bytes.length === 0) return refused('unknown')
  if (EXECUTABLE_SIGNATURES.some((sig) => startsWith(bytes, sig))) return refused('executable')
  // DOS/Windows (PE) executables start with `MZ` and a binary header; a text that merely starts
  // with the letters "MZ" has no control bytes there.
  if (startsWith(bytes, ascii('MZ')) && bytes.subarray(2, 64).some((b) => b < 0x09)) {
    return refused('executable')
  }

  const head = latin1(bytes.subarray(0, PDF_HEADER_WINDOW + 8))
  const pdfAt = head.search(/%PDF-\d\.\d/)
  if (pdfAt !== -1 && pdfAt <= PDF_HEADER_WINDOW) return judgePdf(bytes, head)

  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_SPANNED)) return { kind: 'zip' }
  if (startsWith(bytes, ZIP_EMPTY)) return refused('zip')
  if (startsWith(bytes, CFB)) return judgeCfb(bytes)
  if (startsWith(bytes, ascii('{\\rtf'))) return accepted('application/rtf', 'rtf')
  if (IMAGE_SIGNATURES.some((sig) => startsWith(bytes, sig))) return refused('image')
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) {
    return refused('image')
  }
  return judgeText(bytes)
}

const judgePdf = (bytes: Uint8Array, head: string): ScriptVerdict => {
  // A document that a browser could also take for HTML is refused whatever else it is.
  if (HTML_MARKERS.test(head)) return refused('polyglot')
  const tailStart = Math.max(0, bytes.length - 64 * 1024)
  const tail = latin1(bytes.subarray(tailStart))
  const eof = tail.lastIndexOf('%%EOF')
  if (eof === -1) return refused('damaged')
  const startxref = tail.lastIndexOf('startxref', eof)
  if (startxref === -1 || eof - startxref > 1024) return refused('damaged')
  if (!/^startxref\s+\d+\s*$/.test(tail.slice(startxref, eof))) return refused('damaged')

  const trailing = tail.slice(eof + 5)
  if (/PK\x03\x04|PK\x05\x06/.test(trailing) || HTML_MARKERS.test(trailing)) {
    return refused('polyglot')
  }
  const junk = trailing.replace(/[\0\s]+/g, '')
  if (junk.length > PDF_TRAILING_JUNK_LIMIT) return refused('polyglot')
  return accepted('application/pdf', 'pdf')
}

const WORD_PROCESSING_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text'

/**
 * Judges a ZIP container by what is inside it, as read from its central directory (so ZIPs written
 * as a stream, with data descriptors and any entry order, are judged like any other).
 * @param entries names of all entries
 * @param mimetype the text of the `mimetype` entry, if any (ODF, ISO/IEC 26300 §3.3)
 * @param contentTypes the text of `[Content_Types].xml`, if any (OPC, ISO/IEC 29500-2 §10.1.2)
 * @returns DOCX or ODT accepted; DOCM refused as `macros`; spreadsheets and presentations refused
 *   as `notWordProcessing`; anything else refused as `zip`.
 */
export const judgeZipPackage = ({
  entries,
  mimetype,
  contentTypes,
}: {
  entries: readonly string[]
  mimetype?: string
  contentTypes?: string
}): ScriptVerdict => {
  const has = (name: string) => entries.includes(name)
  if (mimetype !== undefined && has('mimetype')) {
    const type = mimetype.trim()
    if (type === ODT_MIMETYPE && has('content.xml')) {
      return accepted(ODT_MIMETYPE, 'odt')
    }
    if (type.startsWith('application/vnd.oasis.opendocument.')) return refused('notWordProcessing')
  }
  if (contentTypes !== undefined && has('[Content_Types].xml')) {
    if (contentTypes.includes(WORD_PROCESSING_CONTENT_TYPE) && has('word/document.xml')) {
      return accepted(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'docx',
      )
    }
    if (contentTypes.includes('application/vnd.ms-word.document.macroEnabled.main+xml')) {
      return refused('macros')
    }
    if (/spreadsheetml|presentationml|ms-excel|ms-powerpoint/.test(contentTypes)) {
      return refused('notWordProcessing')
    }
  }
  return refused('zip')
}

const CFB_END_OF_CHAIN = 0xfffffffe

/**
 * A Compound File (MS-CFB) is accepted as DOC only when its directory holds a `WordDocument`
 * stream ([MS-DOC] §2.1.1); Excel and PowerPoint files, installers (MSI) and the like are refused.
 * Follows the directory's FAT chain using the FAT sectors listed in the header (109 of them: files
 * up to ~7 MB with 512-byte sectors, far more with 4096-byte ones).
 */
const judgeCfb = (bytes: Uint8Array): ScriptVerdict => {
  if (bytes.length < 512) return refused('damaged')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const sectorShift = view.getUint16(30, true)
  if (sectorShift !== 9 && sectorShift !== 12) return refused('damaged')
  const sectorSize = 1 << sectorShift
  const perFatSector = sectorSize / 4
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize
  const fatSectors: number[] = []
  for (let i = 0; i < 109; i++) fatSectors.push(view.getUint32(76 + i * 4, true))
  const nextSector = (sector: number): number | undefined => {
    const fatSector = fatSectors[Math.floor(sector / perFatSector)]
    if (fatSector === undefined || fatSector >= 0xfffffffa) return undefined
    const at = sectorOffset(fatSector) + (sector % perFatSector) * 4
    return at + 4 <= bytes.length ? view.getUint32(at, true) : undefined
  }

  const streams = new Set<string>()
  let sector: number | undefined = view.getUint32(48, true)
  for (let hops = 0; sector !== undefined && sector !== CFB_END_OF_CHAIN; hops++) {
    const start = sectorOffset(sector)
    if (hops > 10_000 || start + sectorSize > bytes.length) return refused('damaged')
    for (let at = start; at < start + sectorSize; at += 128) {
      const nameLength = view.getUint16(at + 64, true)
      const type = bytes[at + 66]
      if (nameLength < 2 || nameLength > 64 || type !== 2) continue
      streams.add(new TextDecoder('utf-16le').decode(bytes.subarray(at, at + nameLength - 2)))
    }
    sector = nextSector(sector)
  }
  if (streams.has('WordDocument')) return accepted('application/msword', 'doc')
  // A password-protected DOCX/XLSX is an encrypted package inside a Compound File ([MS-OFFCRYPTO]).
  if (streams.has('EncryptedPackage')) return refused('passwordProtected')
  if (streams.has('Workbook') || streams.has('Book') || streams.has('PowerPoint Document')) {
    return refused('notWordProcessing')
  }
  return refused('unknown')
}

/** A line that starts like JavaScript rather than prose. */
const CODE_LINE =
  /^\s*(?:(?:const|let|var)\s+[\w$]+\s*=|function\s*[\w$]*\s*\(|(?:import|export)\s+(?:\{|\*|default\b|[\w$]+\s+from\b)|module\.exports\s*=|require\(\s*['"]|['"]use strict['"]|(?:document|window)\.[\w$]+|eval\()/gm

/** Control characters that never appear in a text script (tab, LF, FF, CR and DEL excepted). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/

const judgeText = (bytes: Uint8Array): ScriptVerdict => {
  let text: string
  let charset: string
  try {
    if (
      startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) ||
      startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])
    ) {
      return refused('encoding') // UTF-32
    }
    if (startsWith(bytes, [0xff, 0xfe])) {
      charset = 'utf-16le'
    } else if (startsWith(bytes, [0xfe, 0xff])) {
      charset = 'utf-16be'
    } else {
      // Without a BOM, control bytes (NUL included) mean a binary file, not a text in some
      // other encoding; only then does invalid UTF-8 mean "save it as UTF-8".
      if (bytes.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d)) {
        return refused('unknown')
      }
      charset = 'utf-8'
    }
    // `fatal` refuses invalid sequences (lone surrogates, overlong forms); the BOM is dropped.
    text = new TextDecoder(charset, { fatal: true }).decode(bytes)
  } catch {
    return refused(charset! === 'utf-8' ? 'encoding' : 'damaged')
  }
  if (CONTROL.test(text)) return refused('unknown')
  if (/<\s*svg\b/i.test(text)) return refused('svg')
  if (/^\s*<\?xml\b/i.test(text)) return refused('xml')
  if (HTML_MARKERS.test(text)) return refused('html')
  if ((text.match(CODE_LINE) ?? []).length >= 2) return refused('code')
  return accepted(`text/plain; charset=${charset}`, 'txt')
}
