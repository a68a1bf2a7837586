import { describe, expect, it } from 'vitest'

import { rtfToText } from './rtfText'

const words = (text: string) => text.split(/\s+/).filter(Boolean)

describe('rtfToText', () => {
  it('should keep the body text and drop the font and colour tables', () => {
    const rtf =
      '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}{\\colortbl;\\red0\\green0\\blue0;}' +
      '\\f0\\fs24 Welkom bij \\b 14voices\\b0 .\\par Tweede regel.}'
    expect(words(rtfToText(rtf))).toEqual(['Welkom', 'bij', '14voices.', 'Tweede', 'regel.'])
  })

  it("should decode \\'hh in the document's code page and \\u with its fallback skipped", () => {
    const rtf = "{\\rtf1\\ansi\\ansicpg1252 twee\\'ebntwintig caf\\u233\\'e9 \\uc0\\u8364 5}"
    expect(rtfToText(rtf)).toBe('tweeëntwintig café €5')
  })

  it('should skip optional destinations and escaped braces stay text', () => {
    const rtf = '{\\rtf1{\\*\\generator Word;}{\\*\\bkmkstart x}Hallo \\{wereld\\}\\line nu}'
    expect(rtfToText(rtf)).toBe('Hallo {wereld}\nnu')
  })

  it('should not throw on unbalanced braces', () => {
    expect(rtfToText('{\\rtf1 Half}} af {')).toBe('Half af ')
  })
})
