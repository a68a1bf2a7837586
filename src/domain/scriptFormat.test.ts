import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type { ScriptRefusal } from './scriptFormat'
import { judgeScriptBytes, judgeZipPackage } from './scriptFormat'

const corpus = path.resolve(__dirname, '../../tests/fixtures/real-world/scripts')
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(corpus, name)))

describe('judgeScriptBytes on the corpus', () => {
  it.each([
    ['utf8.txt', 'text/plain; charset=utf-8', 'txt'],
    ['utf8-bom.txt', 'text/plain; charset=utf-8', 'txt'],
    ['utf16le-bom.txt', 'text/plain; charset=utf-16le', 'txt'],
    ['utf16be-bom.txt', 'text/plain; charset=utf-16be', 'txt'],
    ['windows-crlf.txt', 'text/plain; charset=utf-8', 'txt'],
    ['real-script-utf16le-bom.txt', 'text/plain; charset=utf-16le', 'txt'],
    ['pdf.pdf', 'application/pdf', 'pdf'],
    ['pdf-nul-padding.pdf', 'application/pdf', 'pdf'],
    ['pdf-incremental.pdf', 'application/pdf', 'pdf'],
    ['pdf-encrypted.pdf', 'application/pdf', 'pdf'],
    ['pdf-linearized.pdf', 'application/pdf', 'pdf'],
    ['real-script-pdf-trailing-padding.pdf', 'application/pdf', 'pdf'],
    ['rtf.rtf', 'application/rtf', 'rtf'],
    ['doc.doc', 'application/msword', 'doc'],
  ])('should accept %s as %s', (name, mimeType, ext) => {
    expect(judgeScriptBytes(read(name))).toEqual({ kind: 'accepted', format: { mimeType, ext } })
  })

  it.each(['docx.docx', 'docx-streamed.docx', 'docm.docx', 'odt.odt', 'zip.zip', 'xlsx.xlsx'])(
    'should hand %s to the ZIP judge',
    (name) => {
      expect(judgeScriptBytes(read(name))).toEqual({ kind: 'zip' })
    },
  )

  it.each<[string, ScriptRefusal]>([
    ['exe.exe', 'executable'],
    ['elf.bin', 'executable'],
    ['html.html', 'html'],
    ['svg.svg', 'svg'],
    ['xml.xml', 'xml'],
    ['javascript.js', 'code'],
    ['png.png', 'image'],
    ['latin1.txt', 'encoding'],
    ['html-pdf-polyglot.pdf', 'polyglot'],
    ['pdf-with-zip-appended.pdf', 'polyglot'],
    ['pdf-truncated.pdf', 'damaged'],
    ['xls.xls', 'notWordProcessing'],
    ['docx-password.docx', 'passwordProtected'],
  ])('should refuse %s as %s', (name, reason) => {
    expect(judgeScriptBytes(read(name))).toEqual({ kind: 'refused', reason })
  })
})

