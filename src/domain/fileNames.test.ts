import { describe, expect, it } from 'vitest'

import {
  attachmentDisposition,
  bookingFileName,
  cleanOriginalFilename,
  downloadName,
  shortenName,
  storedNameBase,
  withExtension,
} from './fileNames'

/** Parses `filename*=UTF-8''…` back (RFC 8187 §3.2.1) to check what a browser will show. */
const extendedName = (header: string): string => {
  const match = /filename\*=UTF-8''([^;\s]+)$/.exec(header)
  if (!match) throw new Error(`no filename* in ${header}`)
  return decodeURIComponent(match[1])
}
const fallbackName = (header: string): string => {
  const match = /^attachment; filename="([^"]*)"; /.exec(header)
  if (!match) throw new Error(`no quoted filename in ${header}`)
  return match[1]
}

describe('cleanOriginalFilename', () => {
  it('should keep Polish letters, NFC-normalised', () => {
    const decomposed = 'Skrypt_Łódź_reklama.pdf'.normalize('NFD')
    expect(cleanOriginalFilename(decomposed)).toBe('Skrypt_Łódź_reklama.pdf'.normalize('NFC'))
  })

  it('should drop control characters, bidi overrides and the path', () => {
    expect(cleanOriginalFilename('C:\\fakepath\\evil\u202Efdp.exe')).toBe('evilfdp.exe')
    expect(cleanOriginalFilename('../../etc/pass\u0000wd\n')).toBe('passwd')
  })

  it('should answer "upload" when nothing usable is left', () => {
    expect(cleanOriginalFilename('..')).toBe('upload')
    expect(cleanOriginalFilename('/\u0001/')).toBe('upload')
  })

  it('should cut long names to 200 code points, keeping the extension', () => {
    const cleaned = cleanOriginalFilename(`${'ł'.repeat(300)}.docx`)
    expect(Array.from(cleaned)).toHaveLength(200)
    expect(cleaned.endsWith('ł.docx')).toBe(true)
  })
})

describe('shortenName', () => {
  it('should never split an emoji sequence', () => {
    const family = '👨‍👩‍👧' // 5 code points: man ZWJ woman ZWJ girl
    const shortened = shortenName(`ab${family}${family}.txt`, 12)
    expect(shortened).toBe(`ab${family}.txt`)
  })
})

describe('storedNameBase', () => {
  it('should transliterate letters instead of turning them into dashes', () => {
    expect(storedNameBase('Skrypt_Łódź_reklama.pdf')).toBe('Skrypt_Lodz_reklama.pdf')
    expect(storedNameBase('Запись 1.txt')).toBe('Zapis-1.txt')
  })

  it('should be ASCII letters, digits, dot, underscore and dash only', () => {
    expect(storedNameBase('a b;c"d\\e/f😀.pdf')).toMatch(/^[A-Za-z0-9._-]+$/)
  })

  it('should not start with a dot', () => {
    expect(storedNameBase('.htaccess')).toBe('htaccess')
  })
})

describe('withExtension', () => {
  it('should replace or add the extension', () => {
    expect(withExtension('script.txt', 'pdf')).toBe('script.pdf')
    expect(withExtension('script', 'pdf')).toBe('script.pdf')
  })
})

describe('downloadName', () => {
  it('should read "<title> - <label>.<ext>"', () => {
    expect(downloadName({ title: 'Spring campaign', label: 'script', ext: 'pdf' })).toBe(
      'Spring campaign - script.pdf',
    )
  })

  it('should replace characters no file system accepts', () => {
    expect(downloadName({ title: 'A/B: "C"?', label: 'v2', ext: 'wav' })).toBe('A-B- -C-- - v2.wav')
  })
})

