import fsp from 'node:fs/promises'

/**
 * Extra content checks for script uploads, on top of Payload's magic-byte check (file-type):
 * - a CFB container (.doc) must be a Word document, not an installer or spreadsheet;
 * - a file with no binary signature must be plain text (valid UTF-8, no NUL bytes) and not HTML.
 * Returns a sentence for the user when the file is refused, `null` when it is fine.
 */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le')
const HTML_MARKERS = /<\s*(!doctype\s+html|html|head|body|script|iframe|svg)\b/i

export const sniffScriptFile = async (
  filePath: string,
  maxScanBytes = 4 * 1024 * 1024,
): Promise<string | null> => {
  const handle = await fsp.open(filePath, 'r')
  try {
    const { size } = await handle.stat()
    const length = Math.min(size, maxScanBytes)
    const buffer = Buffer.alloc(length)
    await handle.read(buffer, 0, length, 0)

    if (buffer.subarray(0, 8).equals(CFB_MAGIC)) {
      return buffer.includes(WORD_STREAM) ? null : 'This Office file is not a Word document.'
    }
    const looksBinary = /^(%PDF-|PK\x03\x04|\{\\rtf)/.test(buffer.subarray(0, 8).toString('latin1'))
    if (looksBinary) return null
    if (buffer.includes(0)) return 'This file is not a text document.'
    // A scan that stops mid-file may cut a multi-byte character: leave the last bytes out.
    const text = new TextDecoder('utf-8', { fatal: false }).decode(
      length < size ? buffer.subarray(0, length - 4) : buffer,
    )
    if (text.includes('\uFFFD')) return 'Text scripts must be UTF-8 encoded.'
    if (HTML_MARKERS.test(text.slice(0, 4096))) return 'HTML files are not accepted as scripts.'
    return null
  } finally {
    await handle.close()
  }
}