describe('judgeScriptBytes edge cases', () => {
  const pdf = () => read('pdf.pdf')
  const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts))

  it('should accept a PDF whose header sits within the first 1024 bytes', () => {
    const shifted = concat(new Uint8Array(1000).fill(0x20), pdf())
    expect(judgeScriptBytes(shifted).kind).toBe('accepted')
  })

  it('should not take a PDF header after the first 1024 bytes as a PDF', () => {
    const shifted = concat(new Uint8Array(1100).fill(0x20), pdf())
    expect(judgeScriptBytes(shifted)).toEqual({ kind: 'refused', reason: 'unknown' })
  })

  it('should accept up to 1 KiB of non-padding junk after %%EOF, and refuse more', () => {
    const junk = (n: number) => new Uint8Array(n).fill(0x41)
    expect(judgeScriptBytes(concat(pdf(), junk(1024))).kind).toBe('accepted')
    expect(judgeScriptBytes(concat(pdf(), junk(1025)))).toEqual({
      kind: 'refused',
      reason: 'polyglot',
    })
  })

  it('should accept any amount of NUL and whitespace padding after %%EOF', () => {
    expect(
      judgeScriptBytes(concat(pdf(), new Uint8Array(30_000), Buffer.from('\r\n  '))).kind,
    ).toBe('accepted')
  })

  it('should refuse a PDF with HTML after %%EOF', () => {
    const withHtml = concat(pdf(), Buffer.from('<html><script>alert(1)</script></html>'))
    expect(judgeScriptBytes(withHtml)).toEqual({ kind: 'refused', reason: 'polyglot' })
  })

  it('should refuse text with control characters, and UTF-16 with a lone surrogate', () => {
    expect(judgeScriptBytes(Buffer.from('hallo\u0007wereld'))).toEqual({
      kind: 'refused',
      reason: 'unknown',
    })
    const loneSurrogate = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00])
    expect(judgeScriptBytes(loneSurrogate)).toEqual({ kind: 'refused', reason: 'damaged' })
  })

  it('should refuse UTF-32 with a sentence asking for UTF-8', () => {
    const utf32 = Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])
    expect(judgeScriptBytes(utf32)).toEqual({ kind: 'refused', reason: 'encoding' })
  })

  it('should accept prose that mentions code words', () => {
    const prose = 'Let op: de functie van deze spot is const bewustwording.\nvar is geen woord.\n'
    expect(judgeScriptBytes(Buffer.from(prose)).kind).toBe('accepted')
  })

  it('should accept a text that starts with the letters MZ', () => {
    expect(judgeScriptBytes(Buffer.from('MZ Radio, spot 2: warm en rustig.\n')).kind).toBe(
      'accepted',
    )
  })

  it('should refuse a Mach-O binary and a shell script', () => {
    expect(judgeScriptBytes(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]))).toEqual({
      kind: 'refused',
      reason: 'executable',
    })
    expect(judgeScriptBytes(Buffer.from('#!/bin/sh\nrm -rf ~\n'))).toEqual({
      kind: 'refused',
      reason: 'executable',
    })
  })
})

describe('judgeZipPackage', () => {
  const docxTypes =
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'

  it('should accept a DOCX whatever the entry order', () => {
    expect(
      judgeZipPackage({
        entries: ['word/media/image1.png', 'word/document.xml', '[Content_Types].xml'],
        contentTypes: docxTypes,
      }),
    ).toEqual({
      kind: 'accepted',
      format: {
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ext: 'docx',
      },
    })
  })

  it('should refuse a package that declares a Word document but lacks it', () => {
    expect(judgeZipPackage({ entries: ['[Content_Types].xml'], contentTypes: docxTypes })).toEqual({
      kind: 'refused',
      reason: 'zip',
    })
  })

  it('should refuse a macro-enabled Word document (DOCM)', () => {
    expect(
      judgeZipPackage({
        entries: ['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin'],
        contentTypes:
          '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>',
      }),
    ).toEqual({ kind: 'refused', reason: 'macros' })
  })

  it('should accept an ODT and refuse an ODS', () => {
    const entries = ['mimetype', 'content.xml']
    expect(
      judgeZipPackage({ entries, mimetype: 'application/vnd.oasis.opendocument.text' }).kind,
    ).toBe('accepted')
    expect(
      judgeZipPackage({ entries, mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }),
    ).toEqual({ kind: 'refused', reason: 'notWordProcessing' })
  })

  it('should refuse XLSX and PPTX as not word processing, and a plain ZIP as a ZIP', () => {
    const entries = ['[Content_Types].xml', 'word/document.xml']
    expect(
      judgeZipPackage({
        entries,
        contentTypes: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      }),
    ).toEqual({ kind: 'refused', reason: 'notWordProcessing' })
    expect(
      judgeZipPackage({
        entries,
        contentTypes:
          'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
      }),
    ).toEqual({ kind: 'refused', reason: 'notWordProcessing' })
    expect(judgeZipPackage({ entries: ['script.txt'] })).toEqual({ kind: 'refused', reason: 'zip' })
  })
})
