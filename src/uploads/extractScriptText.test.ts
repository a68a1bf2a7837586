import fsp from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { countSpokenWords } from '@/domain/spokenWords'

import { extractScriptText } from './extractScriptText'
import { sniffScriptFile } from './sniffDocument'

/** The committed corpus (scripts/fixtures/make-script-corpus.mjs says what each file holds). */
const corpus = path.resolve('tests/fixtures/real-world/scripts')

/** The text of a corpus file, with the format decided from its bytes as an upload would be. */
const textOf = async (name: string): Promise<string | null> => {
  const file = path.join(corpus, name)
  const { mimeType } = await sniffScriptFile(file)
  return extractScriptText({ bytes: await fsp.readFile(file), mimeType })
}

const words = (text: string | null) => (text ?? '').split(/\s+/).filter(Boolean)

describe('extractScriptText', () => {
  it('should read the text of a PDF', async () => {
    expect(words(await textOf('pdf.pdf'))).toEqual(
      'SPOT 30s - Zomeractie. VO (warm): Een zomer, een prijs.'.split(' '),
    )
  })

  it('should read a real PDF with NUL padding after %%EOF', async () => {
    expect(words(await textOf('real-script-pdf-trailing-padding.pdf'))).toEqual(
      'Script: Welcome to 14voices. Read warmly.'.split(' '),
    )
  })

  it('should read the text of a DOCX, also one written as a stream', async () => {
    const expected = 'VO (warm): Één zomer, één prijs.'.split(' ')
    expect(words(await textOf('docx.docx'))).toEqual(expected)
    expect(words(await textOf('docx-streamed.docx'))).toEqual(expected)
  })

  it('should read the text of an ODT', async () => {
    expect(words(await textOf('odt.odt'))).toEqual('VO (warm): Één zomer.'.split(' '))
  })

  it('should read the text of an RTF', async () => {
    // The corpus writes \u201 (É) followed by its one-character fallback "E", which is skipped.
    expect(words(await textOf('rtf.rtf'))).toEqual('VO (warm): Éen zomer.'.split(' '))
  })

  it('should read text in UTF-8, UTF-8 with BOM, UTF-16 LE and BE', async () => {
    const expected =
      'SPOT 30s – "Zomeractie" VO (warm): Één zomer, één prijs. Café Łódź opent op 1 juni.'
    for (const name of ['utf8.txt', 'utf8-bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt']) {
      expect(words(await textOf(name)).join(' ')).toBe(expected)
    }
  })

  it('should read a real Notepad "Unicode" (UTF-16 LE) script and count it as spoken', async () => {
    const text = await textOf('real-script-utf16le-bom.txt')
    expect(text?.startsWith('SCRIPT – Radiospot 30s')).toBe(true)
    // SCRIPT Radiospot dertig s VO (warm): Welkom bij veertien voices. Crème brûlée, één keer per
    // week. TAG: Łódź Zürich Ærøskøbing. — the dashes are not spoken.
    expect(countSpokenWords(text ?? '', 'nl')).toBe(20)
  })

  it('should give no text for a Word 97–2003 document', async () => {
    expect(await textOf('doc.doc')).toBeNull()
  })

  it('should throw on a damaged PDF, for the caller to keep the count unknown', async () => {
    const bytes = Buffer.from('%PDF-1.4\nnot a pdf at all\nstartxref\n0\n%%EOF\n')
    await expect(extractScriptText({ bytes, mimeType: 'application/pdf' })).rejects.toThrow()
  })
})
