import yauzl from 'yauzl'

import { rtfToText } from '@/domain/rtfText'

/** The most text we inflate from a DOCX/ODT entry: far beyond any script, well below a zip bomb. */
const MAX_XML_BYTES = 20 * 1024 * 1024

const readZipEntry = async (bytes: Buffer, name: string): Promise<string | null> => {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false })
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== name) continue
      if (entry.uncompressedSize > MAX_XML_BYTES) throw new Error(`${name} too large`)
      const stream = await zip.openReadStreamPromise(entry)
      const chunks: Buffer[] = []
      let size = 0
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length
        if (size > MAX_XML_BYTES) throw new Error(`${name} too large`)
        chunks.push(chunk)
      }
      return Buffer.concat(chunks).toString('utf8')
    }
    return null
  } finally {
    zip.close()
  }
}

const decodeXmlEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase()
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16))
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10))
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? ''
  })

/**
 * The text of an ODT's `content.xml` (ODF 1.3 part 3 §5): paragraphs and headings on their own
 * lines, `text:s` spaces, tabs and line breaks kept; annotations (comments) and tracked deletions
 * are not part of the spoken text.
 */
const odtText = (xml: string): string =>
  decodeXmlEntities(
    xml
      .replace(/<office:annotation\b[\s\S]*?<\/office:annotation>/g, '')
      .replace(/<text:tracked-changes\b[\s\S]*?<\/text:tracked-changes>/g, '')
      .replace(/<text:s\b[^>]*?c="(\d+)"[^>]*\/>/g, (_, n: string) => ' '.repeat(Number(n)))
      .replace(/<text:(?:s|tab|line-break)\b[^>]*\/>/g, ' ')
      .replace(/<\/text:(?:p|h)>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  )

const decodeText = (bytes: Buffer): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  return new TextDecoder('utf-8').decode(bytes)
}

const pdfText = async (bytes: Buffer): Promise<string> => {
  const { PDFParse } = await import('pdf-parse')
  const parser = new PDFParse({ data: new Uint8Array(bytes) })
  try {
    // No page marker: by default each page ends with "-- 1 of 2 --", which is not spoken.
    return (await parser.getText({ pageJoiner: '' })).text
  } finally {
    await parser.destroy()
  }
}

const docxText = async (bytes: Buffer): Promise<string> => {
  const mammoth = await import('mammoth')
  const { value } = await mammoth.extractRawText({ buffer: bytes })
  return value
}

/**
 * The plain text of a script, by the format `sniffScriptFile` decided from its content (the stored
 * MIME type): PDF with pdf-parse (Mozilla's pdf.js; the same pdf.js the tests read invoices with —
 * two pdf.js versions in one process refuse each other's worker), DOCX with mammoth, ODT from its `content.xml`
 * (yauzl), RTF with `rtfToText`, text by its BOM (UTF-16 LE/BE) or as UTF-8.
 * @returns the text, or null for a format whose text we don't read (Word 97–2003 `.doc`: no
 *   maintained pure-JavaScript reader) — the word count then stays unknown.
 * @throws whatever the parser throws on a damaged file; callers keep the upload and leave the
 *   count unknown.
 */
export const extractScriptText = async ({
  bytes,
  mimeType,
}: {
  bytes: Buffer
  mimeType: string
}): Promise<string | null> => {
  const type = mimeType.split(';')[0].trim()
  switch (type) {
    case 'application/pdf':
      return pdfText(bytes)
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return docxText(bytes)
    case 'application/vnd.oasis.opendocument.text': {
      const xml = await readZipEntry(bytes, 'content.xml')
      return xml === null ? null : odtText(xml)
    }
    case 'application/rtf':
      return rtfToText(bytes.toString('latin1'))
    case 'text/plain':
      return decodeText(bytes)
    default:
      return null
  }
}