describe('attachmentDisposition', () => {
  it('should give ASCII names as they are in both parameters', () => {
    expect(attachmentDisposition('Spring campaign - script.pdf')).toBe(
      `attachment; filename="Spring campaign - script.pdf"; filename*=UTF-8''Spring%20campaign%20-%20script.pdf`,
    )
  })

  it('should percent-encode UTF-8 bytes in filename* and transliterate the fallback', () => {
    const header = attachmentDisposition('Łódź.pdf')
    // Ł = C5 81, ó = C3 B3, d, ź = C5 BA (UTF-8)
    expect(header).toBe(`attachment; filename="Lodz.pdf"; filename*=UTF-8''%C5%81%C3%B3d%C5%BA.pdf`)
  })

  it('should never put a quote or backslash inside the quoted fallback', () => {
    const header = attachmentDisposition('say "hi" \\ there.txt')
    expect(fallbackName(header)).toBe('say _hi_ _ there.txt')
    expect(extendedName(header)).toBe('say "hi" _ there.txt')
  })

  it('should keep a semicolon out of the fallback and encode it in filename*', () => {
    const header = attachmentDisposition('a;b.pdf')
    expect(fallbackName(header)).toBe('a_b.pdf')
    expect(header.endsWith("filename*=UTF-8''a%3Bb.pdf")).toBe(true)
  })

  it('should encode the characters RFC 8187 leaves out of attr-char', () => {
    const header = attachmentDisposition("it's (50%) *done*.txt")
    expect(header.endsWith("filename*=UTF-8''it%27s%20%2850%25%29%20%2Adone%2A.txt")).toBe(true)
    expect(fallbackName(header)).toBe("it's (50_) _done_.txt")
  })

  it('should carry emoji and non-Latin names intact in filename*', () => {
    const name = '東京 🎙️ Запись.wav'
    expect(extendedName(attachmentDisposition(name))).toBe(name)
    expect(fallbackName(attachmentDisposition(name))).toMatch(/^[\x20-\x7e]+\.wav$/)
  })

  it('should shorten very long names to 150 code points, keeping the extension', () => {
    const header = attachmentDisposition(`${'ż'.repeat(400)}.pdf`)
    const name = extendedName(header)
    expect(Array.from(name)).toHaveLength(150)
    expect(name.endsWith('.pdf')).toBe(true)
    expect(fallbackName(header).length).toBeLessThanOrEqual(150)
  })

  it('should drop control characters so the header cannot be split', () => {
    const header = attachmentDisposition('a\r\nSet-Cookie: x=1.pdf')
    expect(header).not.toMatch(/[\r\n]/)
  })
})

describe('bookingFileName', () => {
  it.each([
    [
      { kind: 'script', projectTitle: 'Spring campaign', filename: 'x1y2-brief.pdf' },
      'Spring campaign - script.pdf',
    ],
    [
      { kind: 'version', projectTitle: 'Spring campaign', version: 2, filename: 'a-take.wav' },
      'Spring campaign - v2.wav',
    ],
    [
      { kind: 'invoice', number: '14V-2026-0007', projectTitle: 'Spring campaign' },
      '14V-2026-0007 - Spring campaign.pdf',
    ],
    [{ kind: 'invoice', number: '14V-2026-0007', projectTitle: null }, '14V-2026-0007.pdf'],
    [
      { kind: 'script', projectTitle: 'Reklama "Łódź" / Ü', filename: 'a.docx' },
      'Reklama -Łódź- - Ü - script.docx',
    ],
    [
      { kind: 'version', projectTitle: 'Zomer 🎙️ actie', version: null, filename: 'noext' },
      'Zomer 🎙️ actie - delivery.bin',
    ],
  ] as const)('should name %o “%s”', (input, expected) => {
    expect(bookingFileName(input)).toBe(expected)
  })

  it('should keep a very long title’s name within 150 code points with its label’s extension', () => {
    const name = bookingFileName({
      kind: 'version',
      projectTitle: `Zażółć gęślą jaźń ${'🎙️'.repeat(100)}`,
      version: 3,
      filename: 'x.m4a',
    })
    expect([Array.from(name).length <= 150, name.endsWith('.m4a')]).toEqual([true, true])
  })

  it.each(['Reklama "Łódź" / Ü', 'Kerst\\actie: ‘snel’?'])(
    'should give “%s” a header whose fallback is plain ASCII and whose filename* decodes back',
    (title) => {
      const name = bookingFileName({ kind: 'script', projectTitle: title, filename: 'a.pdf' })
      const header = attachmentDisposition(name)
      expect([extendedName(header), /^[\x20-\x7e]+$/.test(fallbackName(header))]).toEqual([
        name,
        true,
      ])
    },
  )
})
